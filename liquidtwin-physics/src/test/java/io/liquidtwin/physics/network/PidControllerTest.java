package io.liquidtwin.physics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PidControllerTest {

    /** First-order plant dy/dt = (K·u − y)/τ integrated exactly between samples (zero-order hold). */
    private static double plantStep(double y, double u, double gain, double tau, double dt) {
        return gain * u + (y - gain * u) * Math.exp(-dt / tau);
    }

    @Test
    void piRemovesTheSteadyStateErrorOfAFirstOrderPlant() {
        PidController pid = new PidController(0.5, 0.05, 0, 0, 10, 1.0, PidController.Action.DIRECT, 0);
        pid.setSetpoint(4.0);
        double y = 0;
        for (int t = 0; t < 2000; t++) {
            double u = pid.update(t, y);
            y = plantStep(y, u, 2.0, 20.0, 1.0);
        }
        assertThat(y).isCloseTo(4.0, within(1e-6));
        assertThat(pid.output()).isCloseTo(2.0, within(1e-6)); // u = y/K at steady state
    }

    @Test
    void reverseActionOpensACoolingValveWhenTooHot() {
        PidController pid = new PidController(0.1, 0.0, 0, 0, 1, 15, PidController.Action.REVERSE, 0.5);
        pid.setSetpoint(313.15);
        assertThat(pid.update(0, 318.15)).isGreaterThan(0.5);
    }

    @Test
    void outputHoldsBetweenSamplesAndIntegralDoesNotWindUp() {
        PidController pid = new PidController(0, 1.0, 0, 0, 1, 10, PidController.Action.DIRECT, 0);
        pid.setSetpoint(100);
        double first = pid.update(0, 0);
        assertThat(pid.update(5, 0)).isEqualTo(first); // held: 5 s < 10 s interval
        for (int t = 10; t < 10_000; t += 10) {
            pid.update(t, 0); // saturated high for a long time
        }
        assertThat(pid.output()).isEqualTo(1.0);
        // once the measurement overshoots, the output leaves saturation at the next sample instead of after an
        // unwinding delay
        pid.update(10_000, 200);
        assertThat(pid.output()).isLessThan(1.0);
    }

    @Test
    void gainScaleMultipliesProportionalAndIntegralActionWithoutAJump() {
        PidController full = new PidController(0.5, 0.1, 0, -10, 10, 1, PidController.Action.DIRECT, 0);
        PidController half = new PidController(0.5, 0.1, 0, -10, 10, 1, PidController.Action.DIRECT, 0);
        half.setGainScale(0.5);
        // error 2: full = 0.5·2 + 0.1·2·1 = 1.2; half = half of that
        assertThat(full.update(0, 0 - 2)).isCloseTo(1.2, within(1e-12));
        assertThat(half.update(0, 0 - 2)).isCloseTo(0.6, within(1e-12));
        // at zero error a new scale leaves the output where the integral holds it
        double held = half.update(1, 0);
        half.setGainScale(0.1);
        assertThat(half.update(2, 0)).isCloseTo(held, within(1e-12));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> half.setGainScale(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
