package io.liquidtwin.physics.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalogue: it loads, holds the required fluids, and reproduces the vendor values of
 * design/PHYSICS.md §1 at 25 °C where its records hold them. Expectations are PHYSICS.md's numbers, not our output.
 */
class DielectricCatalogueTest {

    private static final double T25 = 298.15;
    private static final double ATM = 101_325;
    private final DielectricCatalogue cat = DielectricCatalogue.standard();

    @Test
    void builtInCatalogueHoldsTheSixRequiredFluids() {
        assertThat(cat.ids()).containsExactly("pao", "mineral-oil", "hfe-7100", "fk-5-1-12", "fc-72", "fc-3284");
        assertThat(cat.isTwoPhase("pao")).isFalse();
        assertThat(cat.isTwoPhase("mineral-oil")).isFalse();
        for (String id : new String[] {"hfe-7100", "fk-5-1-12", "fc-72", "fc-3284"}) {
            assertThat(cat.isTwoPhase(id)).as(id).isTrue();
            assertThat(cat.twoPhase(id)).isInstanceOf(DielectricTwoPhaseFluid.class);
        }
        assertThat(DielectricCatalogue.standard()).isSameAs(cat);
        assertThat(cat.source()).endsWith("io/liquidtwin/physics/fluid/dielectric-fluids.yaml");
    }

    @Test
    void hfe7100ReproducesTheVendorValuesAt25C() {
        TwoPhaseFluid f = cat.twoPhase("hfe-7100");
        assertThat(f.densityKgM3(T25, ATM)).isCloseTo(1510, within(1e-9));
        assertThat(f.specificHeatJKgK(T25, ATM)).isCloseTo(1183, within(1e-9));
        assertThat(f.conductivityWMK(T25, ATM)).isCloseTo(0.069, within(1e-12));
        assertThat(f.viscosityPaS(T25, ATM)).isCloseTo(0.58e-3, within(1e-12));
        assertThat(f.surfaceTensionNM(T25)).isCloseTo(13.6e-3, within(1e-12));
        assertThat(f.latentHeatJKg(334.15)).isCloseTo(112e3, within(1e-6)); // hfg at Tb 61 °C
    }

    @Test
    void fk5112ReproducesTheVendorValuesAt25C() {
        TwoPhaseFluid f = cat.twoPhase("fk-5-1-12");
        assertThat(f.densityKgM3(T25, ATM)).isCloseTo(1600, within(1e-9));
        assertThat(f.conductivityWMK(T25, ATM)).isCloseTo(0.059, within(1e-12));
        assertThat(f.viscosityPaS(T25, ATM)).isCloseTo(0.64e-3, within(1e-12));
        assertThat(f.latentHeatJKg(322.15)).isCloseTo(88e3, within(1e-6)); // hfg at Tb 49 °C
    }

    @Test
    void fc72ReproducesTheVendorValuesAt25C() {
        Fluid f = cat.fluid("fc-72");
        assertThat(f.densityKgM3(T25, ATM)).isCloseTo(1680, within(1e-9));
        assertThat(f.conductivityWMK(T25, ATM)).isCloseTo(0.057, within(1e-12));
        assertThat(f.viscosityPaS(T25, ATM)).isCloseTo(0.64e-3, within(1e-12));
    }

    @Test
    void singlePhaseOilsLieInThePhysicsMdClassRangesAt25C() {
        // PHYSICS.md §1: synthetic hydrocarbon / mineral oil class, ρ 800–900, cp 1.7–2.3 kJ/(kg·K), k ≈ 0.13–0.15
        for (String id : new String[] {"pao", "mineral-oil"}) {
            FluidProperties p = cat.fluid(id).properties(T25, ATM);
            assertThat(p.densityKgM3()).as(id).isBetween(800.0, 900.0);
            assertThat(p.specificHeatJKgK()).as(id).isBetween(1700.0, 2300.0);
            assertThat(p.conductivityWMK()).as(id).isBetween(0.13, 0.15);
            assertThat(p.prandtl()).as(id).isGreaterThan(50); // oils: Pr in the hundreds
        }
    }

    @Test
    void vapourIsTheIdealGasAndLighterThanTheLiquid() {
        // Ideal gas at Tb, computed here independently of the model: p M / (R T).
        TwoPhaseFluid f = cat.twoPhase("hfe-7100");
        double tb = f.saturationTemperatureK(ATM);
        assertThat(f.vapourDensityKgM3(tb)).isCloseTo(ATM * 0.250 / (8.31446261815324 * tb), withinPercentage(1e-6));
        assertThat(f.saturatedLiquidDensityKgM3(tb)).isGreaterThan(100 * f.vapourDensityKgM3(tb));
        assertThat(f.molarMassKgMol()).isEqualTo(0.250);
        assertThat(f.criticalPressurePa()).isCloseTo(2.23e6, within(1e-6));
    }

    @Test
    void idealGasVapourDensityOfFk5112IsWithin10PercentOfTheEquationOfState() {
        // McLinden et al. (2015) EOS, saturated-vapour ancillary (CoolProp Novec649 file) at Tb = 322.2 K:
        // 12.78 kg/m³. The ideal gas ignores Z ≈ 0.93 at 1 atm, so it reads ~6 % low.
        TwoPhaseFluid f = cat.twoPhase("fk-5-1-12");
        assertThat(f.vapourDensityKgM3(322.2)).isCloseTo(12.78, withinPercentage(10));
    }

    @Test
    void unknownIdListsTheKnownIds() {
        assertThatThrownBy(() -> cat.fluid("novec-7000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("novec-7000")
                .hasMessageContaining("[pao, mineral-oil, hfe-7100, fk-5-1-12, fc-72, fc-3284]");
        assertThatThrownBy(() -> cat.twoPhase("pao"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single-phase")
                .hasMessageContaining("[hfe-7100, fk-5-1-12, fc-72, fc-3284]");
    }

    @Test
    void aUserCatalogueLoadsFromAStream() {
        String yaml = """
                fluids:
                  - id: my-oil
                    name: My oil
                    phase: single-phase
                    temperatureRangeC: {min: 20, max: 60}
                    pressureRangeKpa: {min: 50, max: 500}
                    densityKgM3: [{temperatureC: 20, value: 850}, {temperatureC: 60, value: 826}]
                    specificHeatJKgK: [{temperatureC: 20, value: 1900}, {temperatureC: 60, value: 2040}]
                    viscosityMpaS: [{temperatureC: 20, value: 20}, {temperatureC: 60, value: 5}]
                    conductivityWMK: [{temperatureC: 20, value: 0.14}, {temperatureC: 60, value: 0.135}]
                """;
        DielectricCatalogue mine = DielectricCatalogue.load(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mine.yaml");
        Fluid f = mine.fluid("my-oil");
        assertThat(f.name()).isEqualTo("My oil");
        assertThat(f.minTemperatureK()).isEqualTo(293.15);
        assertThat(f.densityKgM3(313.15, 1e5)).isCloseTo(838, within(1e-9)); // linear midpoint
        // Andrade: ln μ linear in 1/T, so at T with 1/T midway between the points μ is the geometric mean (10 mPa·s)
        double tMid = 2.0 / (1 / 293.15 + 1 / 333.15);
        assertThat(f.viscosityPaS(tMid, 1e5)).isCloseTo(10e-3, within(1e-12));
    }
}
