package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the implied topology: heat-rejection order, open loops (no pump, no consumer, no CDU, no heat rejection)
 * and a cooling path from every rack and tank to heat rejection.
 */
final class TopologyChecks {

    private static final EquipmentKind[] REJECTION = {EquipmentKind.DRY_COOLERS, EquipmentKind.COOLING_TOWERS,
            EquipmentKind.CHILLERS};
    private static final EquipmentKind[] CONSUMERS = {EquipmentKind.COLD_PLATE_RACKS, EquipmentKind.TWO_PHASE_TANKS,
            EquipmentKind.SINGLE_PHASE_TANKS};

    private TopologyChecks() {
    }

    static void run(Assembly a) {
        heatRejectionOrder(a);
        openLoops(a);
        coolingPaths(a);
    }

    /** @return ids of the equipment of the given kinds sitting on a loop, in kind then file order */
    static List<String> on(Assembly a, String loopId, EquipmentKind... kinds) {
        List<String> out = new ArrayList<>();
        List<Placed<?>> here = a.onLoop(loopId);
        for (EquipmentKind k : kinds) {
            for (Placed<?> p : here) {
                if (p.template().kind() == k) {
                    out.add(Assembly.id(p));
                }
            }
        }
        return out;
    }

    /** @return the placed consumers (racks and tanks) on a loop */
    static List<Placed<?>> consumers(Assembly a, String loopId) {
        List<Placed<?>> out = new ArrayList<>();
        for (Placed<?> p : a.onLoop(loopId)) {
            if (p.template().kind().isConsumer()) {
                out.add(p);
            }
        }
        return out;
    }

    /** @return the CDUs whose secondary serves the loop */
    static List<Cdu> serving(Assembly a, String loopId) {
        return a.serving(loopId);
    }

    /** @return the CDUs whose primary sits on the loop */
    static List<Cdu> primariesOn(Assembly a, String loopId) {
        return a.primariesOn(loopId);
    }

    private static void heatRejectionOrder(Assembly a) {
        for (Placed<LoopInfo> pl : new ArrayList<>(a.loops.values())) {
            Loop l = pl.value().loop();
            if (l.kind() != LoopKind.FACILITY) {
                continue;
            }
            List<String> units = on(a, l.id(), REJECTION);
            List<Fields.Ref> written = pl.template().equipmentRefs();
            List<String> order = new ArrayList<>();
            if (written.isEmpty()) {
                order.addAll(units);
            } else {
                for (Fields.Ref r : written) {
                    String name = pl.scope().equipment(r.name());
                    Placed<?> e = a.equipment.get(name);
                    String msg = null;
                    if (e == null) {
                        if (!a.brokenEquipment.contains(name)) {
                            msg = "unknown equipment '" + name + "' in heatRejectionOrder"
                                    + Fmt.didYouMean(name, units) + "; heat-rejection units on loop '" + l.id()
                                    + "': " + Fmt.list(units, 12);
                        }
                    } else if (!e.template().kind().isHeatRejection()) {
                        msg = "'" + name + "' is a " + e.template().kind().label + ", not a heat-rejection unit (dry "
                                + "cooler, cooling tower or chiller)";
                    } else if (!Assembly.loopId(e.value()).equals(l.id())) {
                        msg = "'" + name + "' sits on loop '" + Assembly.loopId(e.value()) + "', not on '" + l.id()
                                + "'";
                    } else if (order.contains(name)) {
                        msg = "'" + name + "' is listed twice";
                    } else {
                        order.add(name);
                    }
                    if (msg != null) {
                        report(a, pl, r.origin(), "order", msg);
                    }
                }
                Set<String> missing = new LinkedHashSet<>(units);
                order.forEach(missing::remove);
                if (!missing.isEmpty() && a.complete(l.id())) {
                    report(a, pl, pl.template().origin(), "order-missing", "heatRejectionOrder leaves out "
                            + Fmt.list(missing, 12) + "; list every heat-rejection unit of the loop once, in the "
                            + "order the water meets them");
                }
            }
            a.loops.put(l.id(), pl.with(new LoopInfo(l.withHeatRejectionOrder(order), pl.value().densityKgM3(),
                    pl.value().specificHeatJKgK(), pl.value().viscosityPaS())));
        }
    }

