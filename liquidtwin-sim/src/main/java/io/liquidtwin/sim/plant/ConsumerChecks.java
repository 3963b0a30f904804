package io.liquidtwin.sim.plant;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.correlation.CounterflowHx;
import io.liquidtwin.physics.correlation.ZuberChf;
import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import java.util.List;

/**
 * Checks that each rack and tank can carry its design IT load at the design supply temperature of its loop
 * (docs/plant-format.md, "Checks"): cold-plate case temperature; two-phase tank rating, condensing (saturation
 * pressure below the relief setting) and critical heat flux; single-phase tank rating and dielectric temperature.
 */
final class ConsumerChecks {

    private ConsumerChecks() {
    }

    static void run(Assembly a) {
        for (Placed<ColdPlateRack> p : a.<ColdPlateRack>placed(EquipmentKind.COLD_PLATE_RACKS)) {
            guarded(a, p, () -> rack(a, p));
        }
        for (Placed<TwoPhaseTank> p : a.<TwoPhaseTank>placed(EquipmentKind.TWO_PHASE_TANKS)) {
            guarded(a, p, () -> twoPhase(a, p));
        }
        for (Placed<SinglePhaseTank> p : a.<SinglePhaseTank>placed(EquipmentKind.SINGLE_PHASE_TANKS)) {
            guarded(a, p, () -> singlePhase(a, p));
        }
    }

    private static void guarded(Assembly a, Placed<?> p, Runnable check) {
        try {
            check.run();
        } catch (OutOfRangeException e) {
            a.report(p, "physics", "the design point of " + p.template().kind().label + " '" + Assembly.id(p)
                    + "' is outside a model's range: " + e.getMessage());
        }
    }

    /** @return the supply temperature the consumer sees: the highest setpoint of the loop's CDUs, K */
    private static double supplyK(Assembly a, String loopId) {
        List<Cdu> cdus = TopologyChecks.serving(a, loopId);
        double t = a.loop(loopId).value().loop().supplyTempSetpointK();
        if (!cdus.isEmpty()) {
            t = Double.NEGATIVE_INFINITY;
            for (Cdu c : cdus) {
                t = Math.max(t, c.secondarySupplySetpointK());
            }
        }
        return t;
    }

    private static void rack(Assembly a, Placed<ColdPlateRack> p) {
        ColdPlateRack r = p.value();
        if (r.caseResistance().isEmpty()) {
            return;
        }
        double supply = supplyK(a, r.loopId());
        double perPlateW = r.heatToLiquidW() / r.coldPlates();
        double resistance = r.caseResistance().get().resistanceKPerW(r.designFlowM3s() / r.coldPlates());
        double tCase = supply + perPlateW * resistance;
        if (tCase > r.maxCaseTempK()) {
            a.report(p, "case", "cold-plate rack '" + r.id() + "' cannot carry its design load: case temperature "
                    + Fmt.celsius(tCase) + " (supply " + Fmt.celsius(supply) + " + " + Fmt.num(perPlateW) + " W per cold "
                    + "plate × " + Fmt.num(resistance) + " K/W at " + Fmt.flow(r.designFlowM3s() / r.coldPlates())
                    + " per plate) is above maxCaseTempC " + Fmt.celsius(r.maxCaseTempK()));
        }
    }

