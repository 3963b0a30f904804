package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.PlantLoader;
import io.liquidtwin.sim.plant.TwoPhaseTank;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Qingdao plant's two-phase tanks at steady state, checked against the plant record, not against the engine:
 * boiling = condensation = IT heat × capture; the tank's T_sat is the fluid's saturation temperature at the tank
 * pressure; the condenser heat is the fixed-UA coil's ε-NTU heat for the water the tank actually gets; the water
 * leaves warmer by Q/(ṁ·cp). Checked at the solved steady state and again after hours of stepping from it (the
 * dynamic tank step must hold the steady state, not drift from it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoPhaseTankPlantTest {

    private Plant plant;
    private PlantModel model;
    private Simulation sim;

    @BeforeAll
    void steadyState() {
        plant = PlantLoader.load(Path.of("..", "examples", "qingdao-two-phase-1mw.yaml"));
        model = PlantModel.build(plant);
        sim = new Simulation(model, new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.runToSteadyState(15, 48 * 3600);
    }

    @Test
    void everyTankBalancesAtTheSolvedSteadyStateAndStaysBalancedWhenStepped() {
        assertThat(model.tanks).hasSize(6);
        checkTanks(1e-9, "solved steady state");
        for (int i = 0; i < 4 * 240; i++) { // 4 h at 15 s
            sim.step(15);
        }
        checkTanks(1e-6, "after 4 h of stepping");
    }

    private void checkTanks(double relTol, String when) {
        ThermalNetwork th = model.thermal();
        for (Elements.TankModel tm : model.tanks) {
            TwoPhaseTank rec = plant.twoPhaseTanks().stream().filter(t -> t.id().equals(tm.id())).findFirst()
                    .orElseThrow();
            var tank = tm.tank();
            double q = rec.itPowerW() * rec.captureFraction();
            String who = tm.id() + " (" + when + ")";
            assertThat(q).isEqualTo(160e3);
            TwoPhaseFluid fluid = rec.fluid();
            // the record's vapour loss (seals, servicing) leaves as vapour, carrying h_fg·ṁ_loss past the coil
            double lossW = fluid.latentHeatJKg(tank.saturationTemperatureK()) * rec.vapourLossKgPerS();
            assertThat(lossW).as("vapour loss is a small correction").isBetween(0.0, 1e-6 * q);
            assertThat(tank.boilingHeatW()).as("%s boiling heat = IT × capture", who)
                    .isCloseTo(q, within(relTol * q));
            assertThat(tank.condenserHeatW() + lossW).as("%s condensed + lost vapour = boiled (no relief)", who)
                    .isCloseTo(tank.boilingHeatW(), within(relTol * q));
            assertThat(tank.condenserHeatW()).as("%s condenser heat = IT × capture", who)
                    .isCloseTo(q, within(1e-6 * q));
            assertThat(th.heatW(tm.link())).as("%s heat into the condenser water = tank's condenser heat", who)
                    .isCloseTo(tank.condenserHeatW(), within(1e-6 * q));

            assertThat(rec.fluidId()).isEqualTo("fk-5-1-12");
            assertThat(tank.saturationTemperatureK()).as("%s T_sat = fluid T_sat(p)", who)
                    .isCloseTo(fluid.saturationTemperatureK(tank.pressurePa()), within(1e-6));
            assertThat(tank.pressurePa()).as("%s p = fluid p_sat(T_sat)", who)
                    .isCloseTo(fluid.saturationPressurePa(tank.saturationTemperatureK()),
                            within(1e-9 * tank.pressurePa()));
            assertThat(tank.pressurePa()).as("%s below its relief pressure", who)
                    .isLessThan(rec.reliefPressurePa());
            assertThat(tank.reliefOpen()).isFalse();
            assertThat(tank.saturationTemperatureK()).as("%s boils in the ~40–60 °C band", who)
                    .isBetween(313.15, 333.15);

            // the coil: fixed UA, counterflow against a condensing (isothermal) side: ε = 1 − exp(−UA/C)
            double c = Math.abs(th.massFlowKgS(tm.link())) * th.cpJKgK(tm.link());
            double tin = th.inletTemperatureK(tm.link());
            double eps = -Math.expm1(-rec.condenserUaWPerK() / c);
            assertThat(c * eps * (tank.saturationTemperatureK() - tin)).as("%s ε-NTU condenser heat", who)
                    .isCloseTo(tank.condenserHeatW(), within(1e-9 * q));
            assertThat(th.outletTemperatureK(tm.link())).as("%s condenser water outlet = inlet + Q/C", who)
                    .isCloseTo(tin + th.heatW(tm.link()) / c, within(1e-6));
        }
    }
}
