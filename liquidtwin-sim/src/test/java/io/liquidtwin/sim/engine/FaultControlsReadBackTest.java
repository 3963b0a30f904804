package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The control state a live service shows (setpoints, pump availability, CDU service, valve) reads back what was set. */
class FaultControlsReadBackTest {

    @Test
    void readBackFollowsEveryCommand() {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "qingdao-two-phase-1mw.yaml"))), new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        FaultControls f = sim.faults();
        String cdu = f.cduIds().get(0);
        // the plant file's secondary supply setpoint, as the PID holds it in kelvin
        double initial = f.setpointC(cdu);
        assertThat(initial).isBetween(10.0, 60.0);
        f.setSetpoint(cdu, initial - 2.5);
        assertThat(f.setpointC(cdu)).isCloseTo(initial - 2.5, within(1e-9));
        assertThatThrownBy(() -> f.setpointC("nope")).hasMessageContaining("valid: ");

        String pump = f.pumpIds().stream().filter(p -> p.startsWith(cdu + ".pump-")).findFirst().orElseThrow();
        assertThat(f.pumpAvailable(pump)).isTrue();
        f.tripPump(pump);
        assertThat(f.pumpAvailable(pump)).isFalse();
        assertThat(f.pumpRunning(pump)).isFalse();
        f.restorePump(pump);
        assertThat(f.pumpAvailable(pump)).isTrue();

        assertThat(f.cduInService(cdu)).isTrue();
        f.loseCdu(cdu);
        assertThat(f.cduInService(cdu)).isFalse();
        assertThat(f.valveOpening(cdu)).isZero();
        f.restoreCdu(cdu);
        assertThat(f.cduInService(cdu)).isTrue();

        f.stickValve(cdu, 0.4);
        assertThat(f.valveStuck(cdu)).isTrue();
        assertThat(f.valveOpening(cdu)).isCloseTo(0.4, within(1e-12));
        f.releaseValve(cdu);
        assertThat(f.valveStuck(cdu)).isFalse();
    }
}
