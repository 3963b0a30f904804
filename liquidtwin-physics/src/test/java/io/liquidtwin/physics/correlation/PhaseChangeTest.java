package io.liquidtwin.physics.correlation;

import static io.liquidtwin.physics.correlation.Rel.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;

/** Rohsenow, Cooper, Zuber and Nusselt beyond the reference values: consistency, limits, refusals. */
class PhaseChangeTest {

    private static double rohsenowH(double dTe) {
        return Rohsenow.heatTransferCoefficientWM2K(957.854, 0.595593, 2.79e-4, 0.680, 4217, 2.257e6, 0.0589, dTe,
                0.011, 1.26);
    }

    @Test
    void rohsenowHeatFluxIsHTimesExcessTemperatureAndScalesAsCube() {
        double q = Rohsenow.heatFluxWM2(957.854, 0.595593, 2.79e-4, 0.680, 4217, 2.257e6, 0.0589, 4.9, 0.011, 1.26);
        assertRelative("q = h·ΔTe", q, rohsenowH(4.9) * 4.9, 1e-15);
        assertRelative("h ∝ ΔTe²", rohsenowH(9.8), 4 * rohsenowH(4.9), 1e-14);
        assertThat(rohsenowH(0)).isZero();
    }

    @Test
    void cooperHeatFluxAndSuperheatFormsAreConsistent() {
        double pr = 101325.0 / 22048321.0;
        double h = Cooper.heatTransferCoefficientFromSuperheatWM2K(pr, 18.02e-3, Cooper.DEFAULT_ROUGHNESS_M, 4.3);
        double hq = Cooper.heatTransferCoefficientFromHeatFluxWM2K(pr, 18.02e-3, Cooper.DEFAULT_ROUGHNESS_M, h * 4.3);
        assertRelative("h(q = h·ΔTe) = h", hq, h, 1e-13);
        // rougher surface boils better: exponent 0.12 − 0.2 log10(Rp/µm) of pr < 1
        assertThat(Cooper.heatTransferCoefficientFromSuperheatWM2K(pr, 18.02e-3, 5e-6, 4.3)).isGreaterThan(h);
    }

    @Test
    void zuberCoefficientsAndScaling() {
        double q149 = ZuberChf.criticalHeatFluxWM2(8.2e-3, 272e3, 567, 18.09, ZuberChf.LIENHARD_DHIR_K);
        double q131 = ZuberChf.criticalHeatFluxWM2(8.2e-3, 272e3, 567, 18.09, ZuberChf.ZUBER_K);
        assertRelative("CHF ∝ K", q131 / q149, (Math.PI / 24) / 0.149, 1e-15);
        // water at 1 atm with K = 0.149: about 1.26 MW/m² (Incropera Example 10.1)
        double water = ZuberChf.criticalHeatFluxWM2(0.0589, 2.257e6, 957.9, 0.5955, 0.149);
        assertRelative("water CHF", water, 1.26e6, 0.01);
    }

    @Test
    void nusseltTubeAndPlateShareTheirGroup() {
        double plate = NusseltCondensation.verticalPlateWM2K(370, 350, 7, 585, 0.091, 158.9e-6, 776900, 0.02);
        double tube = NusseltCondensation.horizontalTubeWM2K(370, 350, 7, 585, 0.091, 158.9e-6, 776900, 0.02);
        assertRelative("tube/plate at equal length", tube / plate, 0.729 / (2 * Math.sqrt(2) / 3), 1e-14);
        assertThat(NusseltCondensation.VERTICAL_PLATE_COEFFICIENT).isBetween(0.9428, 0.9429);
    }

    @Test
    void nusseltRefusesATurbulentFilm() {
        // tall plate, large subcooling: film Reynolds number far above 1800
        assertThatThrownBy(() -> NusseltCondensation.verticalPlateWM2K(373, 273.15, 0.6, 958, 0.68, 2.8e-4, 50e3, 100))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("film Reynolds number = ")
                .hasMessageEndingWith("is outside the valid range [0, 1800] of Nusselt film condensation");
    }

    @Test
    void badInputsAreRefusedWithQuantityValueAndRange() {
        assertThatThrownBy(() -> Rohsenow.heatTransferCoefficientWM2K(957.854, 0.595593, 2.79e-4, 0.680, 4217,
                2.257e6, 0.0589, -1, 0.011, 1.26)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("excess temperature = -1 K is outside the valid range [0, +Infinity) K of Rohsenow nucleate "
                        + "boiling");
        assertThatThrownBy(() -> Rohsenow.heatTransferCoefficientWM2K(957.854, 1000, 2.79e-4, 0.680, 4217,
                2.257e6, 0.0589, 5, 0.011, 1.26)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("vapour density = 1000 kg/m³ is outside the valid range [0, 957.854) kg/m³");
        assertThatThrownBy(() -> Rohsenow.heatFluxWM2(957.854, 0.6, Double.NaN, 0.680, 4217, 2.257e6, 0.0589, 5,
                0.011, 1.26)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("liquid viscosity = NaN Pa·s");
        assertThatThrownBy(() -> ZuberChf.criticalHeatFluxWM2(8.2e-3, 272e3, 567, 18.09, 0.18))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("CHF coefficient K = 0.18 is outside the valid range [0.1309, 0.149] of Zuber critical "
                        + "heat flux");
        assertThatThrownBy(() -> Cooper.heatTransferCoefficientFromSuperheatWM2K(0.95, 0.018, 1e-6, 4))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("reduced pressure p/pc = 0.95 is outside the valid range [0.001, 0.9] of Cooper nucleate "
                        + "boiling");
        assertThatThrownBy(() -> Cooper.heatTransferCoefficientFromHeatFluxWM2K(0.01, 18.02, 1e-6, 1e4))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("molar mass = 18.02 kg/mol is outside the valid range [0.002, 0.2] kg/mol");
        assertThatThrownBy(() -> Cooper.heatTransferCoefficientFromHeatFluxWM2K(0.01, 0.018, 0, 1e4))
                .isInstanceOf(OutOfRangeException.class).hasMessageStartingWith("surface roughness Rp = 0 m");
        assertThatThrownBy(() -> NusseltCondensation.verticalPlateWM2K(350, 370, 7, 585, 0.091, 158.9e-6, 776900,
                0.1)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("wall temperature = 370 K is outside the valid range [0, 350) K of Nusselt film "
                        + "condensation");
    }

    @Test
    void absurdButFiniteInputsGiveTheRangeErrorNeverNaNOrInfinity() {
        // ρ·ρ·g·hfg·k³ overflows to +∞ and the result would be ∞ (or ∞/∞ = NaN with a huge viscosity)
        assertThatThrownBy(() -> NusseltCondensation.horizontalTubeWM2K(370, 350, 7, 1e200, 1e200, 1e300, 1e200,
                0.01)).isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("result; inputs far outside physical values");
        assertThatThrownBy(() -> ZuberChf.criticalHeatFluxWM2(1e300, 1e300, 1e300, 1e300, 0.149))
                .isInstanceOf(OutOfRangeException.class);
    }
}
