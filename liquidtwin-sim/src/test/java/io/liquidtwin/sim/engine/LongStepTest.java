package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.component.Pump;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hour-long steps must give the plant the 15 s steps give it: after a disturbance (a load step) the engine sub-steps
 * at the control interval until the controllers have settled again, and only then holds the rest of a long step.
 */
class LongStepTest {

    private static Simulation settled(String file) {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples", file))),
                new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.runToSteadyState(15, 24 * 3600);
        return sim;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-pod-cold-plate.yaml", "qingdao-two-phase-1mw.yaml"})
    void hourStepsAfterALoadStepMatchFifteenSecondSteps(String file) {
        Simulation coarse = settled(file);
        Simulation fine = settled(file);
        coarse.setItFraction(0.3);
        fine.setItFraction(0.3);
        for (int h = 1; h <= 4; h++) {
            coarse.step(3600);
            for (int i = 0; i < 240; i++) {
                fine.step(15);
            }
            var cc = coarse.model().cdus.get(0);
            var fc = fine.model().cdus.get(0);
            double coarseSupply = coarse.model().thermal.outletTemperatureK(cc.secondaryLink);
            double fineSupply = fine.model().thermal.outletTemperatureK(fc.secondaryLink);
            assertThat(coarseSupply).as("hour %d: CDU secondary supply, 1 h vs 15 s steps", h)
                    .isCloseTo(fineSupply, within(0.05));
            assertThat(cc.valve.opening()).as("hour %d: CDU valve", h).isCloseTo(fc.valve.opening(), within(0.01));
            for (int t = 0; t < coarse.model().tanks.size(); t++) {
                assertThat(coarse.model().tanks.get(t).tank().pressurePa()).as("hour %d: tank pressure", h)
                        .isCloseTo(fine.model().tanks.get(t).tank().pressurePa(), within(200.0));
            }
        }
    }

    @Test
    void aTrippedPumpIsNeverTheStandbyThatStarts() {
        Simulation sim = settled("ai-pod-cold-plate.yaml");
        var hyd = sim.model().hydraulics;
        Pump first = null;
        Pump second = null;
        for (int k = 0; k < hyd.linkCount(); k++) {
            if (hyd.linkName(k).equals("fwp-1")) {
                first = (Pump) hyd.law(k);
            }
            if (hyd.linkName(k).equals("fwp-2")) {
                second = (Pump) hyd.law(k);
            }
        }
        sim.tripPump("fwp-1");
        assertThat(second.mode()).isEqualTo(Pump.Mode.RUNNING);
        sim.step(600); // fwp-1 coasts to a stop
        assertThat(first.mode()).isEqualTo(Pump.Mode.STOPPED);
        sim.tripPump("fwp-2");
        assertThat(first.mode()).as("the pump that tripped first stays down").isEqualTo(Pump.Mode.STOPPED);
        assertThat(second.mode()).isEqualTo(Pump.Mode.SPINNING_DOWN);
    }
}
