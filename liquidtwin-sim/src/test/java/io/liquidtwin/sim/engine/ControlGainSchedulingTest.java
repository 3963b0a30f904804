package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.network.PidController;
import io.liquidtwin.sim.engine.Elements.PumpBank;
import io.liquidtwin.sim.plant.PiGains;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The pump-speed and CDU-valve gain schedules ({@link PumpSpeedControl}, {@link CduValveControl}). */
class ControlGainSchedulingTest {

    /**
     * The Qingdao CDU's valve stuck at 65 % (where a 38 °C setpoint throttles it): the facility pump slows to about
     * 0.68 of its speed. With gains fixed at their full-speed values its header Δp alternated between 41 and 159 kPa
     * every 30 s sample; scheduled on the speed it holds the 100 kPa setpoint.
     */
    @Test
    void aSlowedFacilityPumpHoldsItsHeaderDp() {
        PlantModel model = PlantModel.build(PlantLoader.load(Path.of("..", "examples", "qingdao-two-phase-1mw.yaml")));
        Simulation sim = new Simulation(model, new Simulation.Ambient(288.15, 283.15));
        sim.initialise();
        sim.runToSteadyState(30, 6 * 3600);
        sim.faults().stickValve("cdu", 0.65);
        PumpBank bank = model.facilityPumps.getFirst();
        for (int i = 0; i < 120; i++) { // an hour
            sim.step(30);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 60; i++) { // every 10 s for 10 minutes: a period-two cycle would show
            sim.step(10);
            double dp = model.hydraulics.pressurePa(bank.loop.supplyNode)
                    - model.hydraulics.pressurePa(bank.loop.returnNode);
            min = Math.min(min, dp);
            max = Math.max(max, dp);
        }
        assertThat(bank.speedPid.output()).as("the pump has slowed below ¾ speed").isLessThan(0.75);
        assertThat(max - min).as("header Δp swing, Pa").isLessThan(500);
        assertThat((max + min) / 2).isCloseTo(100e3, within(100e3 * Simulation.SETTLED_DP_FRACTION));
    }

    @Test
    void thePumpGainScalesWithSpeedAndIsCappedBelowTheSampledStabilityLimit() {
        PumpBank bank = PlantModel.build(PlantLoader.load(Path.of("..", "examples", "qingdao-two-phase-1mw.yaml")))
                .facilityPumps.getFirst();
        // 30 s scan, Ti 30 s: β = 1, limit 2/3; the written 5e-6/Pa gives loop gain 1 at 100 kPa: capped to 0.5
        PidController pid = PumpSpeedControl.controller(bank, new PiGains(5e-6, 30), 100e3, 30);
        assertThat(pid.output()).isEqualTo(1.0);
        assertThat(PumpSpeedControl.gainScale(pid)).isEqualTo(1.0);
        pid.reset(0.6);
        assertThat(PumpSpeedControl.gainScale(pid)).isEqualTo(0.6);
        // a first sample 10 kPa low from 0.6: Δu = scale·kp·(1 + β)·e = 0.6 · 2.5e-6 · 2 · 1e4
        assertThat(PumpSpeedControl.update(pid, 0, 90e3)).isCloseTo(0.6 + 0.6 * 2.5e-6 * 2 * 1e4, within(1e-12));
        // a 60 s scan with Ti 30 s: β = 2, limit 1/2, loop gain 0.75 · 1/2 → kp = 0.375 / 2e5
        PidController slow = PumpSpeedControl.controller(bank, new PiGains(5e-6, 30), 100e3, 60);
        slow.reset(1.0);
        assertThat(PumpSpeedControl.update(slow, 0, 90e3) - 1.0).isEqualTo(0.0); // pinned at the top
        slow.reset(0.5);
        assertThat(PumpSpeedControl.update(slow, 0, 99e3))
                .isCloseTo(0.5 + 0.5 * 0.375 / 2e5 * 3 * 1e3, within(1e-12));
    }

    @Test
    void theCduGainIsTheDesignLiftOverThePresentLift() {
        // Qingdao at 35 °C: approach 3 K, rise 6.5 K, lift 9.5 K → as written
        assertThat(CduValveControl.gainScale(3, 273.15 + 41.5, 273.15 + 35, 273.15 + 32)).isEqualTo(1.0);
        // at 42.5 °C: lift 17 K, reference 9.5 K
        assertThat(CduValveControl.gainScale(3, 273.15 + 49, 273.15 + 42.5, 273.15 + 32))
                .isCloseTo(9.5 / 17, within(1e-12));
        // no load (no rise) and a huge lift: the floor
        assertThat(CduValveControl.gainScale(3, 373.15, 373.15, 283.15)).isEqualTo(CduValveControl.MIN_GAIN_SCALE);
        assertThat(CduValveControl.gainScale(3, Double.NaN, 300, 290)).isEqualTo(1.0);
    }
}
