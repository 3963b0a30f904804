package io.liquidtwin.physics.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;

class UaFlowScalingTest {

    private final UaFlowScaling hx = new UaFlowScaling(2000, 1.0, 3000, 2.0);

    @Test
    void designPointGivesDesignUa() {
        assertThat(hx.designUaWK()).isCloseTo(1200, within(1e-12));
        assertThat(hx.uaWK(1.0, 2.0)).isCloseTo(1200, within(1e-12));
        assertThat(hx.exponent()).isEqualTo(0.8);
    }

    @Test
    void eachSideScalesWithItsOwnFlowToThePower08() {
        double hot = 2000 * Math.pow(0.5, 0.8);
        double cold = 3000 * Math.pow(1.5, 0.8);
        assertThat(hx.uaWK(0.5, 3.0)).isCloseTo(1 / (1 / hot + 1 / cold), within(1e-9));
        // doubling both flows multiplies UA by 2^0.8
        assertThat(hx.uaWK(2.0, 4.0)).isCloseTo(1200 * Math.pow(2, 0.8), within(1e-9));
    }

    @Test
    void zeroFlowGivesZeroUaNotNaN() {
        assertThat(hx.uaWK(0, 2.0)).isZero();
        assertThat(hx.uaWK(1.0, 0)).isZero();
        assertThat(hx.uaWK(0, 0)).isZero();
    }

    @Test
    void overflowingConductancesDoNotGiveNaN() {
        // flow ratios of 1e600 overflow both (hA) to +∞; the series sum must not become ∞/∞
        UaFlowScaling tiny = new UaFlowScaling(1, 1e-300, 1, 1e-300);
        assertThat(tiny.uaWK(1e300, 1e300)).isNotNaN();
    }

    @Test
    void fromDesignUaSplitsTheResistance() {
        UaFlowScaling s = UaFlowScaling.fromDesignUa(1200, 0.4, 1.0, 2.0);
        assertThat(s.designUaWK()).isCloseTo(1200, within(1e-9));
        assertThat(s.hotDesignHaWK()).isCloseTo(3000, within(1e-9));
        assertThat(s.coldDesignHaWK()).isCloseTo(2000, within(1e-9));
    }

    @Test
    void badInputsAreRefused() {
        assertThatThrownBy(() -> hx.uaWK(-1, 1)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("hot-side mass flow = -1 kg/s is outside the valid range [0, +Infinity) kg/s of UA flow "
                        + "scaling");
        assertThatThrownBy(() -> hx.uaWK(1, Double.NaN)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("cold-side mass flow = NaN kg/s");
        assertThatThrownBy(() -> new UaFlowScaling(0, 1, 1, 1)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("hot-side design hA = 0 W/K is outside the valid range (0, +Infinity) W/K");
        assertThatThrownBy(() -> new UaFlowScaling(1, 1, 1, 1, 1.5)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("flow exponent = 1.5 is outside the valid range [0, 1] of UA flow scaling");
        assertThatThrownBy(() -> UaFlowScaling.fromDesignUa(1000, 1.0, 1, 1)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("hot-side resistance fraction = 1 is outside the valid range (0, ");
    }
}
