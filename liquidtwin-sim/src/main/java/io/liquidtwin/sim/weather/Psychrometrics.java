package io.liquidtwin.sim.weather;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;

/**
 * Moist-air psychrometrics in SI (K, Pa, kg water per kg dry air, J and m³ per kg dry air), after ASHRAE Handbook —
 * Fundamentals (2017), chapter 1 ("Psychrometrics"); equation numbers below refer to that chapter.
 *
 * <p>Saturation is over ice below 273.15 K (eq. 5) and over liquid water from 273.15 K (eq. 6); relative humidity and
 * dew point use the same curve (so below 0 °C the "dew point" is the frost point). Inputs are range-checked with
 * {@link OutOfRangeException}: dry-bulb 213.15–363.15 K (−60…+90 °C), relative humidity 0–1, pressure 50–110 kPa.
 * Root-finding (dew point, wet-bulb) is bisection on a fixed bracket with a fixed iteration cap.
 */
public final class Psychrometrics {

    static final String MODEL = "moist-air psychrometrics (ASHRAE Fundamentals 2017 ch. 1)";
    /** Molecular-mass ratio water/dry air used in eq. 20/22. */
    static final double MASS_RATIO = 0.621945;
    private static final double T0_K = 273.15;
    static final Range DRY_BULB = new Range("dry-bulb temperature", 213.15, 363.15, "K", MODEL);
    static final Range REL_HUM = new Range("relative humidity", 0.0, 1.0, "", MODEL);
    static final Range PRESSURE = new Range("pressure", 50_000.0, 110_000.0, "Pa", MODEL);
    static final Range ICE = new Range("temperature (saturation over ice, eq. 5)", 173.15, 273.15, "K", MODEL);
    static final Range WATER = new Range("temperature (saturation over water, eq. 6)", 273.15, 473.15, "K", MODEL);
    private static final int MAX_BISECTIONS = 200;
    private static final double TOLERANCE_K = 1e-10;

    private Psychrometrics() {
    }

    /** Saturation vapour pressure over ice, Pa, Hyland–Wexler (eq. 5), valid 173.15–273.15 K. */
    public static double saturationPressureOverIcePa(double temperatureK) {
        double t = ICE.check(temperatureK);
        return iceUnchecked(t);
    }

    /** Saturation vapour pressure over liquid water, Pa, Hyland–Wexler (eq. 6), valid 273.15–473.15 K. */
    public static double saturationPressureOverWaterPa(double temperatureK) {
        double t = WATER.check(temperatureK);
        return waterUnchecked(t);
    }

    /** Saturation vapour pressure, Pa: over ice below 273.15 K, over water from 273.15 K (173.15–473.15 K). */
    public static double saturationPressurePa(double temperatureK) {
        return temperatureK < T0_K ? saturationPressureOverIcePa(temperatureK)
                : saturationPressureOverWaterPa(temperatureK);
    }

    private static double iceUnchecked(double t) {
        return Math.exp(-5.6745359e3 / t + 6.3925247 - 9.6778430e-3 * t + 6.2215701e-7 * t * t
                + 2.0747825e-9 * t * t * t - 9.4840240e-13 * t * t * t * t + 4.1635019 * Math.log(t));
    }

    private static double waterUnchecked(double t) {
        return Math.exp(-5.8002206e3 / t + 1.3914993 - 4.8640239e-2 * t + 4.1764768e-5 * t * t
                - 1.4452093e-8 * t * t * t + 6.5459673 * Math.log(t));
    }

    /** Humidity ratio W = 0.621945·pw/(p − pw), kg/kg dry air (eq. 20), from vapour pressure pw &lt; p. */
    public static double humidityRatio(double vapourPressurePa, double pressurePa) {
        double p = PRESSURE.check(pressurePa);
        double pw = Range.belowExclusive("vapour pressure", vapourPressurePa, 0.0, p, "Pa", MODEL);
        return MASS_RATIO * pw / (p - pw);
    }

