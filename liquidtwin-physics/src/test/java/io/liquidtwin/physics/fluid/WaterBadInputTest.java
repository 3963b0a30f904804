package io.liquidtwin.physics.fluid;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;

class WaterBadInputTest {

    private final Water water = Water.iapws();

    @Test
    void nanTemperatureIsRefusedWithQuantityValueAndRange() {
        assertThatThrownBy(() -> water.densityKgM3(Double.NaN, 1e5))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("temperature = NaN K is outside the valid range [273.15, 623.15] K of "
                        + "Water (IAPWS-IF97 regions 1, 2, 4)");
    }

    @Test
    void negativeAbsoluteTemperatureIsRefused() {
        assertThatThrownBy(() -> water.viscosityPaS(-5, 1e5))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("temperature = -5 K is outside the valid range [273.15, 623.15] K");
    }

    @Test
    void pressureOutOfRangeIsRefused() {
        assertThatThrownBy(() -> water.properties(300, 150e6))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("pressure = 1.5e+08 Pa is outside the valid range [1, 1e+08] Pa");
        assertThatThrownBy(() -> water.specificHeatJKgK(300, -1))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("pressure = -1 Pa");
        assertThatThrownBy(() -> water.conductivityWMK(300, Double.POSITIVE_INFINITY))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("pressure = +Infinity Pa");
    }

    @Test
    void saturationOutOfRangeIsRefused() {
        assertThatThrownBy(() -> water.saturationTemperatureK(30e6))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("saturation pressure = 3e+07 Pa");
        assertThatThrownBy(() -> water.latentHeatJKg(700))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("saturation temperature = 700 K");
    }
}
