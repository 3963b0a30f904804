package io.liquidtwin.sim.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;

/**
 * Psychrometrics against published values. Sources:
 * <ul>
 * <li>[T3] ASHRAE Handbook — Fundamentals 2017, ch. 1, Table 3 (saturation pressure of water), as quoted by the
 *     PsychroLib test suite (github.com/psychrometrics/psychrolib, tests/test_psychrolib_si.py, test_GetSatVapPres),
 *     with ASHRAE's stated accuracy of the Hyland–Wexler fit, 300 ppm;</li>
 * <li>[T2] the same Handbook, Table 2 (saturation humidity ratio at 101.325 kPa), as quoted by PsychroLib
 *     (test_GetSatHumRatio; PsychroLib notes agreement within 0.5–1 %);</li>
 * <li>[PL] PsychroLib SI test values computed independently with Excel (test_HumRatio_TWetBulb, test_MoistAir),
 *     tolerance 300 ppm as in PsychroLib;</li>
 * <li>[EX1] Handbook ch. 1, Example 1 (t = 40 °C, t* = 20 °C, 101.325 kPa), values from the Handbook text as quoted by
 *     PsychroLib (test_AllPsychrometrics), with its tolerances.</li>
 * </ul>
 */
class PsychrometricsReferenceTest {

    private static final double K = 273.15;
    private static final double P_500M = 95_461.0; // standard atmosphere at 500 m, ASHRAE Table 1

    @Test
    void saturationPressureOverIceMatchesTable3() {
        assertThat(Psychrometrics.saturationPressurePa(K - 60)).isCloseTo(1.08, within(0.01)); // [T3]
        assertThat(Psychrometrics.saturationPressureOverIcePa(K - 20)).isCloseTo(103.24, withinPercentage(0.03));
        assertThat(Psychrometrics.saturationPressureOverIcePa(K - 5)).isCloseTo(401.74, withinPercentage(0.03));
    }

    @Test
    void saturationPressureOverWaterMatchesTable3() {
        assertThat(Psychrometrics.saturationPressureOverWaterPa(K + 5)).isCloseTo(872.6, withinPercentage(0.03));
        assertThat(Psychrometrics.saturationPressureOverWaterPa(K + 25)).isCloseTo(3169.7, withinPercentage(0.03));
        assertThat(Psychrometrics.saturationPressureOverWaterPa(K + 50)).isCloseTo(12351.3, withinPercentage(0.03));
        assertThat(Psychrometrics.saturationPressureOverWaterPa(K + 100)).isCloseTo(101418.0, withinPercentage(0.03));
        // the curve switches from ice to water at 0 °C
        assertThat(Psychrometrics.saturationPressurePa(K + 25))
                .isEqualTo(Psychrometrics.saturationPressureOverWaterPa(K + 25));
        assertThat(Psychrometrics.saturationPressurePa(K - 5))
                .isEqualTo(Psychrometrics.saturationPressureOverIcePa(K - 5));
    }

    @Test
    void saturationHumidityRatioMatchesTable2() {
        assertThat(Psychrometrics.saturationHumidityRatio(K - 20, 101_325)).isCloseTo(0.0006373, withinPercentage(1));
        assertThat(Psychrometrics.saturationHumidityRatio(K + 5, 101_325)).isCloseTo(0.005425, withinPercentage(0.5));
        assertThat(Psychrometrics.saturationHumidityRatio(K + 25, 101_325)).isCloseTo(0.020173, withinPercentage(0.5));
        assertThat(Psychrometrics.saturationHumidityRatio(K + 50, 101_325)).isCloseTo(0.086863, withinPercentage(1));
    }

    @Test
    void humidityRatioAndWetBulbMatchPsychroLibAboveAndBelowFreezing() {
        assertThat(Psychrometrics.humidityRatio(3169.7, P_500M)).isCloseTo(0.0213603998047487, withinPercentage(1e-4));
        double above = Psychrometrics.humidityRatioFromWetBulb(K + 30, K + 25, P_500M);
        assertThat(above).isCloseTo(0.0192281274241096, withinPercentage(0.03)); // [PL]
        assertThat(Psychrometrics.wetBulbK(K + 30, 0.0192281274241096, P_500M)).isCloseTo(K + 25, within(0.01));
        double below = Psychrometrics.humidityRatioFromWetBulb(K - 1, K - 5, P_500M);
        assertThat(below).isCloseTo(0.00120399819933844, withinPercentage(0.03)); // [PL]
        assertThat(Psychrometrics.wetBulbK(K - 1, 0.00120399819933844, P_500M)).isCloseTo(K - 5, within(0.01));
    }

    @Test
    void moistAirEnthalpyVolumeAndDensityMatchPsychroLib() {
        assertThat(Psychrometrics.enthalpyJPerKg(K + 30, 0.02)).isCloseTo(81316, withinPercentage(0.03));
        assertThat(Psychrometrics.specificVolumeM3PerKg(K + 30, 0.02, P_500M))
                .isCloseTo(0.940855374352943, withinPercentage(0.03));
        assertThat(Psychrometrics.densityKgM3(K + 30, 0.02, P_500M)).isCloseTo(1.08411986348219, withinPercentage(0.03));
    }

    @Test
    void ashraeExample1() {
        double w = Psychrometrics.humidityRatioFromWetBulb(K + 40, K + 20, 101_325);
        assertThat(w).isCloseTo(0.0065, within(0.0001)); // [EX1]
        assertThat(Psychrometrics.dewPointK(K + 40, w, 101_325)).isCloseTo(K + 7, within(0.5));
        double rh = Psychrometrics.relativeHumidity(K + 40, w, 101_325);
        assertThat(rh).isCloseTo(0.14, within(0.01));
        assertThat(Psychrometrics.enthalpyJPerKg(K + 40, w)).isCloseTo(56_700, within(100.0));
        assertThat(Psychrometrics.specificVolumeM3PerKg(K + 40, w, 101_325)).isCloseTo(0.896, withinPercentage(1));
        assertThat(Psychrometrics.wetBulbFromRelativeHumidityK(K + 40, rh, 101_325)).isCloseTo(K + 20, within(0.1));
    }

    @Test
    void inputsOutOfRangeAreRejected() {
        assertThatThrownBy(() -> Psychrometrics.wetBulbFromRelativeHumidityK(K + 91, 0.5, 101_325))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("dry-bulb temperature");
        assertThatThrownBy(() -> Psychrometrics.wetBulbFromRelativeHumidityK(K - 61, 0.5, 101_325))
                .isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> Psychrometrics.humidityRatioFromRelativeHumidity(K + 20, 1.01, 101_325))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("relative humidity");
        assertThatThrownBy(() -> Psychrometrics.humidityRatioFromRelativeHumidity(K + 20, 0.5, 49_000))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("pressure");
        assertThatThrownBy(() -> Psychrometrics.wetBulbK(K + 20, Double.NaN, 101_325))
                .isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> Psychrometrics.wetBulbK(K + 20, 0.05, 101_325)) // above saturation (≈0.0147)
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("humidity ratio");
        assertThatThrownBy(() -> Psychrometrics.dewPointK(0.0)).isInstanceOf(OutOfRangeException.class);
    }
}