    private static void twoPhase(Assembly a, Placed<TwoPhaseTank> p) {
        TwoPhaseTank t = p.value();
        double q = t.heatToLiquidW();
        String name = "two-phase tank '" + t.id() + "'";
        if (q > t.designHeatW() * (1 + 1e-9)) {
            a.report(p, "rating", name + " cannot carry its design load: " + Fmt.power(q) + " of IT heat exceeds "
                    + "the tank's design heat " + Fmt.power(t.designHeatW()));
        }
        LoopInfo water = a.loop(t.loopId()).value();
        double tIn = supplyK(a, t.loopId());
        double c = t.condenserDesignFlowM3s() * water.densityKgM3() * water.specificHeatJKgK();
        double eff = 1 - Math.exp(-t.condenserUaWPerK() / c);
        double tSat = tIn + q / (eff * c);
        TwoPhaseFluid f = t.fluid();
        if (tSat > f.maxSaturationTemperatureK()) {
            a.report(p, "condense", name + " cannot condense its design load: with condenser water at "
                    + Fmt.celsius(tIn) + " and " + Fmt.flow(t.condenserDesignFlowM3s()) + " the vapour would have to "
                    + "reach " + Fmt.celsius(tSat) + ", beyond the saturation data of " + t.fluidId() + " (up to "
                    + Fmt.celsius(f.maxSaturationTemperatureK()) + ")");
            return;
        }
        double tSatUsed = Math.max(tSat, f.minSaturationTemperatureK());
        double pSat = f.saturationPressurePa(tSatUsed);
        if (pSat > t.reliefPressurePa()) {
            a.report(p, "relief", name + " cannot condense its design load below the relief setting: the vapour "
                    + "would reach " + Fmt.celsius(tSat) + " and " + Fmt.kpa(pSat) + " absolute (condenser water "
                    + Fmt.celsius(tIn) + ", UA " + Fmt.num(t.condenserUaWPerK() / 1e3) + " kW/K), above the relief "
                    + "pressure " + Fmt.kpa(t.reliefPressurePa()) + " absolute");
        }
        double flux = q / (t.deviceCount() * t.deviceAreaM2());
        double chf = ZuberChf.criticalHeatFluxWM2(f.surfaceTensionNM(tSatUsed), f.latentHeatJKg(tSatUsed),
                f.saturatedLiquidDensityKgM3(tSatUsed), f.vapourDensityKgM3(tSatUsed), t.chfCoefficient());
        if (flux >= chf) {
            a.report(p, "chf", name + " cannot carry its design load: heat flux " + Fmt.num(flux / 1e4)
                    + " W/cm² per device (" + Fmt.power(q) + " over " + t.deviceCount() + " devices of "
                    + Fmt.num(t.deviceAreaM2() * 1e6) + " mm²) reaches the critical heat flux " + Fmt.num(chf / 1e4)
                    + " W/cm² of " + t.fluidId() + " at " + Fmt.celsius(tSatUsed));
        }
    }

    private static void singlePhase(Assembly a, Placed<SinglePhaseTank> p) {
        SinglePhaseTank t = p.value();
        double q = t.heatToLiquidW();
        String name = "single-phase tank '" + t.id() + "'";
        if (q > t.designHeatW() * (1 + 1e-9)) {
            a.report(p, "rating", name + " cannot carry its design load: " + Fmt.power(q) + " of IT heat exceeds "
                    + "the tank's design heat " + Fmt.power(t.designHeatW()));
        }
        LoopInfo water = a.loop(t.loopId()).value();
        double tIn = supplyK(a, t.loopId());
        Fluid d = t.fluid();
        double tEval = Math.min(Math.max((tIn + t.maxCoolantTempK()) / 2, d.minTemperatureK()), d.maxTemperatureK());
        double pEval = a.atmosphericPa;
        double cD = t.internalFlowM3s() * d.densityKgM3(tEval, pEval) * d.specificHeatJKgK(tEval, pEval);
        double cW = t.waterDesignFlowM3s() * water.densityKgM3() * water.specificHeatJKgK();
        double cMin = Math.min(cD, cW);
        double eff = CounterflowHx.effectiveness(t.hxUaWPerK() / cMin, cMin / Math.max(cD, cW));
        double hot = tIn + q / (eff * cMin);
        if (hot > t.maxCoolantTempK()) {
            a.report(p, "coolant", name + " cannot carry its design load: the dielectric would leave the IT at "
                    + Fmt.celsius(hot) + " (water in at " + Fmt.celsius(tIn) + ", exchanger effectiveness "
                    + Fmt.num(eff) + "), above maxCoolantTempC " + Fmt.celsius(t.maxCoolantTempK()));
        }
    }
}
