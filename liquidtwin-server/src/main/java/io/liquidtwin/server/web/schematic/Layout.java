package io.liquidtwin.server.web.schematic;

import io.liquidtwin.sim.plant.Cdu;
import io.liquidtwin.sim.plant.ColdPlateRack;
import io.liquidtwin.sim.plant.Loop;
import io.liquidtwin.sim.plant.LoopKind;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.SinglePhaseTank;
import io.liquidtwin.sim.plant.TwoPhaseTank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lays a plant out in columns, left to right: heat-rejection units and facility pumps, the facility loop, CDUs and
 * heat-reuse exchangers, technology loops, then their tanks and racks in a grid of three. Each facility loop is a
 * horizontal band; inside it each technology loop (with its CDUs and consumers) is a row. Many identical units are
 * drawn once with a count: more than {@value #MAX_SINGLE_CONSUMERS} consumers of one type on a loop, more than
 * {@value #MAX_SINGLE_CDUS} CDUs on a loop, and — when a facility loop has more than {@value #MAX_ROWS} technology
 * loops — consecutive rows of the same shape fold into one row of groups.
 */
final class Layout {

    static final int WIDTH = 1200;
    static final int UNIT_H = 74;
    static final int GAP = 14;
    static final int HEADER_H = 56;
    static final int HR_X = 20;
    static final int HR_W = 170;
    static final int FAC_X = 220;
    static final int FAC_W = 130;
    static final int CDU_X = 385;
    static final int CDU_W = 150;
    static final int TECH_X = 565;
    static final int TECH_W = 130;
    static final int CON_X = 720;
    static final int CON_W = 150;
    static final int CON_COLS = 3;
    static final int MAX_SINGLE_CONSUMERS = 12;
    static final int MAX_SINGLE_CDUS = 4;
    static final int MAX_ROWS = 6;
    private static final int CHAR_PX = 7;

    /** The consumer types, in drawing order. */
    private enum Consumer {
        RACK(UnitKind.RACK, "cold-plate rack", "cold-plate racks"),
        TWO_PHASE(UnitKind.TANK, "two-phase tank", "two-phase tanks"),
        SINGLE_PHASE(UnitKind.TANK, "single-phase tank", "single-phase tanks");

        final UnitKind kind;
        final String one;
        final String many;

        Consumer(UnitKind kind, String one, String many) {
            this.kind = kind;
            this.one = one;
            this.many = many;
        }
    }

    /** A value slot before it is matched to the channels that exist. */
    private record SlotSpec(String suffix, String label, Aggregate many) {
    }

    private static final Map<String, List<SlotSpec>> SLOTS = Map.of(
            "loop", List.of(new SlotSpec("supply_temp", "supply", Aggregate.MAX),
                    new SlotSpec("return_temp", "return", Aggregate.MAX), new SlotSpec("flow", "flow", Aggregate.SUM)),
            "cdu", List.of(new SlotSpec("secondary_supply_temp", "supply", Aggregate.MAX),
                    new SlotSpec("secondary_flow", "flow", Aggregate.SUM), new SlotSpec("heat", "heat", Aggregate.SUM)),
            Consumer.RACK.name(), List.of(new SlotSpec("outlet_temp", "outlet", Aggregate.MAX),
                    new SlotSpec("case_temp", "case", Aggregate.MAX),
                    new SlotSpec("heat_to_liquid", "heat", Aggregate.SUM)),
            Consumer.TWO_PHASE.name(), List.of(new SlotSpec("pressure", "pressure", Aggregate.MAX),
                    new SlotSpec("max_chf_margin", "CHF ratio", Aggregate.MAX),
                    new SlotSpec("condenser_heat", "heat", Aggregate.SUM)),
            Consumer.SINGLE_PHASE.name(), List.of(),
            "dry-cooler", List.of(new SlotSpec("outlet_temp", "leaving", Aggregate.MAX),
                    new SlotSpec("fan_speed", "fan", Aggregate.MAX),
                    new SlotSpec("heat_rejected", "heat", Aggregate.SUM)),
            "tower", List.of(new SlotSpec("outlet_temp", "leaving", Aggregate.MAX),
                    new SlotSpec("fan_speed", "fan", Aggregate.MAX),
                    new SlotSpec("heat_rejected", "heat", Aggregate.SUM)),
            "chiller", List.of(new SlotSpec("cooling", "cooling", Aggregate.SUM),
                    new SlotSpec("power", "power", Aggregate.SUM), new SlotSpec("enabled", "enabled", Aggregate.MAX)),
            "heat-reuse", List.of(new SlotSpec("heat_reused", "reused", Aggregate.SUM)),
            "pump", List.of(new SlotSpec("speed", "speed", Aggregate.MAX), new SlotSpec("flow", "flow", Aggregate.SUM),
                    new SlotSpec("power", "power", Aggregate.SUM)));

    /** One technology loop (or, folded, several of the same shape) with its CDUs and consumers. */
    private record Row(List<String> loops, List<String> cdus, Map<Consumer, List<String>> consumers,
                       String facilityId) {

        String shape() {
            StringBuilder s = new StringBuilder().append(cdus.size() / loops.size());
            consumers.forEach((k, v) -> s.append(',').append(k).append('=').append(v.size() / loops.size()));
            return s.toString();
        }
    }

    private final Plant plant;
    private final Map<String, String> channelUnits;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Pipe> pipes = new ArrayList<>();

    Layout(Plant plant, Map<String, String> channelUnits) {
        this.plant = Objects.requireNonNull(plant, "plant");
        this.channelUnits = Map.copyOf(channelUnits);
    }

    Schematic build() {
        List<Row> rows = rows();
        int y = HEADER_H;
        for (Loop f : plant.loops(LoopKind.FACILITY)) {
            y = band(f, rows.stream().filter(r -> f.id().equals(r.facilityId())).toList(), y) + 2 * GAP;
        }
        List<Row> orphans = rows.stream().filter(r -> r.facilityId() == null).toList();
        if (!orphans.isEmpty()) {
            y = band(null, orphans, y) + 2 * GAP;
        }
        List<Slot> header = new ArrayList<>();
        slot(header, "IT", List.of("plant.it_power"), Aggregate.NONE);
        slot(header, "facility", List.of("plant.facility_power"), Aggregate.NONE);
        slot(header, "PUE", List.of("plant.pue_now"), Aggregate.NONE);
        return new Schematic(plant.name(), WIDTH, y, boxes, pipes, header);
    }

    /** @return one row per technology loop, in the order of the first CDU serving it (CDU-less loops last) */
    private List<Row> rows() {
        Map<String, Row> byLoop = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(new LinkedHashSet<>(plant.cdus().stream().map(Cdu::secondaryLoopId)
                .toList()));
        plant.loops(LoopKind.TECHNOLOGY).stream().map(Loop::id).filter(id -> !order.contains(id)).forEach(order::add);
        for (String id : order) {
            List<Cdu> cdus = plant.cdusServing(id);
            Map<Consumer, List<String>> consumers = new LinkedHashMap<>();
            put(consumers, Consumer.RACK, plant.coldPlateRacks().stream().filter(r -> r.loopId().equals(id))
                    .map(ColdPlateRack::id).toList());
            put(consumers, Consumer.TWO_PHASE, plant.twoPhaseTanks().stream().filter(t -> t.loopId().equals(id))
                    .map(TwoPhaseTank::id).toList());
            put(consumers, Consumer.SINGLE_PHASE, plant.singlePhaseTanks().stream()
                    .filter(t -> t.loopId().equals(id)).map(SinglePhaseTank::id).toList());
            byLoop.put(id, new Row(List.of(id), cdus.stream().map(Cdu::id).toList(), consumers,
                    cdus.isEmpty() ? null : cdus.get(0).primaryLoopId()));
        }
        return new ArrayList<>(byLoop.values());
    }

    private static void put(Map<Consumer, List<String>> m, Consumer k, List<String> ids) {
        if (!ids.isEmpty()) {
            m.put(k, ids);
        }
    }

    /** Places one facility loop's band (or, for {@code f == null}, the rows without a facility loop). */
    private int band(Loop f, List<Row> rows, int top) {
        int hrY = top;
        List<Box> facilitySide = new ArrayList<>();
        if (f != null) {
            for (String id : heatRejection(f)) {
                Box b = heatRejectionBox(id, hrY);
                facilitySide.add(b);
                hrY += UNIT_H + GAP;
            }
            for (var p : plant.pumps()) {
                if (p.loopId().equals(f.id())) {
                    List<String> pumpNames = new ArrayList<>();
                    for (int i = 1; i <= p.count(); i++) {
                        pumpNames.add(p.id() + "-" + i);
                    }
                    Box b = add(p.id(), UnitKind.PUMP, "Pump bank " + p.id() + " (" + p.count() + " pumps, "
                            + p.standby() + " standby)", HR_X, hrY, HR_W, List.of(p.id()), f.id(), "pump", pumpNames);
                    facilitySide.add(b);
                    hrY += UNIT_H + GAP;
                }
            }
        }
        boolean fold = rows.size() > MAX_ROWS;
        int rowY = top;
        for (Row r : fold ? fold(rows) : rows) {
            rowY = row(r, rowY, r.loops().size() > 1, facilitySide) + GAP;
        }
        if (f != null) {
            for (var h : plant.heatReuse()) {
                if (h.loopId().equals(f.id())) {
                    facilitySide.add(add(h.id(), UnitKind.HEAT_REUSE, "Heat-reuse exchanger " + h.id(), CDU_X, rowY,
                            CDU_W, List.of(h.id()), f.id(), "heat-reuse", List.of(h.id())));
                    rowY += UNIT_H + GAP;
                }
            }
        }
        int bottom = Math.max(Math.max(hrY, rowY), top + UNIT_H + GAP) - GAP;
        if (f != null) {
            Box loop = add(f.id(), UnitKind.LOOP, "Facility loop " + f.id(), FAC_X, top, FAC_W, List.of(f.id()),
                    f.id(), "loop", List.of(f.id()), bottom - top);
            for (Box b : facilitySide) {
                int cy = b.centreY();
                pipes.add(b.x() < FAC_X ? new Pipe(f.id(), true, List.of(b.x() + b.w(), cy, FAC_X, cy))
                        : new Pipe(f.id(), true, List.of(loop.x() + loop.w(), cy, b.x(), cy)));
            }
        }
        return bottom;
    }

    /** @return the heat-rejection ids of a facility loop: its declared order, then any others in file order */
    private List<String> heatRejection(Loop f) {
        Set<String> ids = new LinkedHashSet<>(f.heatRejectionOrder());
        plant.dryCoolers().stream().filter(d -> d.loopId().equals(f.id())).forEach(d -> ids.add(d.id()));
        plant.coolingTowers().stream().filter(t -> t.loopId().equals(f.id())).forEach(t -> ids.add(t.id()));
        plant.chillers().stream().filter(c -> c.loopId().equals(f.id())).forEach(c -> ids.add(c.id()));
        return new ArrayList<>(ids);
    }

    private Box heatRejectionBox(String id, int y) {
        for (var d : plant.dryCoolers()) {
            if (d.id().equals(id)) {
                return add(id, UnitKind.DRY_COOLER, "Dry-cooler bank " + id + " (" + d.count() + " units"
                        + (d.adiabatic() ? ", adiabatic)" : ")"), HR_X, y, HR_W, List.of(id), d.loopId(), "dry-cooler",
                        List.of(id));
            }
        }
        for (var t : plant.coolingTowers()) {
            if (t.id().equals(id)) {
                return add(id, UnitKind.TOWER, "Cooling tower " + id + " (" + t.cells() + " cells)", HR_X, y, HR_W,
                        List.of(id), t.loopId(), "tower", List.of(id));
            }
        }
        for (var c : plant.chillers()) {
            if (c.id().equals(id)) {
                return add(id, UnitKind.CHILLER, "Chiller bank " + id + " (" + c.count() + " chillers)", HR_X, y, HR_W,
                        List.of(id), c.loopId(), "chiller", List.of(id));
            }
        }
        throw new IllegalStateException("not a heat-rejection unit: " + id);
    }

    /** @return consecutive rows of the same shape merged into one */
    private static List<Row> fold(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Row last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.shape().equals(r.shape()) && Objects.equals(last.facilityId(), r.facilityId())) {
                List<String> loops = new ArrayList<>(last.loops());
                loops.addAll(r.loops());
                List<String> cdus = new ArrayList<>(last.cdus());
                cdus.addAll(r.cdus());
                Map<Consumer, List<String>> consumers = new LinkedHashMap<>();
                last.consumers().forEach((k, v) -> {
                    List<String> l = new ArrayList<>(v);
                    l.addAll(r.consumers().get(k));
                    consumers.put(k, l);
                });
                out.set(out.size() - 1, new Row(loops, cdus, consumers, last.facilityId()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Places one row; CDUs whose primary side is on this band's facility loop join {@code facilitySide}. */
    private int row(Row r, int top, boolean folded, List<Box> facilitySide) {
        List<List<String>> cduCells = cells(r.cdus(), folded ? 1 : MAX_SINGLE_CDUS);
        List<List<String>> conCells = new ArrayList<>();
        List<Consumer> conTypes = new ArrayList<>();
        r.consumers().forEach((k, ids) -> cells(ids, folded ? 1 : MAX_SINGLE_CONSUMERS).forEach(c -> {
            conCells.add(c);
            conTypes.add(k);
        }));
        int conRows = (conCells.size() + CON_COLS - 1) / CON_COLS;
        int height = Math.max(Math.max(cduCells.size(), conRows), 1) * (UNIT_H + GAP) - GAP;
        String loopId = r.loops().get(0);
        Box tech = add(loopId, UnitKind.LOOP, title("Technology loop", "technology loops", r.loops()), TECH_X, top,
                TECH_W, r.loops(), loopId, "loop", r.loops(), height);
        for (int i = 0; i < cduCells.size(); i++) {
            List<String> ids = cduCells.get(i);
            Box b = add(ids.get(0), UnitKind.CDU, title("CDU", "CDUs", ids), CDU_X, top + i * (UNIT_H + GAP), CDU_W,
                    ids, loopId, "cdu", ids);
            if (r.facilityId() != null) {
                facilitySide.add(b);
            }
            pipes.add(new Pipe(loopId, false, List.of(b.x() + b.w(), b.centreY(), TECH_X, b.centreY())));
        }
        for (int row = 0; row < conRows; row++) {
            int y = top + row * (UNIT_H + GAP);
            Box last = null;
            for (int col = 0; col < CON_COLS && row * CON_COLS + col < conCells.size(); col++) {
                int i = row * CON_COLS + col;
                List<String> ids = conCells.get(i);
                Consumer type = conTypes.get(i);
                String name = type.one.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + type.one.substring(1);
                last = add(ids.get(0), type.kind, title(name, type.many, ids), CON_X + col * (CON_W + 10), y, CON_W,
                        ids, loopId, type.name(), ids);
            }
            pipes.add(new Pipe(loopId, false, List.of(TECH_X + TECH_W, y + UNIT_H / 2, last.x(), y + UNIT_H / 2)));
        }
        return top + height;
    }

    /** @return the ids as single cells, or as one group cell when there are more than {@code max} */
    private static List<List<String>> cells(List<String> ids, int max) {
        if (ids.size() > max) {
            return List.of(ids);
        }
        return ids.stream().map(List::of).toList();
    }

    private static String title(String one, String many, List<String> ids) {
        return ids.size() == 1 ? one + " " + ids.get(0)
                : ids.size() + " " + many + ": " + ids.get(0) + " … " + ids.get(ids.size() - 1);
    }

    private Box add(String id, UnitKind kind, String title, int x, int y, int w, List<String> members, String loopId,
                    String slotKey, List<String> channelOwners) {
        return add(id, kind, title, x, y, w, members, loopId, slotKey, channelOwners, UNIT_H);
    }

    private Box add(String id, UnitKind kind, String title, int x, int y, int w, List<String> members, String loopId,
                    String slotKey, List<String> channelOwners, int h) {
        List<Slot> slots = new ArrayList<>();
        for (SlotSpec s : SLOTS.get(slotKey)) {
            slot(slots, s.label(), channelOwners.stream().map(o -> o + "." + s.suffix()).toList(),
                    channelOwners.size() == 1 ? Aggregate.NONE : s.many());
        }
        boolean group = members.size() > 1 && kind != UnitKind.PUMP;
        String label = id;
        if (group) {
            int room = (w - 20 - badgeWidth(members.size())) / CHAR_PX;
            label = range(members.get(0), members.get(members.size() - 1));
            if (label.length() > room) {
                label = shorten(prefix(members.get(0)) + "…", room);
            }
        }
        Box b = new Box(id, kind, shorten(label, (w - 16) / CHAR_PX), title, x, y, w, h, members, loopId, slots);
        boxes.add(b);
        return b;
    }

    /** Adds a slot when every one of its channels exists. */
    private void slot(List<Slot> out, String label, List<String> channels, Aggregate aggregate) {
        if (channels.stream().allMatch(channelUnits::containsKey)) {
            out.add(new Slot(label, channels.get(0), channelUnits.get(channels.get(0)), aggregate, channels));
        }
    }

    /** @return the width of a count badge such as "257×", px */
    static int badgeWidth(int count) {
        return 10 + CHAR_PX * (Integer.toString(count).length() + 1);
    }

    /** @return the id up to its first digit, e.g. {@code "rack-"} for {@code rack-01-1} */
    private static String prefix(String id) {
        int i = 0;
        while (i < id.length() && !Character.isDigit(id.charAt(i))) {
            i++;
        }
        return id.substring(0, i);
    }

    /** @return e.g. {@code "rack-01-1…24-3"} for {@code rack-01-1} to {@code rack-24-3} */
    static String range(String first, String last) {
        int common = 0;
        while (common < Math.min(first.length(), last.length()) && first.charAt(common) == last.charAt(common)) {
            common++;
        }
        // keep a whole number: back up to just after the last non-digit of the common prefix
        while (common > 0 && Character.isDigit(first.charAt(common - 1))) {
            common--;
        }
        return first + "…" + last.substring(common);
    }

    static String shorten(String s, int maxChars) {
        int n = s.codePointCount(0, s.length());
        if (n <= maxChars || maxChars < 2) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, maxChars - 1)) + "…";
    }
}
