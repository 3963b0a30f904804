package io.liquidtwin.sim.weather;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic typical year (8760 hours, non-leap) from {@link MonthlyNormals}, for sites without an EPW file.
 *
 * <ul>
 *   <li><b>Daily mean and daily range</b>: piecewise linear in the day of year between anchors at each month's
 *   mid-point, wrapping December→January. Plain linear interpolation through the monthly values would shift each
 *   month's mean by about (T<sub>m−1</sub> − 2T<sub>m</sub> + T<sub>m+1</sub>)/8 (up to ≈0.6 K for Qingdao in
 *   August), so the anchors are corrected by a fixed-point iteration until every month's mean of the generated days
 *   equals its normal to {@value #TOLERANCE} (the iteration contracts by ≤ ½ per step).</li>
 *   <li><b>Diurnal cycle</b>: T(h) = T<sub>mean</sub> + R·(f̄ − f(h)) with f the "fraction of daily range" of ASHRAE
 *   Handbook — Fundamentals (2021) ch. 14, Table 6 (hour 1 … 24; 1.00 at hour 5 = daily minimum, 0.00 at hours
 *   14–15 = daily maximum) and f̄ its mean, so each day's 24-hour mean is T<sub>mean</sub> and its max − min is R.
 *   The table was confirmed from a third-party source quoting it (not the Handbook itself).</li>
 *   <li><b>Humidity</b>: a dew point constant over each month (so RH falls by day and rises at night as it does
 *   in reality). It starts from the monthly RH at the monthly mean temperature, then is adjusted by bisection on the
 *   vapour pressure so that the month's mean hourly RH equals the normal (RH is convex in T, so the plain value
 *   would bias mean RH upward by a few per cent). Hours colder than the dew point are saturated (RH 1, dew point =
 *   dry-bulb).</li>
 *   <li><b>Pressure</b>: constant per month.</li>
 *   <li><b>Noise</b> (optional): with a non-zero seed, a seeded AR(1) day-to-day anomaly (σ 1.5 K, lag-1 0.7) is added
 *   to the daily mean, re-centred per month so the monthly means stay exact. Seed 0: no randomness.</li>
 * </ul>
 * Hour h (1–24) follows the EPW convention; the temperature is taken at clock time h:00 local standard time.
 */
public final class SyntheticYear {

    static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** ASHRAE Handbook — Fundamentals (2021) ch. 14 Table 6, fraction of daily range below the maximum, hours 1–24. */
    static final double[] FRACTION_OF_DAILY_RANGE = {
        0.88, 0.92, 0.95, 0.98, 1.00, 0.98, 0.91, 0.74, 0.55, 0.38, 0.23, 0.13,
        0.05, 0.00, 0.00, 0.06, 0.14, 0.24, 0.39, 0.50, 0.59, 0.68, 0.75, 0.82};
    static final double TOLERANCE = 1e-9;
    private static final double T0 = 273.15;
    private static final double NOISE_SIGMA_K = 1.5;
    private static final double NOISE_LAG1 = 0.7;
    private static final int[] FIRST_DAY = new int[13];
    private static final double MEAN_FRACTION;

    static {
        for (int m = 0; m < 12; m++) {
            FIRST_DAY[m + 1] = FIRST_DAY[m] + DAYS_IN_MONTH[m];
        }
        double s = 0;
        for (double f : FRACTION_OF_DAILY_RANGE) {
            s += f;
        }
        MEAN_FRACTION = s / 24.0;
    }

    private SyntheticYear() {
    }

    /**
     * @param normals    the site's monthly normals
     * @param seedOrZero 0 for a deterministic smooth year; any other value adds seeded day-to-day noise
     * @return 8760 hours, file name {@code synthetic:<site>}, no filled values
     * @throws IllegalArgumentException if the generated temperatures leave −60…+60 °C (naming the month)
     */
    public static WeatherYear generate(MonthlyNormals normals, int seedOrZero) {
        double[] meanC = new double[12];
        double[] rangeK = new double[12];
        for (int m = 0; m < 12; m++) {
            meanC[m] = normals.months().get(m).meanDryBulbC();
            rangeK[m] = normals.months().get(m).meanDailyRangeK();
        }
        double[] dayMean = meanPreservingDaily(meanC, Double.NEGATIVE_INFINITY);
        double[] dayRange = meanPreservingDaily(rangeK, 0.0);
        if (seedOrZero != 0) {
            addNoise(dayMean, seedOrZero);
        }
        double[] tK = new double[8760];
        for (int d = 0; d < 365; d++) {
            for (int h = 0; h < 24; h++) {
                tK[d * 24 + h] = T0 + dayMean[d] + dayRange[d] * (MEAN_FRACTION - FRACTION_OF_DAILY_RANGE[h]);
            }
        }
        List<WeatherHour> hours = new ArrayList<>(8760);
        for (int m = 0; m < 12; m++) {
            MonthlyNormals.Month mn = normals.months().get(m);
            int h0 = FIRST_DAY[m] * 24;
            int h1 = FIRST_DAY[m + 1] * 24;
            double[] es = new double[h1 - h0];
            for (int i = h0; i < h1; i++) {
                double c = tK[i] - T0;
                if (!(c >= -60.0 && c <= 60.0)) {
                    throw new IllegalArgumentException("monthly normals for site '" + normals.name() + "': month "
                            + (m + 1) + " (" + MonthlyNormals.MONTH_NAMES[m] + ") generated dry-bulb " + c
                            + " °C is outside −60…+60 °C; check the mean dry-bulb and daily range");
                }
                es[i - h0] = Psychrometrics.saturationPressurePa(tK[i]);
            }
            double pw = vapourPressureForMeanRh(es, mn.meanRelativeHumidity(),
                    mn.meanRelativeHumidity() * Psychrometrics.saturationPressurePa(T0 + mn.meanDryBulbC()));
            double td = Psychrometrics.dewPointK(pw);
            for (int i = h0; i < h1; i++) {
                int day = i / 24 - FIRST_DAY[m] + 1;
                int hour = i % 24 + 1;
                double rh = Math.min(1.0, pw / es[i - h0]);
                hours.add(new WeatherHour(m + 1, day, hour, tK[i], Math.min(td, tK[i]), rh, mn.pressurePa()));
            }
        }
        WeatherSite site = new WeatherSite(normals.name(), "-", "-", "synthetic from monthly normals", "-",
                normals.latitudeDeg(), normals.longitudeDeg(), Math.round(normals.longitudeDeg() / 15.0),
                normals.elevationM());
        return new WeatherYear("synthetic:" + normals.name(), site, hours, new FilledValues(0, 0, 0, 0));
    }

