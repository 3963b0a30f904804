package io.liquidtwin.physics.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.liquidtwin.physics.OutOfRangeException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of the water model that must hold everywhere in its declared range. */
class WaterProperties {

    private final Water water = Water.iapws();

    @Property(tries = 500)
    void liquidDensityFallsWithTemperatureAbove4C(@ForAll @DoubleRange(min = 277.5, max = 423.0) double t,
                                                  @ForAll @DoubleRange(min = 0.5, max = 20.0) double dt,
                                                  @ForAll @DoubleRange(min = 0.5e6, max = 20e6) double p) {
        // the density maximum of liquid water is at 3.98 °C (277.13 K) at 0.1 MPa and moves to lower T with pressure
        double t2 = Math.min(t + dt, 423.15);
        assertThat(water.densityKgM3(t2, p)).isLessThan(water.densityKgM3(t, p));
    }

    @Property(tries = 1000)
    void everyPropertyIsFiniteAndPositiveOverTheDeclaredRange(
            @ForAll @DoubleRange(min = 273.15, max = 623.15) double t,
            @ForAll @DoubleRange(min = 1.0, max = 100e6) double p) {
        FluidProperties fp = water.properties(t, p);
        for (double v : new double[] {fp.densityKgM3(), fp.specificHeatJKgK(), fp.viscosityPaS(),
                fp.conductivityWMK(), fp.prandtl(), water.state(t, p).speedOfSoundMS()}) {
            assertThat(v).isFinite().isPositive();
        }
    }

    @Property(tries = 1000)
    void fastLiquidPathAgreesWithTheFullGibbsFunction(@ForAll @DoubleRange(min = 273.15, max = 623.15) double t,
                                                      @ForAll @DoubleRange(min = 0.0, max = 1.0) double share) {
        // properties() sums only γπ and γττ in its own loop; state() evaluates all of γ's derivatives
        double p = water.saturationPressurePa(t) + share * (100e6 - water.saturationPressurePa(t));
        FluidProperties fast = water.properties(t, p);
        WaterState full = water.state(t, p);
        assertThat(fast.densityKgM3()).isCloseTo(full.densityKgM3(), withinPercentage(1e-11)); // 1e-13 relative
        assertThat(fast.specificHeatJKgK()).isCloseTo(full.specificHeatJKgK(), withinPercentage(1e-10));
    }

    @Property(tries = 500)
    void saturationPropertiesAreFinitePositiveAndRoundTrip(@ForAll @DoubleRange(min = 273.15, max = 623.15) double t) {
        double p = water.saturationPressurePa(t);
        assertThat(water.saturationTemperatureK(p)).isCloseTo(t, org.assertj.core.api.Assertions.within(1e-6));
        for (double v : new double[] {p, water.latentHeatJKg(t), water.vapourDensityKgM3(t),
                water.saturatedLiquidDensityKgM3(t), water.surfaceTensionNM(t)}) {
            assertThat(v).isFinite().isPositive();
        }
        assertThat(water.saturatedLiquidDensityKgM3(t)).isGreaterThan(water.vapourDensityKgM3(t));
    }

    @Property(tries = 200)
    void outsideTheRangeTheErrorNamesQuantityValueAndRange(
            @ForAll @DoubleRange(min = 623.2, max = 5000) double hot) {
        assertThatThrownBy(() -> water.densityKgM3(hot, 1e6))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("temperature = ")
                .hasMessageContaining("[273.15, 623.15] K");
    }
}
