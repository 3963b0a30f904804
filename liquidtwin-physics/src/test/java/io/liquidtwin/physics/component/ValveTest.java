package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;

class ValveTest {

    static ValveParameters params(ValveCharacteristic c) {
        return new ValveParameters(40, c, 50, 60, ValveParameters.CLASS_IV_LEAKAGE);
    }

    @Test
    void kvDefinitionOneBarAtKvCubicMetresPerHourOfWater() {
        Valve v = new Valve(params(ValveCharacteristic.LINEAR), 1.0);
        double q = 40.0 / 3600.0; // Kv m³/h in m³/s
        assertThat(v.effectiveKvM3h()).isCloseTo(40, within(1e-12));
        assertThat(v.pressureDropPa(q)).isCloseTo(1e5, within(1e-3)); // 1e-8 relative
        assertThat(v.pressureDropPa(-q)).isCloseTo(-1e5, within(1e-3));
        // Δp ∝ ρ at equal flow; ∝ Q² at equal density
        v.setDensityKgM3(1014.5);
        assertThat(v.pressureDropPa(q)).isCloseTo(1.0145e5, within(1e-3));
        assertThat(v.pressureDropPa(2 * q)).isCloseTo(4 * 1.0145e5, within(4e-3));
        // Cv = 1.156 Kv: 46.24 US gpm of water at 1 psi through this valve
        v.setDensityKgM3(1000);
        double gpm = 3.785411784e-3 / 60;
        assertThat(v.pressureDropPa(46.24 * gpm)).isCloseTo(6894.757, within(6894.757 * 2e-3));
    }

    @Test
    void characteristicFormulas() {
        double lambda = ValveParameters.CLASS_IV_LEAKAGE;
        Valve lin = new Valve(params(ValveCharacteristic.LINEAR), 0.3);
        assertThat(lin.effectiveKvM3h()).isCloseTo(40 * (lambda + (1 - lambda) * 0.3), within(1e-12));
        Valve eq = new Valve(params(ValveCharacteristic.EQUAL_PERCENTAGE), 0.5);
        assertThat(eq.effectiveKvM3h()).isCloseTo(40 * (lambda + (1 - lambda) / Math.sqrt(50)), within(1e-12));
        // each 10 % of stroke multiplies the flow coefficient by R^0.1 (the "equal percentage")
        eq.setOpening(0.6);
        double k6 = eq.effectiveKvM3h() - 40 * lambda;
        eq.setOpening(0.7);
        double k7 = eq.effectiveKvM3h() - 40 * lambda;
        assertThat(k7 / k6).isCloseTo(Math.pow(50, 0.1), within(1e-12));
        // below 2 % the law is a straight line to zero
        assertThat(ValveCharacteristic.EQUAL_PERCENTAGE.relativeKv(0.01, 50)).isCloseTo(0.5 * Math.pow(50, -0.98),
                within(1e-15));
        assertThat(ValveCharacteristic.EQUAL_PERCENTAGE.relativeKv(0, 50)).isZero();
        // closed: leakage only, a huge but finite resistance with a positive slope
        eq.setOpening(0);
        assertThat(eq.effectiveKvM3h()).isCloseTo(40 * lambda, within(1e-15));
        double q = 40.0 / 3600.0;
        assertThat(eq.pressureDropPa(q)).isCloseTo(1e5 / (lambda * lambda), within(1e5 / (lambda * lambda) * 1e-8));
        assertThat(eq.pressureDropDerivative(0)).isPositive().isFinite();
    }

    @Test
    void actuatorMovesAtTheStrokeRate() {
        Valve v = new Valve(params(ValveCharacteristic.LINEAR), 0.0);
        v.command(1.0);
        v.advance(15);
        assertThat(v.opening()).isCloseTo(0.25, within(1e-15));
        v.advance(30);
        assertThat(v.opening()).isCloseTo(0.75, within(1e-15));
        v.advance(30); // would overshoot: stops at the command
        assertThat(v.opening()).isEqualTo(1.0);
        v.command(0.9);
        v.advance(3);
        assertThat(v.opening()).isCloseTo(0.95, within(1e-15));
        Valve instant = new Valve(new ValveParameters(10, ValveCharacteristic.LINEAR, 50, 0, 1e-4), 0);
        instant.command(0.4);
        instant.advance(0);
        assertThat(instant.opening()).isEqualTo(0.4);
    }

    @Test
    void derivativeMatchesTheDropAndBadInputsAreRefused() {
        Valve v = new Valve(params(ValveCharacteristic.EQUAL_PERCENTAGE), 0.73);
        for (double q : new double[] {-0.01, -1e-6, 0, 1e-7, 3e-3}) {
            double h = 1e-6 * Math.max(Math.abs(q), 1e-6);
            double fd = (v.pressureDropPa(q + h) - v.pressureDropPa(q - h)) / (2 * h);
            assertThat(v.pressureDropDerivative(q)).isCloseTo(fd, within(1e-5 * Math.abs(fd)));
        }
        assertThatThrownBy(() -> v.command(1.2)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> v.setDensityKgM3(0)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> new ValveParameters(10, ValveCharacteristic.LINEAR, 50, 1, 0))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("leakage");
    }
}
