package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that each loop's equipment can carry its design load (docs/plant-format.md, "Checks"): on technology
 * loops the CDUs' heat, flow, head and supply temperature; on facility loops the heat-rejection capacity at design
 * ambient, and the pumps' flow and head.
 */
final class LoopCapacityChecks {

    /** Relative slack so that exact sizing passes. */
    private static final double SLACK = 1 + 1e-9;

    private LoopCapacityChecks() {
    }

    static void run(Assembly a, Optional<Site> site) {
        boolean cdusPlaced = a.allPlaced(EquipmentKind.CDUS);
        boolean facilityPlaced = cdusPlaced && a.allPlaced(EquipmentKind.PUMPS, EquipmentKind.DRY_COOLERS,
                EquipmentKind.COOLING_TOWERS, EquipmentKind.CHILLERS);
        for (Placed<LoopInfo> pl : a.loops.values()) {
            if (!a.complete(pl.value().loop().id())) {
                continue;
            }
            if (pl.value().loop().kind() == LoopKind.TECHNOLOGY) {
                if (cdusPlaced) {
                    technology(a, pl);
                }
            } else if (facilityPlaced) {
                facility(a, pl, site);
            }
        }
        cduTemperatures(a);
    }

    /** @return heat the loop's consumers put into it at design, W */
    static double technologyHeatW(Assembly a, String loopId) {
        double q = 0;
        for (Placed<?> p : TopologyChecks.consumers(a, loopId)) {
            q += Design.consumerHeatW(p.value());
        }
        return q;
    }

    private static void technology(Assembly a, Placed<LoopInfo> pl) {
        LoopInfo li = pl.value();
        String id = li.loop().id();
        List<Cdu> cdus = TopologyChecks.serving(a, id);
        List<Placed<?>> cons = TopologyChecks.consumers(a, id);
        if (cdus.isEmpty() || cons.isEmpty()) {
            return;
        }
        double heat = 0;
        double flow = 0;
        double worstDp = 0;
        String worst = "";
        for (Placed<?> p : cons) {
            heat += Design.consumerHeatW(p.value());
            flow += Design.consumerFlowM3s(p.value());
            double dp = Design.consumerDpPa(p.value(), li);
            if (dp > worstDp) {
                worstDp = dp;
                worst = Assembly.id(p);
            }
        }
        double cap = 0;
        double capFlow = 0;
        double head = Double.POSITIVE_INFINITY;
        List<String> rated = new ArrayList<>();
        for (Cdu c : cdus) {
            cap += c.designHeatW();
            capFlow += c.secondaryDesignFlowM3s();
            head = Math.min(head, c.availableHeadPa());
            rated.add(c.id() + " " + Fmt.power(c.designHeatW()));
        }
        if (heat > cap * SLACK) {
            a.report(pl, "cdu-heat", "technology loop '" + id + "' carries " + Fmt.power(heat) + " of IT heat to "
                    + "liquid, more than its CDUs are rated for: " + Fmt.power(cap) + " (" + Fmt.list(rated, 6) + ")");
        }
        if (flow > capFlow * SLACK) {
            a.report(pl, "cdu-flow", "the consumers on technology loop '" + id + "' need " + Fmt.flow(flow)
                    + " at their design flows, more than its CDUs' rated secondary flow " + Fmt.flow(capFlow));
        }
        double header = Design.pipeDpPa(li.loop().header(), flow, li);
        if (worstDp + header > head * SLACK) {
            a.report(pl, "cdu-head", "on technology loop '" + id + "', '" + worst + "' needs " + Fmt.kpa(worstDp)
                    + " at its design flow" + (header > 0 ? " plus " + Fmt.kpa(header) + " of header piping" : "")
                    + ", more than the " + Fmt.kpa(head) + " its CDUs make available");
        }
    }

