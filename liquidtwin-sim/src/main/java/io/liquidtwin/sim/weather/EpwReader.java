package io.liquidtwin.sim.weather;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads an EnergyPlus weather file (EPW; EnergyPlus "Auxiliary Programs", chapter "Weather Converter Program",
 * section "EnergyPlus Weather File (EPW) Data Dictionary"): 8 header lines (LOCATION … DATA PERIODS), then 8760 or
 * 8784 hourly rows of 35 comma-separated fields. Kept per hour: dry-bulb (field 7, °C), dew point (8, °C), relative
 * humidity (9, %), station pressure (10, Pa), converted to K, 0–1 and Pa.
 *
 * <p>Missing values — the EPW markers (99.9 °C, 999 %, 999999 Pa) or values outside the format's valid ranges
 * (−70…70 °C, 0…110 %, 31 000…120 000 Pa) — are filled by linear interpolation between neighbouring valid hours and
 * counted in {@link WeatherYear#filled()}; more than 10 % missing in a field is an error. Every problem found is
 * reported at once (up to {@link #MAX_ERRORS}) as a {@link WeatherFileException}; nothing else is thrown. Names
 * ending in {@code .gz} are read through gzip.
 */
public final class EpwReader {

    /** Errors collected before reading stops. */
    public static final int MAX_ERRORS = 50;
    /** Largest fraction of missing hours per field that is filled rather than rejected. */
    public static final double MAX_MISSING_FRACTION = 0.10;
    static final int HEADER_LINES = 8;
    static final int FIELDS = 35;
    private static final String[] HEADERS = {"LOCATION", "DESIGN CONDITIONS", "TYPICAL/EXTREME PERIODS",
        "GROUND TEMPERATURES", "HOLIDAYS/DAYLIGHT SAVINGS", "COMMENTS 1", "COMMENTS 2", "DATA PERIODS"};
    private static final double KELVIN = 273.15;

    private EpwReader() {
    }

    /**
     * Reads one weather file.
     *
     * @param path an {@code .epw} file, or gzip-compressed if the name ends in {@code .gz}
     * @return the weather year, SI
     * @throws WeatherFileException listing every problem (missing, empty or truncated file, wrong field counts,
     *                              non-numbers, dates out of range, wrong number of hours, too many missing values)
     */
    public static WeatherYear read(Path path) {
        String file = path.toString();
        ErrorList errors = new ErrorList(file, MAX_ERRORS);
        String text = load(path, errors);
        errors.throwIfAny();
        List<String> lines = new ArrayList<>(text.lines().toList());
        boolean unterminated = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
        if (lines.stream().allMatch(String::isBlank)) {
            errors.add(0, "the file is empty; expected 8 EPW header lines (LOCATION … DATA PERIODS) and 8760 hours");
            errors.throwIfAny();
        }
        if (lines.size() < HEADER_LINES) {
            errors.add(lines.size(), "file ends after " + lines.size() + " lines, inside the header; expected "
                    + HEADER_LINES + " header lines (LOCATION … DATA PERIODS) followed by 8760 hourly rows");
        }
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            if (!lines.get(i).trim().toUpperCase(Locale.ROOT).startsWith(HEADERS[i])) {
                errors.add(i + 1, "expected the " + HEADERS[i] + " header line, got '" + clip(lines.get(i)) + "'");
            }
        }
        WeatherSite site = lines.isEmpty() ? null : site(lines.get(0), errors);
        while (lines.size() > HEADER_LINES && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
            unterminated = false;
        }
        int rows = Math.max(0, lines.size() - HEADER_LINES);
        HourlyColumns columns = new HourlyColumns(rows);
        for (int r = 0; r < rows && !errors.full(); r++) {
            boolean lastLine = r == rows - 1;
            columns.parse(r, lines.get(HEADER_LINES + r), HEADER_LINES + r + 1, lastLine && unterminated, errors);
        }
        if (lines.size() >= HEADER_LINES && rows != 8760 && rows != 8784) {
            errors.add(lines.size() + (rows < 8760 ? 1 : 0), "found " + rows + " hourly rows; expected 8760 (or 8784"
                    + " in a leap year)" + (rows < 8760 ? " — the file is truncated or rows are missing" : ""));
        }
        errors.throwIfAny();
        FilledValues filled = new FilledValues(
                fill(columns.dryBulbC, "dry-bulb temperature", errors),
                fill(columns.dewPointC, "dew-point temperature", errors),
                fill(columns.relHumPct, "relative humidity", errors),
                fill(columns.pressurePa, "station pressure", errors));
        errors.throwIfAny();
        List<WeatherHour> hours = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            hours.add(new WeatherHour(columns.month[r], columns.day[r], columns.hour[r], columns.dryBulbC[r] + KELVIN,
                    columns.dewPointC[r] + KELVIN, Math.min(1.0, columns.relHumPct[r] / 100.0),
                    columns.pressurePa[r]));
        }
        return new WeatherYear(file, site, hours, filled);
    }

    private static String load(Path path, ErrorList errors) {
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = path.getFileName() != null && path.getFileName().toString().endsWith(".gz")
                     ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            errors.add(0, "file not found; expected an EnergyPlus weather file (.epw)");
        } catch (IOException | RuntimeException e) {
            errors.add(0, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); expected a readable .epw file" + (file(path).endsWith(".gz") ? " compressed with gzip" : ""));
        }
        return "";
    }

    private static String file(Path path) {
        return String.valueOf(path.getFileName());
    }

    private static WeatherSite site(String line, ErrorList errors) {
        if (!line.trim().toUpperCase(Locale.ROOT).startsWith("LOCATION")) {
            return null; // already reported
        }
        String[] f = line.split(",", -1);
        if (f.length < 10) {
            errors.add(1, "LOCATION line has " + f.length + " fields; expected 10 (LOCATION, city, region, country,"
                    + " source, WMO, latitude, longitude, time zone, elevation)");
            return null;
        }
        double lat = EpwFields.number(f[6], 1, "LOCATION latitude", -90, 90, "degrees", errors);
        double lon = EpwFields.number(f[7], 1, "LOCATION longitude", -180, 180, "degrees", errors);
        double tz = EpwFields.number(f[8], 1, "LOCATION time zone", -12, 14, "hours from GMT", errors);
        double elev = EpwFields.number(f[9], 1, "LOCATION elevation", -1000, 9999.9, "m", errors);
        return new WeatherSite(f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim(), f[5].trim(), lat, lon, tz, elev);
    }

    private static int fill(double[] series, String field, ErrorList errors) {
        int missing = MissingFill.countMissing(series);
        if (missing > MAX_MISSING_FRACTION * series.length) {
            int first = 0;
            while (!Double.isNaN(series[first])) {
                first++;
            }
            errors.add(HEADER_LINES + first + 1, String.format(Locale.ROOT, "%s: %d of %d hours missing (%.1f %%,"
                    + " first on this line); at most %.0f %% can be filled by interpolation", field, missing, series.length, 100.0 * missing / series.length,
                    100 * MAX_MISSING_FRACTION));
            return missing;
        }
        MissingFill.fill(series);
        return missing;
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
