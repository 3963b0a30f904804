package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * InfluxDB v2 line protocol, read strictly and written canonically.
 *
 * <p><b>Series mapping.</b> Each numeric field of a line becomes one sample. The series name is
 * {@code measurement + "." + fieldKey}, except that a field named {@code value} maps to the bare measurement; tags
 * become the {@link io.liquidtwin.ops.store.SeriesKey} tags. The mapping does not depend on how many fields a line
 * has, so {@code cdu-1 supply_temp=45} and {@code cdu-1.supply_temp value=45} are the same series, and
 * {@link #format} writes every sample as {@code name,tags value=v t}. Names and tags must satisfy
 * {@code SeriesKey}; a field whose key cannot is rejected with SeriesKey's reason.
 *
 * <p><b>Values.</b> Floats (decimal or exponent, finite), integers {@code 12i} (int64), unsigned {@code 12u}
 * (uint64) and booleans ({@code t T true True TRUE}, {@code f F false False FALSE} → 1/0) become samples of quality
 * GOOD. Integers beyond 2<sup>53</sup> lose precision in the double. String fields hold no number: by default each is
 * reported as a field error (the other fields of the line are kept); with {@link StringFields#SKIP} they are passed
 * over and only counted (an agent such as Telegraf mixes strings like {@code uptime_format="1 day, 2:03"} into
 * otherwise numeric batches). A string field's syntax is checked either way. NaN and infinities are not line protocol
 * and are rejected.
 *
 * <p><b>Lines.</b> Separated by {@code \n}; a trailing {@code \r} is dropped; blank lines and lines starting with
 * {@code #} are skipped; leading and trailing blanks are ignored. Escapes: {@code \,} and {@code \ } in the
 * measurement; {@code \,} {@code \=} {@code \ } in tag keys, tag values and field keys; {@code \"} and {@code \\} in
 * string values; any other backslash is literal, and a backslash ending the line is an error. Duplicate tag or field
 * keys, and names beginning with {@code _} (reserved by InfluxDB), reject the line. The timestamp is an integer in the given {@link Precision}; absent, the caller's default is
 * used. A bad line gives one {@link LineError} and no samples; parsing goes on with the next line. No input makes
 * {@link #parse} throw.
 */
public final class LineProtocol {

    /**
     * Limits on one line.
     *
     * @param maxLineBytes     longest line, in bytes (without the newline)
     * @param maxFieldsPerLine most fields in one line
     * @param maxTagsPerLine   most tags in one line
     */
    public record Limits(int maxLineBytes, int maxFieldsPerLine, int maxTagsPerLine) {
        /** 64 KiB lines, 256 fields, 64 tags. */
        public static final Limits DEFAULT = new Limits(64 * 1024, 256, 64);

        public Limits {
            if (maxLineBytes < 1 || maxFieldsPerLine < 1 || maxTagsPerLine < 0) {
                throw new IllegalArgumentException("limits must be ≥ 1 byte, ≥ 1 field and ≥ 0 tags: " + maxLineBytes
                        + ", " + maxFieldsPerLine + ", " + maxTagsPerLine);
            }
        }
    }

    /** What to do with a (well-formed) string field, which cannot become a sample. */
    public enum StringFields {
        /** Report a {@link LineError} for it (the line's other fields are kept). */
        REJECT,
        /** Pass over it, counting it in {@link ParseResult#skippedStringFields()}. */
        SKIP
    }

    private LineProtocol() {
    }

    /** Parses with {@link Limits#DEFAULT}. */
    public static ParseResult parse(byte[] body, Precision precision, long defaultEpochMicros) {
        return parse(body, precision, defaultEpochMicros, Limits.DEFAULT);
    }

    /** Parses with string fields rejected ({@link StringFields#REJECT}). */
    public static ParseResult parse(byte[] body, Precision precision, long defaultEpochMicros, Limits limits) {
        return parse(body, precision, defaultEpochMicros, limits, StringFields.REJECT);
    }

    /**
     * Parses a body of line protocol.
     *
     * @param body               UTF-8 line protocol (null is an empty body)
     * @param precision          unit of the timestamps in the body
     * @param defaultEpochMicros timestamp of lines without one, epoch µs
     * @param limits             per-line limits
     * @param stringFields       whether string fields are errors or skipped
     * @return the samples of the good lines and an error per bad line or rejected field
     */
    public static ParseResult parse(byte[] body, Precision precision, long defaultEpochMicros, Limits limits,
                                    StringFields stringFields) {
        return new LineParser(precision, defaultEpochMicros, limits, stringFields)
                .parse(body == null ? new byte[0] : body);
    }

    /**
     * Writes samples as line protocol, one line each: {@code name[,tag=v...] value=<double> <timestamp>}, with the
     * timestamp in {@code precision} (floored). Quality is not carried: parsing the output gives GOOD samples. Spaces
     * and commas in the measurement, and spaces, commas and {@code =} in tag keys and values, are escaped.
     *
     * @throws IllegalArgumentException for a measurement, tag key or tag value that line protocol cannot express: one
     *                                  holding a tab, CR or LF (the parser splits on them and they have no escape),
     *                                  ending in a backslash, or (measurement, tag key) beginning with {@code _}
     */
    public static byte[] format(List<Sample> samples, Precision precision) {
        StringBuilder sb = new StringBuilder();
        for (Sample s : samples) {
            sb.append(escape("measurement", s.series().name(), ", ", true));
            for (Map.Entry<String, String> t : s.series().tags().entrySet()) {
                sb.append(',').append(escape("tag key", t.getKey(), ",= ", true)).append('=')
                        .append(escape("tag value", t.getValue(), ",= ", false));
            }
            sb.append(" value=").append(s.value()).append(' ').append(precision.fromEpochMicros(s.epochMicros()))
                    .append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes {@code special} with a backslash, or rejects what the parser could not read back. */
    private static String escape(String what, String v, String special, boolean isName) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException(what + " '" + v + "' cannot be written as line protocol (holds a "
                        + (c == '\t' ? "tab" : "line break") + ")");
            }
        }
        if (v.endsWith("\\")) {
            throw new IllegalArgumentException(what + " '" + v + "' cannot be written as line protocol"
                    + " (ends with a backslash)");
        }
        if (isName && v.startsWith("_")) {
            throw new IllegalArgumentException(what + " '" + v + "' cannot be written as line protocol"
                    + " (begins with '_', reserved)");
        }
        StringBuilder sb = new StringBuilder(v.length() + 4);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (special.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