    /** Secondary supply setpoint ≥ facility supply setpoint + approach, for every CDU. */
    private static void cduTemperatures(Assembly a) {
        for (Placed<Cdu> p : a.<Cdu>placed(EquipmentKind.CDUS)) {
            Cdu c = p.value();
            Placed<LoopInfo> primary = a.loop(c.primaryLoopId());
            double reachable = primary.value().loop().supplyTempSetpointK() + c.approachK();
            if (c.secondarySupplySetpointK() * SLACK < reachable) {
                a.report(p, "cdu-temp", "CDU '" + c.id() + "' cannot reach its secondary supply setpoint "
                        + Fmt.celsius(c.secondarySupplySetpointK()) + ": facility supply "
                        + Fmt.celsius(primary.value().loop().supplyTempSetpointK()) + " + approach "
                        + Fmt.num(c.approachK()) + " K = " + Fmt.celsius(reachable));
            }
        }
    }

    private static void facility(Assembly a, Placed<LoopInfo> pl, Optional<Site> site) {
        LoopInfo li = pl.value();
        Loop loop = li.loop();
        String id = loop.id();
        List<Cdu> cdus = TopologyChecks.primariesOn(a, id);
        List<Placed<Pump>> pumps = new ArrayList<>();
        for (Placed<Pump> p : a.<Pump>placed(EquipmentKind.PUMPS)) {
            if (p.value().loopId().equals(id)) {
                pumps.add(p);
            }
        }
        if (cdus.isEmpty() || loop.heatRejectionOrder().isEmpty() || pumps.isEmpty()) {
            return;
        }
        // Heat from each CDU: its share (by rating) of its technology loop's heat, plus its pumps' power.
        double itHeat = 0;
        double pumpHeat = 0;
        double worstCduDp = 0;
        String worstCdu = "";
        for (Cdu c : cdus) {
            if (!a.complete(c.secondaryLoopId())) {
                return;
            }
            double share = 0;
            for (Cdu s : TopologyChecks.serving(a, c.secondaryLoopId())) {
                share += s.designHeatW();
            }
            double q = technologyHeatW(a, c.secondaryLoopId()) * c.designHeatW() / share;
            itHeat += q;
            pumpHeat += c.secondaryPumpPowerW();
            double cduFlow = (q + c.secondaryPumpPowerW()) / (li.densityKgM3() * li.specificHeatJKgK()
                    * loop.designDeltaTK());
            double dp = Design.scaledDpPa(c.primaryDpPa(), c.primaryDesignFlowM3s(), cduFlow)
                    + Design.pipeDpPa(c.primaryPipe(), cduFlow, li);
            if (dp > worstCduDp) {
                worstCduDp = dp;
                worstCdu = c.id();
            }
        }
        double heat = itHeat + pumpHeat;
        HeatRejectionCapacity.check(a, pl, site, heat, itHeat, pumpHeat);
        double flow = heat / (li.densityKgM3() * li.specificHeatJKgK() * loop.designDeltaTK());
        int running = 0;
        double pumpFlow = 0;
        for (Placed<Pump> p : pumps) {
            running += p.value().runningCount();
            pumpFlow += p.value().runningCount() * p.value().ratedFlowM3s();
        }
        if (flow > pumpFlow * SLACK) {
            a.report(pl, "pump-flow", "facility loop '" + id + "' needs " + Fmt.flow(flow) + " to carry "
                    + Fmt.power(heat) + " at its design ΔT of " + Fmt.num(loop.designDeltaTK()) + " K, but its "
                    + running + " running pumps deliver " + Fmt.flow(pumpFlow) + " at rated flow");
            return;
        }
        double perPump = flow / running;
        double pumpHead = Double.POSITIVE_INFINITY;
        for (Placed<Pump> p : pumps) {
            pumpHead = Math.min(pumpHead, p.value().headPa(perPump));
        }
        double rejectionDp = HeatRejectionCapacity.seriesDpPa(a, loop, li, flow);
        double header = Design.pipeDpPa(loop.header(), flow, li);
        double need = rejectionDp + worstCduDp + header;
        if (need > pumpHead * SLACK) {
            a.report(pl, "pump-head", "facility pumps make " + Fmt.kpa(pumpHead) + " at " + Fmt.flow(perPump)
                    + " each, but loop '" + id + "' needs " + Fmt.kpa(need) + " at design flow (heat rejection "
                    + Fmt.kpa(rejectionDp) + ", worst CDU branch " + worstCdu + " " + Fmt.kpa(worstCduDp)
                    + ", header piping " + Fmt.kpa(header) + ")");
        }
    }
}
