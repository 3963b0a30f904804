package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code groups:} items: a block of loops and equipment written once and repeated {@code count} times, e.g.
 * one CDU with its own technology loop and racks per row. Names inside the group that refer to the group's own loops
 * (or equipment) get the copy's suffix; other names refer to the plant's top-level items.
 */
final class GroupReader {

    /**
     * @param id        the group's name (for messages)
     * @param count     copies
     * @param origin    the group's mapping
     * @param omit      generated ids to leave out
     * @param loops     the group's loop templates
     * @param equipment the group's equipment templates
     */
    record Group(String id, int count, Origin origin, Origin countOrigin, List<Fields.Ref> omit,
                 List<Template<LoopInfo>> loops, List<Template<?>> equipment) {
    }

    private GroupReader() {
    }

    /** @return the group, or null when it cannot be expanded (errors recorded) */
    static Group read(Fields.Found item, Catalogue catalogue, Problems problems, double atmosphericPa) {
        Fields g = Fields.of(problems, item.origin(), item.value(), "a group with id, count, loops and equipment");
        String id = g.id("id");
        Common.description(g);
        int count = g.integer("count", 1, Common.MAX_COUNT);
        Origin countOrigin = g.originOf("count");
        List<Fields.Ref> omit = new ArrayList<>();
        for (Fields.Found e : g.list("omit", "generated ids")) {
            Fields.Ref r = g.ref(e);
            if (r != null) {
                omit.add(r);
            }
        }
        List<Template<LoopInfo>> loops = new ArrayList<>();
        for (Fields.Found l : g.list("loops", "loops")) {
            loops.add(LoopReader.read(l, problems, atmosphericPa));
        }
        Fields eq = g.child("equipment", "equipment sections: pumps, cdus, coldPlateRacks, …");
        List<Template<?>> equipment = eq == null ? List.of() : EquipmentReader.readSection(eq, catalogue);
        if (loops.isEmpty() && equipment.isEmpty() && !g.failed()) {
            problems.error(g.origin(), "the group has neither loops nor equipment to repeat");
        }
        g.finish();
        if (count == Integer.MIN_VALUE || id == null) {
            return null;
        }
        return new Group(id, count, item.origin(), countOrigin, omit, loops, equipment);
    }
}
