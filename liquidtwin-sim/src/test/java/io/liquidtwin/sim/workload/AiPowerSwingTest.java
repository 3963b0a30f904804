package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The swing's closed-form means against numeric integration of its instantaneous value. */
class AiPowerSwingTest {

    @ParameterizedTest
    @CsvSource({"20, 0.3, 2", "60, 0.5, 0", "10, 1.0, 5", "7.5, 0.25, 1.2", "3600, 0, 100"})
    void intervalMeanEqualsTheNumericIntegral(double periodS, double depth, double rampS) {
        AiPowerSwing w = new AiPowerSwing(periodS, depth, rampS);
        Random r = new Random(3);
        for (int trial = 0; trial < 40; trial++) {
            double a = (r.nextDouble() - 0.3) * 5 * periodS;
            double b = a + r.nextDouble() * 3 * periodS;
            assertThat(w.meanOver(a, b)).isCloseTo(midpointMean(w, a, b, 200_000), within(2e-5));
        }
        // whole periods: 1 − depth/2 exactly; an hour of a 20 s swing sees the right energy
        assertThat(w.meanOver(-3 * periodS, 4 * periodS)).isCloseTo(1 - depth / 2, within(1e-12));
        assertThat(w.periodMean()).isEqualTo(1 - depth / 2);
    }

    @Test
    void instantaneousValueFollowsTheTrapezoid() {
        AiPowerSwing w = new AiPowerSwing(20, 0.4, 2);   // high [0, 8), ramp down [8, 10), low [10, 18), ramp up
        assertThat(w.valueAt(0)).isEqualTo(1.0);
        assertThat(w.valueAt(7.9)).isEqualTo(1.0);
        assertThat(w.valueAt(9)).isCloseTo(0.8, within(1e-12));
        assertThat(w.valueAt(10)).isCloseTo(0.6, within(1e-12));
        assertThat(w.valueAt(17.9)).isCloseTo(0.6, within(1e-12));
        assertThat(w.valueAt(19)).isCloseTo(0.8, within(1e-12));
        assertThat(w.valueAt(20)).isEqualTo(1.0);
        assertThat(w.valueAt(-11)).isCloseTo(w.valueAt(9), within(1e-12));
        assertThat(w.meanOver(5, 5)).isEqualTo(1.0);
        for (double t = -50; t < 50; t += 0.37) {
            assertThat(w.valueAt(t)).isBetween(0.6 - 1e-12, 1.0);
        }
    }

    @Test
    void refusesImpossibleSwings() {
        assertThatThrownBy(() -> new AiPowerSwing(0, 0.3, 0)).hasMessageContaining("period");
        assertThatThrownBy(() -> new AiPowerSwing(10, 1.5, 0)).hasMessageContaining("depth");
        assertThatThrownBy(() -> new AiPowerSwing(10, 0.3, 6)).hasMessageContaining("[0, 5.0]");
        assertThatThrownBy(() -> new AiPowerSwing(10, 0.3, 1).meanOver(2, 1)).hasMessageContaining(">= start");
    }

    private static double midpointMean(AiPowerSwing w, double a, double b, int n) {
        double h = (b - a) / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += w.valueAt(a + (i + 0.5) * h);
        }
        return sum / n;
    }
}