    /** Mean over the month's hours of min(1, pw/es); monotone non-decreasing in pw. */
    private static double meanRh(double[] es, double pw) {
        double s = 0;
        for (double e : es) {
            s += Math.min(1.0, pw / e);
        }
        return s / es.length;
    }

    /** Vapour pressure whose month-mean RH equals target, by bisection on [0, max es]. */
    private static double vapourPressureForMeanRh(double[] es, double target, double firstGuess) {
        double lo = 0;
        double hi = 0;
        for (double e : es) {
            hi = Math.max(hi, e);
        }
        if (Math.abs(meanRh(es, firstGuess) - target) < TOLERANCE) {
            return firstGuess;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-9 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (meanRh(es, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Mid-point of month m, in days from 1 January 00:00. */
    private static double midDay(int m) {
        return FIRST_DAY[m] + DAYS_IN_MONTH[m] / 2.0;
    }

    /** 365 daily values, linear between monthly anchors (cyclic), floored, evaluated at each day's centre. */
    static double[] linearDaily(double[] anchors, double floor) {
        double[] out = new double[365];
        for (int d = 0; d < 365; d++) {
            double t = d + 0.5;
            int m = 11;
            for (int k = 0; k < 12; k++) {
                if (midDay(k) <= t) {
                    m = k;
                }
            }
            if (t < midDay(0)) {
                m = 11;
            }
            int n = (m + 1) % 12;
            double t0 = midDay(m);
            double t1 = midDay(n);
            if (t0 > t) {
                t0 -= 365;
            }
            if (t1 <= t0) {
                t1 += 365;
            }
            double w = (t - t0) / (t1 - t0);
            out[d] = Math.max(floor, anchors[m] * (1 - w) + anchors[n] * w);
        }
        return out;
    }

    /** Month means of 365 daily values. */
    static double[] monthMeans(double[] daily) {
        double[] mm = new double[12];
        for (int m = 0; m < 12; m++) {
            double s = 0;
            for (int d = FIRST_DAY[m]; d < FIRST_DAY[m + 1]; d++) {
                s += daily[d];
            }
            mm[m] = s / DAYS_IN_MONTH[m];
        }
        return mm;
    }

    /** Daily values whose month means reproduce {@code monthly}: anchors corrected by fixed-point iteration. */
    static double[] meanPreservingDaily(double[] monthly, double floor) {
        double[] anchors = monthly.clone();
        double[] daily = linearDaily(anchors, floor);
        for (int it = 0; it < 200; it++) {
            double[] mm = monthMeans(daily);
            double err = 0;
            for (int m = 0; m < 12; m++) {
                double e = monthly[m] - mm[m];
                err = Math.max(err, Math.abs(e));
                anchors[m] += e;
            }
            if (err < TOLERANCE) {
                break;
            }
            daily = linearDaily(anchors, floor);
        }
        return daily;
    }

    private static void addNoise(double[] dayMean, int seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] a = new double[365];
        double x = 0;
        double innov = NOISE_SIGMA_K * Math.sqrt(1 - NOISE_LAG1 * NOISE_LAG1);
        for (int d = 0; d < 365; d++) {
            x = NOISE_LAG1 * x + innov * rnd.nextGaussian();
            a[d] = x;
        }
        double[] mm = monthMeans(a);
        for (int m = 0; m < 12; m++) {
            for (int d = FIRST_DAY[m]; d < FIRST_DAY[m + 1]; d++) {
                dayMean[d] += a[d] - mm[m];
            }
        }
    }
}
