package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Heat-rejection capacity of a facility loop at design conditions, and its water-side pressure drop.
 *
 * <p>Capacity is each unit's rating scaled by the ratio of the temperature difference that drives it at design to
 * the one at rating (a screening approximation, the usual way to re-rate dry coolers and towers): dry coolers
 * ∝ (T_return − T_air), with T_air the design dry-bulb, moved toward the wet-bulb by the pad efficiency when
 * adiabatic pads are fitted and wetted at that dry-bulb; cooling towers ∝ (T_return − T_wb); chillers at their
 * rating. T_return = supply setpoint + design ΔT. Units in series all see T_return here, which is optimistic for the
 * downstream ones. Without a {@code site:} the ratings are used unscaled. Heat-reuse exchangers are not counted (their
 * demand may be zero).
 */
final class HeatRejectionCapacity {

    private static final double SLACK = 1 + 1e-9;

    private HeatRejectionCapacity() {
    }

    static void check(Assembly a, Placed<LoopInfo> pl, Optional<Site> site, double heatW, double itHeatW,
                      double pumpHeatW) {
        Loop loop = pl.value().loop();
        double ret = loop.supplyTempSetpointK() + loop.designDeltaTK();
        double total = 0;
        List<String> parts = new ArrayList<>();
        for (String id : loop.heatRejectionOrder()) {
            Object unit = a.equipment.get(id).value();
            double cap = capacityW(unit, site, ret);
            total += cap;
            parts.add(id + " " + Fmt.power(cap));
        }
        if (heatW > total * SLACK) {
            String conditions = site.map(s -> " at design conditions (dry-bulb " + Fmt.celsius(s.designDryBulbK())
                    + ", wet-bulb " + Fmt.celsius(s.designWetBulbK()) + ", return water " + Fmt.celsius(ret) + ")")
                    .orElse(" at rating (no site: design conditions unknown)");
            a.report(pl, "rejection", "facility loop '" + loop.id() + "' must reject " + Fmt.power(heatW)
                    + " (IT heat to liquid " + Fmt.power(itHeatW) + " + CDU pumps " + Fmt.power(pumpHeatW)
                    + ") but its heat rejection carries " + Fmt.power(total) + conditions + ": "
                    + Fmt.list(parts, 8));
        }
    }

    /** @return capacity of one heat-rejection unit (whole bank) at design, W */
    static double capacityW(Object unit, Optional<Site> site, double returnK) {
        return switch (unit) {
            case DryCooler d -> {
                double rated = d.count() * d.designCapacityW();
                if (site.isEmpty()) {
                    yield rated;
                }
                Site s = site.get();
                double air = s.designDryBulbK();
                if (d.adiabatic() && air > d.adiabaticAboveK()) {
                    air -= d.padEfficiency() * (air - s.designWetBulbK());
                }
                yield rated * Math.max(0, returnK - air) / (d.ratedEnteringWaterK() - d.ratedAmbientK());
            }
            case CoolingTower t -> {
                double rated = t.cells() * t.designCapacityW();
                if (site.isEmpty()) {
                    yield rated;
                }
                yield rated * Math.max(0, returnK - site.get().designWetBulbK())
                        / (t.ratedEnteringWaterK() - t.ratedWetBulbK());
            }
            case Chiller c -> c.count() * c.designCapacityW();
            default -> 0;
        };
    }

    /** @return the pressure drop of the heat-rejection units in series at the loop's design flow, Pa */
    static double seriesDpPa(Assembly a, Loop loop, LoopInfo li, double flowM3s) {
        double dp = 0;
        double rhoCp = li.densityKgM3() * li.specificHeatJKgK();
        for (String id : loop.heatRejectionOrder()) {
            Object unit = a.equipment.get(id).value();
            dp += switch (unit) {
                case DryCooler d -> Design.scaledDpPa(d.waterDpPa(),
                        d.designCapacityW() / (rhoCp * (d.ratedEnteringWaterK() - d.ratedLeavingWaterK())),
                        flowM3s / d.count());
                case CoolingTower t -> Design.scaledDpPa(t.waterDpPa(),
                        t.designCapacityW() / (rhoCp * (t.ratedEnteringWaterK() - t.ratedLeavingWaterK())),
                        flowM3s / t.cells());
                case Chiller c -> Design.scaledDpPa(c.waterDpPa(),
                        c.designCapacityW() / (rhoCp * loop.designDeltaTK()), flowM3s / c.count());
                default -> 0;
            };
        }
        return dp;
    }
}