    private static void report(Assembly a, Placed<?> p, Origin at, String key, String msg) {
        if (p.generated()) {
            a.problems.repeated(at, key, msg);
        } else {
            a.problems.error(at, msg);
        }
    }

    private static void openLoops(Assembly a) {
        for (Placed<LoopInfo> pl : a.loops.values()) {
            Loop l = pl.value().loop();
            if (!a.complete(l.id())) {
                continue;
            }
            String id = l.id();
            if (l.kind() == LoopKind.FACILITY) {
                if (a.allPlaced(EquipmentKind.PUMPS) && on(a, id, EquipmentKind.PUMPS).isEmpty()) {
                    a.report(pl, "no-pumps", "open loop: facility loop '" + id + "' has no pumps (add an "
                            + "equipment.pumps item with loop: " + id + ")");
                }
                if (a.allPlaced(EquipmentKind.CDUS, EquipmentKind.HEAT_REUSE) && primariesOn(a, id).isEmpty()
                        && on(a, id, EquipmentKind.HEAT_REUSE).isEmpty()) {
                    a.report(pl, "no-consumers", "open loop: facility loop '" + id + "' has no consumers (no CDU has "
                            + "primaryLoop: " + id + " and no heat-reuse exchanger sits on it)");
                }
                if (a.allPlaced(REJECTION) && on(a, id, REJECTION).isEmpty()) {
                    a.report(pl, "no-rejection", "facility loop '" + id + "' has no heat rejection (dryCoolers, "
                            + "coolingTowers or chillers with loop: " + id + "): its heat has nowhere to go");
                }
            } else {
                if (a.allPlaced(EquipmentKind.CDUS) && serving(a, id).isEmpty()) {
                    a.report(pl, "no-cdu", "open loop: technology loop '" + id + "' is served by no CDU (none has "
                            + "secondaryLoop: " + id + "), so nothing pumps or cools it");
                }
                if (a.allPlaced(CONSUMERS) && on(a, id, CONSUMERS).isEmpty()) {
                    a.report(pl, "no-consumers", "open loop: technology loop '" + id + "' has no consumers "
                            + "(coldPlateRacks, twoPhaseTanks or singlePhaseTanks with loop: " + id + ")");
                }
            }
        }
    }

    private static void coolingPaths(Assembly a) {
        if (!a.allPlaced(EquipmentKind.CDUS, EquipmentKind.PUMPS) || !a.allPlaced(REJECTION)) {
            return;
        }
        java.util.Map<String, Boolean> viable = new java.util.HashMap<>();
        for (EquipmentKind k : CONSUMERS) {
            for (Placed<Object> p : a.placed(k)) {
                String loopId = Assembly.loopId(p.value());
                if (!a.complete(loopId)) {
                    continue;
                }
                String what = k.label + " '" + Assembly.id(p) + "' has no cooling path: ";
                List<Cdu> cdus = serving(a, loopId);
                if (cdus.isEmpty()) {
                    a.report(p, "path", what + "its loop '" + loopId + "' is served by no CDU");
                    continue;
                }
                boolean ok = false;
                boolean unknown = false;
                Set<String> dead = new LinkedHashSet<>();
                for (Cdu c : cdus) {
                    String f = c.primaryLoopId();
                    if (!a.complete(f)) {
                        unknown = true;
                    } else if (viable.computeIfAbsent(f, x -> !on(a, x, REJECTION).isEmpty()
                            && !on(a, x, EquipmentKind.PUMPS).isEmpty())) {
                        ok = true;
                    } else {
                        dead.add(f);
                    }
                }
                if (!ok && !unknown) {
                    a.report(p, "path", what + "the facility loop(s) of its CDUs (" + Fmt.list(dead, 6)
                            + ") lack pumps or heat rejection");
                }
            }
        }
    }
}