    /** Vapour pressure pw = p·W/(0.621945 + W), Pa (inverse of eq. 20). */
    public static double vapourPressurePa(double humidityRatio, double pressurePa) {
        double p = PRESSURE.check(pressurePa);
        double w = Range.atLeast("humidity ratio", humidityRatio, 0.0, "kg/kg", MODEL);
        return p * w / (MASS_RATIO + w);
    }

    /** Humidity ratio at saturation Ws(T, p), kg/kg dry air (eq. 23). */
    public static double saturationHumidityRatio(double dryBulbK, double pressurePa) {
        return humidityRatio(saturationPressurePa(DRY_BULB.check(dryBulbK)), pressurePa);
    }

    /** Humidity ratio from relative humidity φ (0–1, eq. 12 and 20), kg/kg dry air. */
    public static double humidityRatioFromRelativeHumidity(double dryBulbK, double relativeHumidity,
                                                           double pressurePa) {
        double pws = saturationPressurePa(DRY_BULB.check(dryBulbK));
        return humidityRatio(REL_HUM.check(relativeHumidity) * pws, pressurePa);
    }

    /** Relative humidity φ = pw/pws(T), 0–1 (eq. 12; dimensionless). */
    public static double relativeHumidity(double dryBulbK, double humidityRatio, double pressurePa) {
        double pws = saturationPressurePa(DRY_BULB.check(dryBulbK));
        return vapourPressurePa(humidityRatio, pressurePa) / pws;
    }

