package io.liquidtwin.server.web.schematic;

import java.util.List;
import java.util.Objects;

/**
 * One unit on the schematic, or a group of identical units drawn once with a count badge.
 *
 * @param id      the plant id ({@code data-unit}); for a group, its first member's id
 * @param kind    what it is
 * @param label   the caption drawn (may be shortened; {@code title} is the full name)
 * @param title   the full name, shown as the SVG {@code <title>} tooltip
 * @param x       left edge, px
 * @param y       top edge, px
 * @param w       width, px
 * @param h       height, px
 * @param members the plant ids it stands for, in plant order (just {@code id} for a single unit)
 * @param loopId  the loop it sits on (CDUs: the technology loop they serve; loops: themselves)
 * @param slots   its live values
 */
public record Box(String id, UnitKind kind, String label, String title, int x, int y, int w, int h,
                  List<String> members, String loopId, List<Slot> slots) {

    public Box {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        members = List.copyOf(members);
        Objects.requireNonNull(loopId, "loopId");
        slots = List.copyOf(slots);
    }

    /** @return whether this box stands for several units */
    public boolean group() {
        return members.size() > 1 && kind != UnitKind.PUMP;
    }

    /** @return the y of the box's middle, px */
    int centreY() {
        return y + h / 2;
    }
}
