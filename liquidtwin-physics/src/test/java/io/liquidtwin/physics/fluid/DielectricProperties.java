package io.liquidtwin.physics.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants every fluid of the built-in catalogue must satisfy everywhere inside its declared ranges. */
class DielectricProperties {

    private static final DielectricCatalogue CAT = DielectricCatalogue.standard();

    @Provide
    Arbitrary<String> allIds() {
        return Arbitraries.of(CAT.ids());
    }

    @Provide
    Arbitrary<String> twoPhaseIds() {
        List<String> ids = CAT.ids().stream().filter(CAT::isTwoPhase).toList();
        return Arbitraries.of(ids);
    }

    private static double between(double min, double max, double fraction) {
        return Math.min(max, min + fraction * (max - min));
    }

    @Property(tries = 1000)
    void everyLiquidPropertyIsFiniteAndPositiveOverTheDeclaredRange(
            @ForAll("allIds") String id, @ForAll @DoubleRange(min = 0, max = 1) double f,
            @ForAll @DoubleRange(min = 1e3, max = 1e6) double p) {
        Fluid fluid = CAT.fluid(id);
        double t = between(fluid.minTemperatureK(), fluid.maxTemperatureK(), f);
        FluidProperties fp = fluid.properties(t, p);
        for (double v : new double[] {fp.densityKgM3(), fp.specificHeatJKgK(), fp.viscosityPaS(),
                fp.conductivityWMK(), fp.prandtl(), fluid.densityKgM3(t, p), fluid.viscosityPaS(t, p)}) {
            assertThat(v).as(id + " at " + t + " K").isFinite().isPositive();
        }
    }

    @Property(tries = 1000)
    void everySaturationPropertyIsFiniteAndPositiveOverTheDeclaredRange(
            @ForAll("twoPhaseIds") String id, @ForAll @DoubleRange(min = 0, max = 1) double f) {
        TwoPhaseFluid fluid = CAT.twoPhase(id);
        double t = between(fluid.minSaturationTemperatureK(), fluid.maxSaturationTemperatureK(), f);
        for (double v : new double[] {fluid.saturationPressurePa(t), fluid.latentHeatJKg(t),
                fluid.vapourDensityKgM3(t), fluid.saturatedLiquidDensityKgM3(t), fluid.surfaceTensionNM(t),
                fluid.molarMassKgMol(), fluid.criticalPressurePa()}) {
            assertThat(v).as(id + " at " + t + " K").isFinite().isPositive();
        }
        assertThat(fluid.saturatedLiquidDensityKgM3(t)).isGreaterThan(fluid.vapourDensityKgM3(t));
    }

    @Property(tries = 1000)
    void saturationTemperatureInvertsSaturationPressure(@ForAll("twoPhaseIds") String id,
                                                       @ForAll @DoubleRange(min = 0, max = 1) double f) {
        TwoPhaseFluid fluid = CAT.twoPhase(id);
        double t = between(fluid.minSaturationTemperatureK(), fluid.maxSaturationTemperatureK(), f);
        assertThat(fluid.saturationTemperatureK(fluid.saturationPressurePa(t))).isCloseTo(t, within(1e-8));
    }

    @Property(tries = 1000)
    void saturationPressureRisesWithTemperature(@ForAll("twoPhaseIds") String id,
                                                @ForAll @DoubleRange(min = 0, max = 1) double f1,
                                                @ForAll @DoubleRange(min = 0, max = 1) double f2) {
        TwoPhaseFluid fluid = CAT.twoPhase(id);
        double a = between(fluid.minSaturationTemperatureK(), fluid.maxSaturationTemperatureK(), Math.min(f1, f2));
        double b = between(fluid.minSaturationTemperatureK(), fluid.maxSaturationTemperatureK(), Math.max(f1, f2));
        if (b - a > 1e-9) {
            assertThat(fluid.saturationPressurePa(b)).isGreaterThan(fluid.saturationPressurePa(a));
            // and latent heat and surface tension fall towards the critical point
            assertThat(fluid.latentHeatJKg(b)).isLessThan(fluid.latentHeatJKg(a));
            assertThat(fluid.surfaceTensionNM(b)).isLessThan(fluid.surfaceTensionNM(a));
        }
    }

    @Property(tries = 300)
    void liquidDensityAndViscosityFallWithTemperature(@ForAll("allIds") String id,
                                                      @ForAll @DoubleRange(min = 0, max = 1) double f1,
                                                      @ForAll @DoubleRange(min = 0, max = 1) double f2) {
        Fluid fluid = CAT.fluid(id);
        double a = between(fluid.minTemperatureK(), fluid.maxTemperatureK(), Math.min(f1, f2));
        double b = between(fluid.minTemperatureK(), fluid.maxTemperatureK(), Math.max(f1, f2));
        if (b - a > 1e-9) {
            assertThat(fluid.densityKgM3(b, 1e5)).isLessThan(fluid.densityKgM3(a, 1e5));
            assertThat(fluid.viscosityPaS(b, 1e5)).isLessThan(fluid.viscosityPaS(a, 1e5));
        }
    }
}