    /**
     * Dew point (frost point below 273.15 K), K: the temperature whose saturation pressure is pw, by bisection on
     * 173.15–473.15 K (inverse of eq. 5/6, ASHRAE's eq. 37/38 being an approximation of the same).
     *
     * @throws OutOfRangeException if pw is outside the saturation curve on that interval
     */
    public static double dewPointK(double vapourPressurePa) {
        double lo = ICE.min();
        double hi = WATER.max();
        double pw = vapourPressurePa;
        if (!(pw >= iceUnchecked(lo) && pw <= waterUnchecked(hi))) {
            throw new OutOfRangeException("vapour pressure", pw, iceUnchecked(lo), waterUnchecked(hi), "Pa", MODEL);
        }
        for (int i = 0; i < MAX_BISECTIONS && hi - lo > TOLERANCE_K; i++) {
            double mid = 0.5 * (lo + hi);
            if (saturationPressurePa(mid) < pw) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Dew point from dry-bulb and humidity ratio, K. */
    public static double dewPointK(double dryBulbK, double humidityRatio, double pressurePa) {
        DRY_BULB.check(dryBulbK);
        return Math.min(dryBulbK, dewPointK(vapourPressurePa(humidityRatio, pressurePa)));
    }

    /**
     * Humidity ratio from dry-bulb and thermodynamic wet-bulb, kg/kg dry air: ASHRAE eq. 33 (wet-bulb at or above
     * 0 °C) or eq. 35 (below 0 °C, over ice). May be negative for a wet-bulb too low for the dry-bulb.
     */
    public static double humidityRatioFromWetBulb(double dryBulbK, double wetBulbK, double pressurePa) {
        double t = DRY_BULB.check(dryBulbK);
        double twb = Range.belowExclusive("wet-bulb temperature", wetBulbK, ICE.min(), t + 1e-9, "K", MODEL);
        PRESSURE.check(pressurePa);
        double wsStar = saturatedRatioOrInfinity(twb, pressurePa);
        if (wsStar == Double.POSITIVE_INFINITY) {
            throw new OutOfRangeException("saturation pressure at wet-bulb", saturationPressurePa(twb), 0.0,
                    pressurePa, true, "Pa", MODEL);
        }
        return wetBulbEquation(t - T0_K, twb - T0_K, wsStar);
    }

    /** Eq. 33/35 with temperatures in °C; Ws* in kg/kg. */
    private static double wetBulbEquation(double tC, double twbC, double wsStar) {
        if (twbC >= 0.0) {
            return ((2501.0 - 2.326 * twbC) * wsStar - 1.006 * (tC - twbC)) / (2501.0 + 1.86 * tC - 4.186 * twbC);
        }
        return ((2830.0 - 0.24 * twbC) * wsStar - 1.006 * (tC - twbC)) / (2830.0 + 1.86 * tC - 2.1 * twbC);
    }

    /** Saturation humidity ratio, or +∞ where saturation pressure reaches p (no saturated air there). */
    private static double saturatedRatioOrInfinity(double tK, double pressurePa) {
        double pws = tK < T0_K ? iceUnchecked(tK) : waterUnchecked(tK);
        return pws >= pressurePa ? Double.POSITIVE_INFINITY : MASS_RATIO * pws / (pressurePa - pws);
    }

    /**
     * Thermodynamic wet-bulb temperature, K, from dry-bulb and humidity ratio: solves eq. 33/35 for t* by bisection
     * between 173.15 K and the dry-bulb (at most 200 halvings), so the result never exceeds the dry-bulb.
     *
     * @throws OutOfRangeException if an input is out of range or W exceeds saturation at the dry-bulb
     */
    public static double wetBulbK(double dryBulbK, double humidityRatio, double pressurePa) {
        double t = DRY_BULB.check(dryBulbK);
        double p = PRESSURE.check(pressurePa);
        double ws = saturatedRatioOrInfinity(t, p);
        double w = Range.atLeast("humidity ratio", humidityRatio, 0.0, "kg/kg", MODEL);
        if (w > ws * (1 + 1e-12)) {
            throw new OutOfRangeException("humidity ratio", w, 0.0, ws, "kg/kg", MODEL);
        }
        double lo = ICE.min();
        double hi = t;
        for (int i = 0; i < MAX_BISECTIONS && hi - lo > TOLERANCE_K; i++) {
            double mid = 0.5 * (lo + hi);
            double wMid = wetBulbEquation(t - T0_K, mid - T0_K, saturatedRatioOrInfinity(mid, p));
            if (wMid < w) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.min(t, 0.5 * (lo + hi));
    }

    /** Thermodynamic wet-bulb temperature, K, from dry-bulb and relative humidity (0–1). */
    public static double wetBulbFromRelativeHumidityK(double dryBulbK, double relativeHumidity, double pressurePa) {
        return wetBulbK(dryBulbK, humidityRatioFromRelativeHumidity(dryBulbK, relativeHumidity, pressurePa),
                pressurePa);
    }

    /** Moist-air enthalpy h = 1006·t + W·(2 501 000 + 1860·t), J/kg dry air, t in °C (eq. 32; 0 at 0 °C dry air). */
    public static double enthalpyJPerKg(double dryBulbK, double humidityRatio) {
        double tC = DRY_BULB.check(dryBulbK) - T0_K;
        double w = Range.atLeast("humidity ratio", humidityRatio, 0.0, "kg/kg", MODEL);
        return 1006.0 * tC + w * (2_501_000.0 + 1860.0 * tC);
    }

    /** Moist-air specific volume v = 287.042·T·(1 + 1.607858·W)/p, m³/kg dry air (eq. 26/28). */
    public static double specificVolumeM3PerKg(double dryBulbK, double humidityRatio, double pressurePa) {
        double t = DRY_BULB.check(dryBulbK);
        double w = Range.atLeast("humidity ratio", humidityRatio, 0.0, "kg/kg", MODEL);
        return 287.042 * t * (1.0 + 1.607858 * w) / PRESSURE.check(pressurePa);
    }

    /** Moist-air density ρ = (1 + W)/v, kg of moist air per m³ (eq. 11 with eq. 28). */
    public static double densityKgM3(double dryBulbK, double humidityRatio, double pressurePa) {
        return (1.0 + humidityRatio) / specificVolumeM3PerKg(dryBulbK, humidityRatio, pressurePa);
    }
}
