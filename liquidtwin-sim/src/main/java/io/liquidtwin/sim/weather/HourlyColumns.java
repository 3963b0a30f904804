package io.liquidtwin.sim.weather;

/**
 * The kept columns of the EPW data rows, in file units (°C, %, Pa); NaN marks a missing value to be filled.
 * Package-private helper of {@link EpwReader}.
 */
final class HourlyColumns {

    final int[] month;
    final int[] day;
    final int[] hour;
    final double[] dryBulbC;
    final double[] dewPointC;
    final double[] relHumPct;
    final double[] pressurePa;

    HourlyColumns(int rows) {
        month = new int[rows];
        day = new int[rows];
        hour = new int[rows];
        dryBulbC = new double[rows];
        dewPointC = new double[rows];
        relHumPct = new double[rows];
        pressurePa = new double[rows];
    }

    /** Parses data row r from {@code text} (file line {@code line}); reports problems instead of throwing. */
    void parse(int r, String text, int line, boolean unterminated, ErrorList errors) {
        String[] f = text.split(",", -1);
        if (f.length != EpwReader.FIELDS) {
            errors.add(line, (unterminated ? "truncated line at the end of the file: " : "")
                    + "expected " + EpwReader.FIELDS + " comma-separated fields (year, month, day, hour, minute,"
                    + " flags, dry bulb, dew point, relative humidity, pressure, …), got " + f.length);
            return;
        }
        EpwFields.integer(f[0], line, "field 1 (year)", 0, 9999, errors);
        month[r] = EpwFields.integer(f[1], line, "field 2 (month)", 1, 12, errors);
        day[r] = EpwFields.integer(f[2], line, "field 3 (day)", 1, 31, errors);
        hour[r] = EpwFields.integer(f[3], line, "field 4 (hour)", 1, 24, errors);
        EpwFields.integer(f[4], line, "field 5 (minute)", 0, 60, errors);
        dryBulbC[r] = value(f[6], line, "field 7 (dry-bulb temperature, °C)", -70, 70, errors);
        dewPointC[r] = value(f[7], line, "field 8 (dew-point temperature, °C)", -70, 70, errors);
        relHumPct[r] = value(f[8], line, "field 9 (relative humidity, %)", 0, 110, errors);
        pressurePa[r] = value(f[9], line, "field 10 (station pressure, Pa)", 31_000, 120_000, errors);
    }

    /**
     * A numeric value; one outside the EPW valid range [min, max] (including the missing markers 99.9, 999,
     * 999999) is missing (NaN) without error; a non-number is an error.
     */
    private static double value(String text, int line, String what, double min, double max, ErrorList errors) {
        double v = EpwFields.parse(text);
        if (Double.isNaN(v)) {
            errors.add(line, what + ": expected a number, got '" + EpwReader.clip(text.trim()) + "'");
            return Double.NaN;
        }
        return v >= min && v <= max ? v : Double.NaN;
    }
}
