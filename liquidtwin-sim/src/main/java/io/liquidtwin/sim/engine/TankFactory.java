package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.component.BoilingCorrelation;
import io.liquidtwin.physics.component.BoilingDevice;
import io.liquidtwin.physics.component.CondenserCoil;
import io.liquidtwin.physics.component.ReliefValve;
import io.liquidtwin.physics.component.TwoPhaseTank;
import io.liquidtwin.physics.component.TwoPhaseTankParameters;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import java.util.List;

/** Turns a plant file's two-phase tank record into the component model. */
final class TankFactory {

    /**
     * Longest internal implicit-Euler sub-step of a tank's vapour balance, s. The engine's own sub-steps are the
     * control interval (15 s typically) while anything moves, so this only coarsens held hour-long steps of a settled
     * plant, where the vapour state barely changes.
     */
    static final double MAX_TANK_SUBSTEP_S = 120.0;

    private TankFactory() {
    }

    static TwoPhaseTank tank(io.liquidtwin.sim.plant.TwoPhaseTank t) {
        TwoPhaseFluid fluid = t.fluid();
        double tb = fluid.saturationTemperatureK(101_325);
        double liquidKg = t.fluidInventoryM3() * fluid.densityKgM3(Math.min(298.15, fluid.maxTemperatureK()), 101_325);
        double poolJK = TwoPhaseTankParameters.liquidHeatCapacityJK(fluid, liquidKg, tb);
        double reliefKgS = 2 * t.designHeatW() / fluid.latentHeatJKg(tb);
        // The plant file's devices are identical (same area, equal share of the heat), so one tracked device
        // represents them all: its flux, surface temperature and CHF margin are every device's.
        int n = Math.max(t.deviceCount(), 1);
        List<BoilingDevice> devices = List.of(new BoilingDevice("each of " + n + " devices", t.deviceAreaM2(), 1.0 / n,
                BoilingCorrelation.rohsenow(t.rohsenowCsf(), t.rohsenowN()), t.chfCoefficient()));
        return new TwoPhaseTank(new TwoPhaseTankParameters(fluid, t.vapourSpaceVolumeM3(), liquidKg, poolJK, 101_325,
                CondenserCoil.fixedUa(t.condenserUaWPerK()), new ReliefValve(t.reliefPressurePa(), reliefKgS),
                t.vapourLossKgPerS(), 0.5 * liquidKg, devices, MAX_TANK_SUBSTEP_S));
    }
}
