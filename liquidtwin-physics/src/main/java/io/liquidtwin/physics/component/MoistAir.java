package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.fluid.Water;

/**
 * Moist-air relations for the evaporative models (package-private), after ASHRAE Handbook—Fundamentals (2017),
 * chapter 1:
 * <ul>
 *   <li>saturation pressure over water (T ≥ 273.15 K): IAPWS-IF97 region 4 ({@link Water}); over ice (173.15–273.15 K):
 *       ASHRAE eq. 5 (Hyland–Wexler), ln p = C1/T + C2 + C3·T + C4·T² + C5·T³ + C6·T⁴ + C7·ln T;</li>
 *   <li>humidity ratio at saturation W_s = 0.621945·p_ws/(p − p_ws) (eq. 23);</li>
 *   <li>enthalpy h = 1006·t + W·(2 501 000 + 1860·t), J/kg dry air, t in °C (eq. 30).</li>
 * </ul>
 * The latent heat of water is the linear fit h_fg = 2 501 000 − 2369·t J/kg, within 0.1 % of IAPWS from 0 to 60 °C
 * (2500.9 kJ/kg at 0 °C, 2406.0 kJ/kg at 40 °C); it avoids evaluating IF97 per call.
 */
final class MoistAir {

    static final String MODEL = "moist air (ASHRAE Fundamentals ch. 1)";
    static final double CP_DRY_AIR_J_KGK = 1006.0;
    static final double CP_VAPOUR_J_KGK = 1860.0;
    static final double H_FG_0C_J_KG = 2_501_000.0;
    static final double STANDARD_PRESSURE_PA = 101_325.0;
    static final Range TEMPERATURE = new Range("air temperature", 173.15, 373.15, "K", MODEL);

    private static final Water WATER = Water.iapws();
    private static final double[] ICE = {-5.6745359e3, 6.3925247, -9.6778430e-3, 6.2215701e-7, 2.0747825e-9,
        -9.4840240e-13, 4.1635019};

    private MoistAir() {
    }

    /** @return saturation pressure of water vapour over water (T ≥ 273.15 K) or ice, Pa */
    static double saturationPressurePa(double temperatureK) {
        double t = TEMPERATURE.check(temperatureK);
        if (t >= 273.15) {
            return WATER.saturationPressurePa(t);
        }
        double ln = ICE[0] / t + ICE[1] + t * (ICE[2] + t * (ICE[3] + t * (ICE[4] + t * ICE[5]))) + ICE[6] * Math.log(t);
        return Math.exp(ln);
    }

    /** @return humidity ratio of saturated air, kg water per kg dry air */
    static double saturationHumidityRatio(double temperatureK, double pressurePa) {
        double pws = saturationPressurePa(temperatureK);
        Range.belowExclusive("saturation vapour pressure", pws, 0, pressurePa, "Pa", MODEL);
        return 0.621945 * pws / (pressurePa - pws);
    }

    /** @return enthalpy of saturated moist air, J/kg dry air */
    static double saturatedEnthalpyJKg(double temperatureK, double pressurePa) {
        double tc = temperatureK - 273.15;
        return CP_DRY_AIR_J_KGK * tc
                + saturationHumidityRatio(temperatureK, pressurePa) * (H_FG_0C_J_KG + CP_VAPOUR_J_KGK * tc);
    }

    /** @return latent heat of water at temperature T, J/kg (linear fit, 0–60 °C; used outside it as a trend) */
    static double waterLatentHeatJKg(double temperatureK) {
        return H_FG_0C_J_KG - 2369.0 * (temperatureK - 273.15);
    }
}
