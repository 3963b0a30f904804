package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports telemetry from CSV (UTF-8, comma-separated, RFC 4180 quotes within a line). The header's first column is
 * {@code time} or {@code timestamp}; its cells are ISO-8601 with an offset ({@code 2026-01-01T00:00:00Z},
 * {@code …+08:00}) or an integer epoch in {@link Options#epochUnit()}. Two layouts:
 * <ul>
 *   <li><b>wide</b> — one column per series; a header {@code name [unit]} (as the simulator writes) gives series
 *       {@code name} with tag {@code unit}; an empty cell is no sample;</li>
 *   <li><b>long</b> — header exactly {@code time,series,value}: one sample per row.</li>
 * </ul>
 * Every sample is GOOD and carries {@link Options#tags()}. A bad row (time, cell count, quotes, encoding) gives one
 * {@link LineError} and no samples; a bad cell of a wide row gives an error for that cell and the row's other cells
 * are kept; a header column that is not a valid series is reported on line 1 and skipped. Blank lines and a leading
 * byte-order mark are ignored. The file is read whole.
 */
public final class CsvImport {

    /**
     * @param epochUnit unit of integer time cells
     * @param tags      tags added to every series
     */
    public record Options(Precision epochUnit, Map<String, String> tags) {
        /** Epoch milliseconds, no tags. */
        public static final Options DEFAULT = new Options(Precision.MILLISECONDS, Map.of());

        public Options {
            tags = Map.copyOf(tags);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern EPOCH = Pattern.compile("-?\\d+");
    private static final Pattern WITH_UNIT = Pattern.compile("(.*\\S)\\s*\\[(.+)]");

    private CsvImport() {
    }

    /** Reads a CSV file; @throws IOException only if the file cannot be read */
    public static ParseResult read(Path file, Options options) throws IOException {
        return parse(Files.readAllBytes(file), options);
    }

    /** Parses CSV bytes; never throws. */
    public static ParseResult parse(byte[] body, Options options) {
        List<Sample> samples = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        List<SeriesKey> columns = null; // null until the header; an entry is null for a skipped column
        boolean longFormat = false;
        int lineNo = 0;
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        while (start < body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            lineNo++;
            int stop = end > start && body[end - 1] == '\r' ? end - 1 : end;
            String line = new String(body, start, stop - start, StandardCharsets.UTF_8);
            int lineStart = start;
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                if (Utf8.firstMalformed(body, lineStart, stop) >= 0) {
                    throw new IllegalArgumentException("not valid UTF-8");
                }
                List<String> cells = split(line);
                if (columns == null) {
                    longFormat = cells.size() == 3 && cells.get(1).trim().equalsIgnoreCase("series")
                            && cells.get(2).trim().equalsIgnoreCase("value");
                    columns = header(cells, longFormat, lineNo, line, options, errors);
                    if (columns.isEmpty() && !longFormat) {
                        return new ParseResult(samples, errors);
                    }
                    continue;
                }
                if (cells.size() != columns.size() + 1) {
                    throw new IllegalArgumentException("row has " + cells.size() + " cells, the header "
                            + (columns.size() + 1));
                }
                long t = time(cells.get(0).trim(), options.epochUnit());
                if (longFormat) {
                    SeriesKey key = seriesOf(cells.get(1).trim(), options);
                    samples.add(new Sample(key, t, value(cells.get(2).trim()), Quality.GOOD));
                    continue;
                }
                for (int c = 0; c < columns.size(); c++) {
                    String cell = cells.get(c + 1).trim();
                    if (columns.get(c) == null || cell.isEmpty()) {
                        continue;
                    }
                    try {
                        samples.add(new Sample(columns.get(c), t, value(cell), Quality.GOOD));
                    } catch (IllegalArgumentException e) {
                        errors.add(new LineError(lineNo, "column '" + columns.get(c).name() + "': " + e.getMessage(),
                                LineError.excerptOf(line)));
                    }
                }
            } catch (IllegalArgumentException | ArithmeticException e) {
                errors.add(new LineError(lineNo, e.getMessage(), LineError.excerptOf(line)));
            }
        }
        if (columns == null) {
            errors.add(new LineError(Math.max(lineNo, 1), "no header (expected time,<series>... or time,series,value)",
                    ""));
        }
        return new ParseResult(samples, errors);
    }

    private static List<SeriesKey> header(List<String> cells, boolean longFormat, int lineNo, String line,
                                          Options options, List<LineError> errors) {
        String first = cells.get(0).trim();
        if (!first.equalsIgnoreCase("time") && !first.equalsIgnoreCase("timestamp")) {
            errors.add(new LineError(lineNo, "the first header column must be 'time' or 'timestamp', not '" + first
                    + "'", LineError.excerptOf(line)));
            return List.of();
        }
        if (!longFormat && cells.size() < 2) {
            errors.add(new LineError(lineNo, "the header has no series columns", LineError.excerptOf(line)));
            return List.of();
        }
        List<SeriesKey> columns = new ArrayList<>();
        if (longFormat) {
            columns.add(null);
            columns.add(null);
            return columns;
        }
        var seen = new HashSet<SeriesKey>();
        for (String h : cells.subList(1, cells.size())) {
            try {
                SeriesKey k = seriesOf(h.trim(), options);
                if (!seen.add(k)) {
                    throw new IllegalArgumentException("duplicate column for series " + k.id());
                }
                columns.add(k);
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(lineNo, "column '" + h.trim() + "' skipped: " + e.getMessage(),
                        LineError.excerptOf(line)));
                columns.add(null);
            }
        }
        return columns;
    }

    private static SeriesKey seriesOf(String header, Options options) {
        Map<String, String> tags = new TreeMap<>(options.tags());
        String name = header;
        Matcher m = WITH_UNIT.matcher(header);
        if (m.matches()) {
            name = m.group(1);
            tags.put("unit", m.group(2).trim());
        }
        return new SeriesKey(name, tags);
    }

    /** Rejects the row if the store would refuse its time (it would refuse the whole batch for one sample). */
    private static long storable(long micros, String what) {
        String why = StoreBounds.check(micros);
        if (why != null) {
            throw new IllegalArgumentException(what + " " + why);
        }
        return micros;
    }

    private static long time(String cell, Precision unit) {
        if (EPOCH.matcher(cell).matches()) {
            long micros;
            try {
                micros = unit.toEpochMicros(Long.parseLong(cell));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("time '" + cell + "' " + unit.symbol() + " is out of range");
            }
            return storable(micros, "time '" + cell + "' " + unit.symbol());
        }
        try {
            var i = OffsetDateTime.parse(cell).toInstant();
            long micros = Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
            return storable(Precision.MICROSECONDS.toEpochMicros(micros), "time '" + cell + "'");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + LineError.excerptOf(cell) + "' is neither ISO-8601 with"
                    + " an offset nor an integer epoch");
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("time '" + cell + "' is out of range");
        }
    }

    private static double value(String cell) {
        if (!NUMBER.matcher(cell).matches()) {
            throw new IllegalArgumentException("'" + LineError.excerptOf(cell) + "' is not a number");
        }
        double v = Double.parseDouble(cell);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("'" + LineError.excerptOf(cell) + "' is out of the double range");
        }
        return v;
    }

    /** Splits a line on commas outside double quotes; {@code ""} inside quotes is one quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted cell");
        }
        out.add(cell.toString());
        return out;
    }
}
