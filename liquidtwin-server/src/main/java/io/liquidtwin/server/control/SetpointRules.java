package io.liquidtwin.server.control;

import io.liquidtwin.physics.correlation.CounterflowHx;
import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import io.liquidtwin.sim.engine.FaultControls;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.AshraeClass;
import io.liquidtwin.sim.plant.Cdu;
import io.liquidtwin.sim.plant.ColdPlateRack;
import io.liquidtwin.sim.plant.Loop;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.SinglePhaseTank;
import io.liquidtwin.sim.plant.TwoPhaseTank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a supply-temperature setpoint may go, derived from the plant, never from constants of its own.
 *
 * <p><b>CDU secondary supply</b> (the primary-valve controller's setpoint):
 * <ul>
 * <li>min = the facility loop's supply setpoint now + the CDU's design approach: the exchanger cannot make the
 * secondary colder than the primary water plus its approach at rated heat (the plant-file check {@code cdu-temp}
 * with the live facility setpoint);</li>
 * <li>max = the lowest of the limits of the consumers on the secondary loop, each at its design IT load and design
 * flow (the plant-file consumer checks solved for the supply temperature): a cold-plate rack's max case temperature −
 * heat per plate × plate resistance; a two-phase tank's highest condensing temperature (saturation at the relief
 * pressure, or the end of the fluid's saturation data) − the condenser's temperature rise q / (ε·C); a single-phase
 * tank's max dielectric temperature − q / (ε·Cmin); and the coolant's property range.</li>
 * </ul>
 * <p><b>Facility loop supply</b> (the heat-rejection controller's setpoint):
 * <ul>
 * <li>min = the ASHRAE liquid-cooling classes' lowest facility supply, 2 °C (W17–W+), or the coolant's lowest
 * property temperature if higher;</li>
 * <li>max = the loop's declared ASHRAE class limit (if any), and for every CDU on the loop its secondary setpoint now
 * − its approach (so every CDU can still reach its setpoint; raise the CDUs first).</li>
 * </ul>
 * Both are also kept within the engine's accepted [0, 95] °C.
 */
final class SetpointRules {

    /** ASHRAE TC 9.9 (2021) liquid-cooling classes: facility supply of at least 2 °C for every class. */
    static final double ASHRAE_MIN_FACILITY_SUPPLY_C = 2;
    /** The engine's accepted setpoint range (FaultControls.setSetpoint), °C. */
    static final double ENGINE_MIN_C = 0;
    static final double ENGINE_MAX_C = 95;
    private static final double K0 = 273.15;
    private static final double STANDARD_ATMOSPHERE_PA = 101_325;

    private SetpointRules() {
    }

    /** @return the range of {@code target} (a CDU id or a facility loop id); call under the twin's lock */
    static SetpointRange of(Simulation sim, String target) {
        Plant plant = sim.model().plant();
        for (Cdu c : plant.cdus()) {
            if (c.id().equals(target)) {
                return cdu(sim, plant, c);
            }
        }
        Loop loop = plant.loop(target).orElseThrow(() -> new IllegalArgumentException("no setpoint target " + target));
        return facility(sim, plant, loop);
    }

    private static SetpointRange cdu(Simulation sim, Plant plant, Cdu c) {
        FaultControls f = sim.faults();
        double primaryC = primarySetpointC(sim, plant, c.primaryLoopId());
        double min = primaryC + c.approachK();
        StringBuilder rule = new StringBuilder(String.format(Locale.ROOT,
                "min = facility loop '%s' supply setpoint %.2f °C + CDU design approach %.2f K;",
                c.primaryLoopId(), primaryC, c.approachK()));
        Loop secondary = plant.loop(c.secondaryLoopId()).orElseThrow();
        double supplyK = f.setpointC(c.id()) + K0;
        List<Limit> limits = new ArrayList<>(consumerLimits(plant, secondary, supplyK));
        Fluid water = secondary.coolant().fluid();
        limits.add(new Limit("coolant " + secondary.coolant().id() + " property range", water.maxTemperatureK() - K0));
        limits.add(new Limit("engine limit", ENGINE_MAX_C));
        Limit lowest = limits.stream().min(java.util.Comparator.comparingDouble(Limit::maxC)).orElseThrow();
        rule.append(String.format(Locale.ROOT, " max = %.2f °C, the lowest consumer/coolant limit on loop '%s' at"
                + " design load (%s)", lowest.maxC(), secondary.id(), lowest.what()));
        return range(Math.max(min, ENGINE_MIN_C), lowest.maxC(), rule.toString());
    }

    private static SetpointRange facility(Simulation sim, Plant plant, Loop loop) {
        double min = Math.max(ASHRAE_MIN_FACILITY_SUPPLY_C, loop.coolant().fluid().minTemperatureK() - K0);
        List<Limit> limits = new ArrayList<>();
        loop.ashraeClass().filter(a -> a != AshraeClass.W_PLUS)
                .ifPresent(a -> limits.add(new Limit("ASHRAE class " + a.yamlName(), a.maxSupplyTempK() - K0)));
        for (Cdu c : plant.cdusOn(loop.id())) {
            limits.add(new Limit("CDU '" + c.id() + "' secondary setpoint − approach",
                    sim.faults().setpointC(c.id()) - c.approachK()));
        }
        limits.add(new Limit("engine limit", ENGINE_MAX_C));
        Limit lowest = limits.stream().min(java.util.Comparator.comparingDouble(Limit::maxC)).orElseThrow();
        String rule = String.format(Locale.ROOT, "min = %.2f °C (ASHRAE liquid-cooling classes' lowest facility"
                + " supply, or the coolant's lowest temperature); max = %.2f °C (%s)", min, lowest.maxC(),
                lowest.what());
        return range(Math.max(min, ENGINE_MIN_C), lowest.maxC(), rule);
    }

    private static double primarySetpointC(Simulation sim, Plant plant, String loopId) {
        try {
            return sim.faults().setpointC(loopId);
        } catch (IllegalArgumentException e) { // a facility loop without heat-rejection control: its design setpoint
            return plant.loop(loopId).orElseThrow().supplyTempSetpointK() - K0;
        }
    }

    private record Limit(String what, double maxC) {
    }

    /** @return each consumer's highest supply temperature at its design load and flow */
    private static List<Limit> consumerLimits(Plant plant, Loop loop, double supplyK) {
        Fluid water = loop.coolant().fluid();
        double rhoCp = water.densityKgM3(supplyK, loop.staticPressurePa())
                * water.specificHeatJKgK(supplyK, loop.staticPressurePa());
        List<Limit> out = new ArrayList<>();
        for (ColdPlateRack r : plant.coldPlateRacks()) {
            if (r.loopId().equals(loop.id()) && r.caseResistance().isPresent()) {
                double perPlateW = r.heatToLiquidW() / r.coldPlates();
                double res = r.caseResistance().get().resistanceKPerW(r.designFlowM3s() / r.coldPlates());
                out.add(new Limit(String.format(Locale.ROOT, "rack '%s': max case %.1f °C − %.0f W per plate × %.4f"
                        + " K/W", r.id(), r.maxCaseTempK() - K0, perPlateW, res), r.maxCaseTempK() - perPlateW * res
                        - K0));
            }
        }
        for (TwoPhaseTank t : plant.twoPhaseTanks()) {
            if (t.loopId().equals(loop.id())) {
                TwoPhaseFluid f = t.fluid();
                double c = t.condenserDesignFlowM3s() * rhoCp;
                double rise = t.heatToLiquidW() / ((1 - Math.exp(-t.condenserUaWPerK() / c)) * c);
                double relief = t.reliefPressurePa() < f.criticalPressurePa()
                        ? f.saturationTemperatureK(t.reliefPressurePa()) : Double.POSITIVE_INFINITY;
                double tSat = Math.min(relief, f.maxSaturationTemperatureK());
                out.add(new Limit(String.format(Locale.ROOT, "two-phase tank '%s': condensing at most %.1f °C"
                        + " (relief pressure / saturation data) − condenser rise %.2f K", t.id(), tSat - K0, rise),
                        tSat - rise - K0));
            }
        }
        for (SinglePhaseTank t : plant.singlePhaseTanks()) {
            if (t.loopId().equals(loop.id())) {
                Fluid d = t.fluid();
                double tEval = Math.min(Math.max((supplyK + t.maxCoolantTempK()) / 2, d.minTemperatureK()),
                        d.maxTemperatureK());
                double cD = t.internalFlowM3s() * d.densityKgM3(tEval, STANDARD_ATMOSPHERE_PA)
                        * d.specificHeatJKgK(tEval, STANDARD_ATMOSPHERE_PA);
                double cW = t.waterDesignFlowM3s() * rhoCp;
                double cMin = Math.min(cD, cW);
                double eff = CounterflowHx.effectiveness(t.hxUaWPerK() / cMin, cMin / Math.max(cD, cW));
                double rise = t.heatToLiquidW() / (eff * cMin);
                out.add(new Limit(String.format(Locale.ROOT, "single-phase tank '%s': max dielectric %.1f °C − %.2f K",
                        t.id(), t.maxCoolantTempK() - K0, rise), t.maxCoolantTempK() - rise - K0));
            }
        }
        return out;
    }

    /** Rounds inwards to 0.01 °C so that the published bounds are themselves accepted. */
    private static SetpointRange range(double minC, double maxC, String rule) {
        double lo = Math.ceil(minC * 100 - 1e-9) / 100;
        double hi = Math.floor(Math.min(maxC, ENGINE_MAX_C) * 100 + 1e-9) / 100;
        return new SetpointRange(lo, hi, rule);
    }
}
