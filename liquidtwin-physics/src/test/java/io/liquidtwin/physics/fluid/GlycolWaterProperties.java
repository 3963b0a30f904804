package io.liquidtwin.physics.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.physics.OutOfRangeException;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the glycol–water model over its whole declared range (any concentration, above freezing). */
class GlycolWaterProperties {

    /** A temperature at fraction s ∈ [0, 1] of the fluid's accepted range. */
    private static double temperatureAt(GlycolWater fluid, double s) {
        double t = fluid.minTemperatureK() + s * (fluid.maxTemperatureK() - fluid.minTemperatureK());
        return Math.min(Math.max(t, fluid.minTemperatureK()), fluid.maxTemperatureK());
    }

    @Property(tries = 2000)
    void everyPropertyIsFiniteAndPositiveOverTheDeclaredRange(
            @ForAll Glycol glycol,
            @ForAll @Scale(8) @DoubleRange(min = 0.10, max = 0.60) double x,
            @ForAll @Scale(8) @DoubleRange(min = 0, max = 1) double s,
            @ForAll @Scale(8) @DoubleRange(min = 1, max = 1e7) double pressurePa) {
        GlycolWater fluid = GlycolWater.of(glycol, x);
        double t = temperatureAt(fluid, s);
        FluidProperties fp = fluid.properties(t, pressurePa);
        for (double v : new double[] {fp.densityKgM3(), fp.specificHeatJKgK(), fp.viscosityPaS(), fp.conductivityWMK(),
                fp.prandtl(), fluid.densityKgM3(t, pressurePa), fluid.viscosityPaS(t, pressurePa)}) {
            assertThat(v).isFinite().isPositive();
        }
        // and physically plausible for a glycol–water liquid (guards against a gross coefficient error)
        assertThat(fp.densityKgM3()).isBetween(950.0, 1120.0);
        assertThat(fp.specificHeatJKgK()).isBetween(2500.0, 4300.0);
        assertThat(fp.viscosityPaS()).isBetween(2e-4, 0.5); // PG 60 % at −30 °C is about 0.35 Pa·s
        assertThat(fp.conductivityWMK()).isBetween(0.25, 0.68); // water itself is 0.68 at 100 °C
    }

    @Property(tries = 1000)
    void densityAndViscosityIncreaseWithConcentration(
            @ForAll Glycol glycol,
            @ForAll @Scale(8) @DoubleRange(min = 0.10, max = 0.599) double x1,
            @ForAll @Scale(8) @DoubleRange(min = 0.001, max = 0.5) double dx,
            @ForAll @Scale(8) @DoubleRange(min = 0, max = 1) double s) {
        double x2 = Math.min(x1 + dx, 0.60);
        Assume.that(x2 - x1 >= 0.001);
        GlycolWater lean = GlycolWater.of(glycol, x1);
        GlycolWater rich = GlycolWater.of(glycol, x2);
        double t = temperatureAt(lean, s); // the leaner solution freezes first, so t is valid for both
        assertThat(rich.densityKgM3(t, 1e5)).isGreaterThan(lean.densityKgM3(t, 1e5));
        assertThat(rich.viscosityPaS(t, 1e5)).isGreaterThan(lean.viscosityPaS(t, 1e5));
    }

    @Property(tries = 1000)
    void viscosityFallsWithTemperature(
            @ForAll Glycol glycol,
            @ForAll @Scale(8) @DoubleRange(min = 0.10, max = 0.60) double x,
            @ForAll @Scale(8) @DoubleRange(min = 0, max = 1) double s,
            @ForAll @Scale(8) @DoubleRange(min = 0.01, max = 80) double dtK) {
        GlycolWater fluid = GlycolWater.of(glycol, x);
        double t1 = temperatureAt(fluid, s);
        double t2 = Math.min(t1 + dtK, fluid.maxTemperatureK());
        Assume.that(t2 - t1 >= 0.01);
        assertThat(fluid.viscosityPaS(t2, 1e5)).isLessThan(fluid.viscosityPaS(t1, 1e5));
    }

    @Property(tries = 1000)
    void freezingPointFallsWithConcentration(
            @ForAll Glycol glycol,
            @ForAll @Scale(8) @DoubleRange(min = 0.10, max = 0.599) double x1,
            @ForAll @Scale(8) @DoubleRange(min = 0.0005, max = 0.5) double dx) {
        double x2 = Math.min(x1 + dx, 0.60);
        Assume.that(x2 > x1);
        assertThat(GlycolWater.of(glycol, x2).freezingPointK()).isLessThan(GlycolWater.of(glycol, x1).freezingPointK());
    }

    @Property(tries = 500)
    void belowTheRangeEveryPropertyRefusesAndNamesQuantityValueAndRange(
            @ForAll Glycol glycol,
            @ForAll @Scale(8) @DoubleRange(min = 0.10, max = 0.60) double x,
            @ForAll @Scale(8) @DoubleRange(min = 1e-6, max = 300) double belowK) {
        GlycolWater fluid = GlycolWater.of(glycol, x);
        double t = fluid.minTemperatureK() - belowK;
        Assume.that(t < fluid.minTemperatureK());
        assertThatThrownBy(() -> fluid.properties(t, 1e5))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("temperature = ")
                .hasMessageContaining(" K is outside the valid range [")
                .hasMessageContaining(", 373.15] K of " + fluid.name() + " (Melinder 2010; freezing point ");
        OutOfRangeException e = (OutOfRangeException) org.assertj.core.api.Assertions.catchThrowable(
                () -> fluid.densityKgM3(t, 1e5));
        assertThat(e.value()).isEqualTo(t);
        assertThat(e.min()).isEqualTo(Math.max(243.15, fluid.freezingPointK()));
    }
}
