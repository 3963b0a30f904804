package io.liquidtwin.sim.weather;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Monthly climate normals of one site, the input of {@link SyntheticYear}: for each month the mean daily dry-bulb,
 * the mean daily range (mean daily maximum − mean daily minimum), the mean relative humidity and the mean station
 * pressure. Units as named (°C, K, 0–1, Pa); the generator converts to SI kelvin.
 *
 * <p>The constructor validates everything and throws one {@link IllegalArgumentException} listing every problem, each
 * naming the month and field, e.g. {@code month 3 (Mar) mean daily range: must be 0–25 K, got -2.0}.
 *
 * @param name         site name
 * @param latitudeDeg  latitude, degrees north (−90…90)
 * @param longitudeDeg longitude, degrees east (−180…180)
 * @param elevationM   elevation above sea level, m (−500…5000)
 * @param months       exactly 12 months, January first
 */
public record MonthlyNormals(String name, double latitudeDeg, double longitudeDeg, double elevationM,
                             List<Month> months) {

    /** Plausibility bounds (the generated hours must stay inside {@link Psychrometrics}' −60…+90 °C). */
    public static final double MIN_MEAN_C = -45.0;
    public static final double MAX_MEAN_C = 45.0;
    public static final double MAX_RANGE_K = 25.0;
    public static final double MIN_RH = 0.02;
    public static final double MIN_PRESSURE_PA = 50_000.0;
    public static final double MAX_PRESSURE_PA = 110_000.0;

    static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    /**
     * One month's normals.
     *
     * @param meanDryBulbC         mean daily dry-bulb, °C
     * @param meanDailyRangeK      mean daily range (max − min), K
     * @param meanRelativeHumidity mean relative humidity, 0–1
     * @param pressurePa           mean station pressure, Pa
     */
    public record Month(double meanDryBulbC, double meanDailyRangeK, double meanRelativeHumidity, double pressurePa) {
    }

    public MonthlyNormals {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(months, "months");
        months = List.copyOf(months);
        List<String> errors = new ArrayList<>();
        check(errors, "site latitude", latitudeDeg, -90, 90, "°");
        check(errors, "site longitude", longitudeDeg, -180, 180, "°");
        check(errors, "site elevation", elevationM, -500, 5000, "m");
        if (months.size() != 12) {
            errors.add("expected 12 months, got " + months.size());
        } else {
            for (int i = 0; i < 12; i++) {
                Month m = months.get(i);
                String p = "month " + (i + 1) + " (" + MONTH_NAMES[i] + ") ";
                check(errors, p + "mean dry-bulb", m.meanDryBulbC(), MIN_MEAN_C, MAX_MEAN_C, "°C");
                check(errors, p + "mean daily range", m.meanDailyRangeK(), 0.0, MAX_RANGE_K, "K");
                check(errors, p + "mean relative humidity", m.meanRelativeHumidity(), MIN_RH, 1.0, "(fraction 0–1)");
                check(errors, p + "mean station pressure", m.pressurePa(), MIN_PRESSURE_PA, MAX_PRESSURE_PA, "Pa");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid monthly normals for site '" + name + "': "
                    + String.join("; ", errors));
        }
    }

    private static void check(List<String> errors, String field, double v, double lo, double hi, String unit) {
        if (!(v >= lo && v <= hi)) {
            errors.add(field + ": must be " + lo + "–" + hi + " " + unit + ", got " + v);
        }
    }

    /**
     * Station pressure from elevation by the ICAO standard atmosphere (ISO 2533, troposphere):
     * p = 101 325 Pa · (1 − 2.25577·10⁻⁵ m⁻¹ · z)^5.25588.
     */
    public static double standardPressurePa(double elevationM) {
        return 101_325.0 * Math.pow(1.0 - 2.25577e-5 * elevationM, 5.25588);
    }

    /**
     * Normals with the station pressure of every month taken from the elevation (ICAO standard atmosphere).
     *
     * @param meanDryBulbC         12 monthly mean daily dry-bulbs, °C
     * @param meanDailyRangeK      12 monthly mean daily ranges, K
     * @param meanRelativeHumidity 12 monthly mean relative humidities, 0–1
     */
    public static MonthlyNormals of(String name, double latitudeDeg, double longitudeDeg, double elevationM,
                                    double[] meanDryBulbC, double[] meanDailyRangeK, double[] meanRelativeHumidity) {
        for (double[] a : new double[][] {meanDryBulbC, meanDailyRangeK, meanRelativeHumidity}) {
            if (a.length != 12) {
                throw new IllegalArgumentException("invalid monthly normals for site '" + name
                        + "': expected 12 monthly values, got " + a.length);
            }
        }
        double p = standardPressurePa(elevationM);
        List<Month> ms = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            ms.add(new Month(meanDryBulbC[i], meanDailyRangeK[i], meanRelativeHumidity[i], p));
        }
        return new MonthlyNormals(name, latitudeDeg, longitudeDeg, elevationM, ms);
    }

    /** Annual mean of the monthly mean dry-bulbs weighted by days per month (non-leap year), °C. */
    public double annualMeanDryBulbC() {
        double s = 0;
        for (int i = 0; i < 12; i++) {
            s += months.get(i).meanDryBulbC() * SyntheticYear.DAYS_IN_MONTH[i];
        }
        return s / 365.0;
    }

    /**
     * Qingdao (CMA station 54857), the default site.
     *
     * <p>Temperature source: the "Qingdao" climate chart of Wikipedia as mirrored at
     * https://primidi.com/qingdao/geography_and_climate, "Average max. and min. temperatures in °C", source given there
     * as the Hong Kong Observatory (which tabulates CMA station normals; the averaging period is not stated on the
     * retrieved page, and the values are whole degrees). Monthly max / min, °C, Jan…Dec:
     * max 3 5 9 15 20 24 27 28 25 20 12 6; min −3 −2 2 8 13 18 22 23 19 13 6 −1.
     * Mean daily dry-bulb = (max + min)/2, daily range = max − min; annual mean (1/12 each) 13.0 °C. The same page's
     * prose (from Wikipedia, citing CMA) gives an annual mean of 12.6 °C, January −0.5 °C and August 25.3 °C, i.e.
     * a different period/averaging; the 1991–2020 CMA table itself could NOT be retrieved here.
     *
     * <p>APPROXIMATE, NOT FROM A RETRIEVED SOURCE: the relative humidities (typical coastal-Shandong values, dry
     * winter ~0.63, humid July ~0.88) and the station coordinates/elevation (36.07 °N, 120.33 °E, 77 m; pressure from
     * the ICAO standard atmosphere) are the author's estimates and should be replaced by the CMA normals.
     */
    public static MonthlyNormals qingdao() {
        double[] max = {3, 5, 9, 15, 20, 24, 27, 28, 25, 20, 12, 6};
        double[] min = {-3, -2, 2, 8, 13, 18, 22, 23, 19, 13, 6, -1};
        double[] rhApprox = {0.63, 0.64, 0.65, 0.68, 0.73, 0.83, 0.88, 0.85, 0.75, 0.67, 0.65, 0.63};
        double[] mean = new double[12];
        double[] range = new double[12];
        for (int i = 0; i < 12; i++) {
            mean[i] = 0.5 * (max[i] + min[i]);
            range[i] = max[i] - min[i];
        }
        return of("Qingdao", 36.07, 120.33, 77.0, mean, range, rhApprox);
    }
}
