package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.physics.component.Pump;
import io.liquidtwin.sim.engine.Elements.CduModel;
import io.liquidtwin.sim.engine.Elements.LoopModel;
import io.liquidtwin.sim.engine.Elements.PumpBank;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pump banks hold their loop's header Δp at the setpoint (CDU secondary: secondaryDpSetpoint; facility:
 * facilityDpSetpoint), or run at full speed when the setpoint is out of reach — read from the solved pressures.
 */
class PumpSpeedControlTest {

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml", "frontier-like.yaml"})
    void pumpBanksHoldTheirHeaderDpOrRunFlatOut(String file) {
        PlantModel model = PlantModel.build(PlantLoader.load(Path.of("..", "examples", file)));
        Simulation sim = new Simulation(model, new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.runToSteadyState(15, 48 * 3600);
        for (CduModel c : model.cdus) {
            check(model, c.pumps, c.secondary, c.spec.secondaryDpSetpointPa());
        }
        for (PumpBank b : model.facilityPumps) {
            check(model, b, b.loop, model.plant().controls().facilityDpSetpointPa());
        }
    }

    private static void check(PlantModel model, PumpBank bank, LoopModel loop, double setpointPa) {
        double dp = model.hydraulics.pressurePa(loop.supplyNode) - model.hydraulics.pressurePa(loop.returnNode);
        Pump running = null;
        for (Pump p : bank.pumps) {
            if (p.mode() == Pump.Mode.RUNNING) {
                running = p;
            }
        }
        assertThat(running).as(bank.id + " has a running pump").isNotNull();
        if (running.speedFraction() >= Math.min(1.0, running.drive().maxSpeedFraction()) - 1e-9) {
            assertThat(dp).as(bank.id + " at full speed only when Δp is short of its setpoint")
                    .isLessThanOrEqualTo(setpointPa * (1 + Simulation.SETTLED_DP_FRACTION));
        } else if (running.speedFraction() <= running.drive().minSpeedFraction() + 1e-9) {
            assertThat(dp).as(bank.id + " at minimum speed only when Δp exceeds its setpoint")
                    .isGreaterThanOrEqualTo(setpointPa * (1 - Simulation.SETTLED_DP_FRACTION));
        } else {
            assertThat(Math.abs(dp - setpointPa)).as(bank.id + " header Δp vs setpoint")
                    .isLessThanOrEqualTo(setpointPa * Simulation.SETTLED_DP_FRACTION);
        }
    }
}
