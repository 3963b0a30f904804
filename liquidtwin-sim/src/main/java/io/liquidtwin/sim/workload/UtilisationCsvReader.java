package io.liquidtwin.sim.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a utilisation series from a comma-separated file with a header row, e.g. the hourly Alibaba CPU series of
 * HewlettPackard/dc-rl ({@code ,cpu_load} then {@code 1,0.3809…}). The column is chosen by its header name (surrounding
 * quotes and blanks ignored); every row must have as many fields as the header; blank lines are skipped. The file
 * carries no timestamps: rows are taken to be {@code intervalS} apart, the first at t = 0. UTF-8 (a byte-order mark
 * is ignored); names ending in {@code .gz} are read through gzip.
 *
 * <p>Errors (missing file or column, wrong field count, a value that is not a finite number, below 0, or above the
 * scale's maximum) are collected with file and line (up to {@link SwfReader#MAX_ERRORS}) and thrown together as one
 * {@link WorkloadFileException}. Nothing is skipped silently.
 */
public final class UtilisationCsvReader {

    private UtilisationCsvReader() {
    }

    /**
     * @param path      the file ({@code .csv} or {@code .csv.gz})
     * @param column    the header name of the column to read
     * @param scale     how its values are written
     * @param intervalS time between rows, s, &gt; 0 (3600 for hourly data)
     * @return the column as fractions 0–1
     * @throws WorkloadFileException listing every problem
     */
    public static UtilisationColumn read(Path path, String column, ValueScale scale, double intervalS) {
        if (!(intervalS > 0) || !Double.isFinite(intervalS)) {
            throw new IllegalArgumentException("row interval must be finite and > 0 s, got " + intervalS);
        }
        String file = path.toString();
        ErrorList errors = new ErrorList(file, SwfReader.MAX_ERRORS);
        double[] values = new double[1024];
        int[] lines = new int[1024];
        int rows = 0;
        try (BufferedReader in = open(path)) {
            String header = in.readLine();
            if (header == null) {
                throw fail(file, errors, 0, "empty file; expected a header row naming the columns");
            }
            String[] names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
            int col = Arrays.asList(names).indexOf(column.trim());
            if (col < 0) {
                throw fail(file, errors, 1, "no column '" + column + "'; the header has " + Arrays.toString(names));
            }
            int n = 1;
            for (String line = in.readLine(); line != null && !errors.full(); line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = split(line);
                if (f.length != names.length) {
                    errors.add(n, "found " + f.length + " fields; expected " + names.length + " as in the header");
                    continue;
                }
                double v = value(f[col], scale, n, column, errors);
                if (rows == values.length) {
                    values = Arrays.copyOf(values, 2 * rows);
                    lines = Arrays.copyOf(lines, 2 * rows);
                }
                values[rows] = v;
                lines[rows++] = n;
            }
        } catch (NoSuchFileException e) {
            errors.add(0, "file not found; expected a CSV file with a header row");
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkloadFileException w) {
                throw w;
            }
            errors.add(0, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (errors.isEmpty() && rows == 0) {
            errors.add(0, "no data rows after the header");
        }
        ValueScale read = scale;
        if (errors.isEmpty() && scale == ValueScale.DETECT) {
            read = Arrays.stream(values, 0, rows).max().orElse(0) > 1 ? ValueScale.PERCENT : ValueScale.FRACTION;
        }
        if (errors.isEmpty() && read == ValueScale.PERCENT) {
            for (int i = 0; i < rows; i++) {
                if (values[i] > 100) {
                    errors.add(lines[i], column + ": got " + values[i] + "; percent values must be in [0, 100]");
                }
                values[i] /= 100;
            }
        }
        if (!errors.isEmpty()) {
            throw new WorkloadFileException(file, errors.list());
        }
        return new UtilisationColumn(file, column.trim(), read, intervalS, Arrays.copyOf(values, rows));
    }

    /** @return the value, or NaN after recording why it is not acceptable */
    private static double value(String s, ValueScale scale, int line, String column, ErrorList errors) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            errors.add(line, column + ": expected a number, got '" + SwfReader.clip(s) + "'");
            return Double.NaN;
        }
        double max = scale == ValueScale.FRACTION ? 1 : 100;
        if (!Double.isFinite(v) || v < 0 || v > max) {
            errors.add(line, column + ": got " + s + "; expected " + (scale == ValueScale.FRACTION ? "a fraction in [0, 1]"
                    : scale == ValueScale.PERCENT ? "a percentage in [0, 100]" : "a fraction in [0, 1] or a percentage"
                    + " in [0, 100]"));
            return Double.NaN;
        }
        return v;
    }

    private static String[] split(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            String t = f[i].trim();
            f[i] = t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
        }
        return f;
    }

    private static WorkloadFileException fail(String file, ErrorList errors, int line, String message) {
        errors.add(line, message);
        return new WorkloadFileException(file, errors.list());
    }

    private static BufferedReader open(Path path) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            InputStream in = String.valueOf(path.getFileName()).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}
