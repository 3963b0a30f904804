package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The line protocol reader behind {@link LineProtocol#parse}; one instance per body, not thread-safe. */
final class LineParser {

    private static final Pattern TIMESTAMP = Pattern.compile("-?\\d+");

    /** A rejected line. */
    private static final class Bad extends Exception {
        Bad(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Precision precision;
    private final long defaultEpochMicros;
    private final LineProtocol.Limits limits;
    private final LineProtocol.StringFields stringFields;
    private long skippedStringFields;
    private final List<Sample> samples = new ArrayList<>();
    private final List<LineError> errors = new ArrayList<>();
    private String s;
    private int pos;
    private int n;

    LineParser(Precision precision, long defaultEpochMicros, LineProtocol.Limits limits,
               LineProtocol.StringFields stringFields) {
        this.precision = precision;
        this.defaultEpochMicros = defaultEpochMicros;
        this.limits = limits;
        this.stringFields = stringFields;
    }

    ParseResult parse(byte[] body) {
        int lineNo = 0;
        int start = 0;
        while (start <= body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            lineNo++;
            int stop = end > start && body[end - 1] == '\r' ? end - 1 : end;
            line(lineNo, body, start, stop); // blank lines, including after a final newline, yield nothing
            start = end + 1;
        }
        return new ParseResult(samples, errors, skippedStringFields);
    }

    private void line(int lineNo, byte[] body, int from, int to) {
        String text = new String(body, from, Math.min(to - from, limits.maxLineBytes() + 1), StandardCharsets.UTF_8);
        try {
            if (to - from > limits.maxLineBytes()) {
                throw new Bad("line is " + (to - from) + " bytes, longer than the limit of " + limits.maxLineBytes());
            }
            int badByte = Utf8.firstMalformed(body, from, to);
            if (badByte >= 0) {
                throw new Bad("not valid UTF-8 (at byte " + badByte + " of the line)");
            }
            List<LineError> fieldErrors = new ArrayList<>();
            List<Sample> lineSamples = point(lineNo, text.strip(), fieldErrors);
            samples.addAll(lineSamples);
            errors.addAll(fieldErrors);
        } catch (Bad e) {
            errors.add(new LineError(lineNo, e.getMessage(), LineError.excerptOf(text)));
        } catch (RuntimeException e) { // a parser bug must not lose the rest of the body
            errors.add(new LineError(lineNo, "internal parser error: " + e, LineError.excerptOf(text)));
        }
    }

    private List<Sample> point(int lineNo, String line, List<LineError> fieldErrors) throws Bad {
        if (line.isEmpty() || line.charAt(0) == '#') {
            return List.of();
        }
        s = line;
        pos = 0;
        n = line.length();
        String measurement = ident("measurement", ", ", ", ");
        if (measurement.isEmpty()) {
            throw new Bad("missing measurement");
        }
        reserved("measurement", measurement);
        Map<String, String> tags = new LinkedHashMap<>();
        while (pos < n && s.charAt(pos) == ',') {
            pos++;
            String key = ident("tag key", ",= ", ",= ");
            if (key.isEmpty()) {
                throw new Bad("empty tag key");
            }
            reserved("tag key", key);
            expect('=', "tag '" + key + "' has no '='");
            String value = ident("tag value", ",= ", ",= ");
            if (value.isEmpty()) {
                throw new Bad("tag '" + key + "' has an empty value");
            }
            if (pos < n && s.charAt(pos) == '=') {
                throw new Bad("tag '" + key + "': unescaped '=' in the value");
            }
            if (tags.put(key, value) != null) {
                throw new Bad("duplicate tag key '" + key + "'");
            }
            if (tags.size() > limits.maxTagsPerLine()) {
                throw new Bad("more than " + limits.maxTagsPerLine() + " tags");
            }
        }
        if (pos >= n) {
            throw new Bad("missing field set (a line needs at least one field)");
        }
        skipBlanks();
        Map<String, Double> fields = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        int lineStrings = 0; // counted only if the line is good
        while (true) {
            String key = ident("field key", ",= ", ",= ");
            if (key.isEmpty()) {
                throw new Bad(pos >= n && seen.isEmpty() ? "missing field set (a line needs at least one field)" : "empty field key");
            }
            reserved("field key", key);
            expect('=', "field '" + key + "' has no '='");
            if (!seen.add(key)) {
                throw new Bad("duplicate field key '" + key + "'");
            }
            if (seen.size() > limits.maxFieldsPerLine()) {
                throw new Bad("more than " + limits.maxFieldsPerLine() + " fields");
            }
            Double v = fieldValue(key);
            if (v == null && stringFields == LineProtocol.StringFields.SKIP) {
                lineStrings++;
            } else if (v == null) {
                fieldErrors.add(new LineError(lineNo, "field '" + key + "' is a string; only numeric and boolean"
                        + " fields become samples", LineError.excerptOf(line)));
            } else {
                fields.put(key, v);
            }
            if (pos < n && s.charAt(pos) == ',') {
                pos++;
                continue;
            }
            break;
        }
        long epochMicros = defaultEpochMicros;
        if (pos < n) {
            if (s.charAt(pos) != ' ' && s.charAt(pos) != '\t') {
                throw new Bad("unexpected '" + s.charAt(pos) + "' after field set at column " + (pos + 1));
            }
            skipBlanks();
            epochMicros = timestamp(s.substring(pos));
        } else {
            String why = StoreBounds.check(epochMicros);
            if (why != null) {
                throw new Bad("the default timestamp " + epochMicros + " µs " + why);
            }
        }
        skippedStringFields += lineStrings;
        List<Sample> out = new ArrayList<>();
        for (Map.Entry<String, Double> f : fields.entrySet()) {
            String name = f.getKey().equals("value") ? measurement : measurement + "." + f.getKey();
            try {
                out.add(new Sample(new SeriesKey(name, tags), epochMicros, f.getValue(), Quality.GOOD));
            } catch (IllegalArgumentException e) {
                fieldErrors.add(new LineError(lineNo, "field '" + f.getKey() + "': " + e.getMessage(),
                        LineError.excerptOf(line)));
            }
        }
        return out;
    }

    private long timestamp(String text) throws Bad {
        if (!TIMESTAMP.matcher(text).matches()) {
            throw new Bad(text.indexOf(' ') >= 0 || text.indexOf('\t') >= 0
                    ? "unexpected text after the timestamp: '" + LineError.excerptOf(text) + "'"
                    : "timestamp '" + LineError.excerptOf(text) + "' is not an integer");
        }
        long raw;
        try {
            raw = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Bad("timestamp " + LineError.excerptOf(text) + " is out of the int64 range");
        }
        long micros;
        try {
            micros = precision.toEpochMicros(raw);
        } catch (ArithmeticException e) {
            throw new Bad("timestamp " + raw + " " + precision.symbol() + " is " + e.getMessage());
        }
        String why = StoreBounds.check(micros); // the store would reject the whole batch for this one sample
        if (why != null) {
            throw new Bad("timestamp " + raw + " " + precision.symbol() + " " + why);
        }
        return micros;
    }

    /** @return the value, or null for a string field */
    private Double fieldValue(String key) throws Bad {
        if (pos >= n) {
            throw new Bad("field '" + key + "' has no value");
        }
        if (s.charAt(pos) == '"') {
            stringValue(key);
            return null;
        }
        int start = pos;
        while (pos < n && s.charAt(pos) != ',' && s.charAt(pos) != ' ' && s.charAt(pos) != '\t') {
            pos++;
        }
        String v = s.substring(start, pos);
        if (v.isEmpty()) {
            throw new Bad("field '" + key + "' has no value");
        }
        try {
            return FieldValues.number(v);
        } catch (IllegalArgumentException e) {
            throw new Bad("field '" + key + "': " + e.getMessage());
        }
    }

    private void stringValue(String key) throws Bad {
        pos++; // opening quote
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\\' && pos + 1 < n && (s.charAt(pos + 1) == '"' || s.charAt(pos + 1) == '\\')) {
                pos += 2;
            } else if (c == '"') {
                pos++;
                if (pos < n && s.charAt(pos) != ',' && s.charAt(pos) != ' ' && s.charAt(pos) != '\t') {
                    throw new Bad("field '" + key + "': unexpected '" + s.charAt(pos) + "' after the closing quote");
                }
                return;
            } else {
                pos++;
            }
        }
        throw new Bad("field '" + key + "': unterminated string (no closing '\"')");
    }

    /** Reads an identifier up to an unescaped stop character, undoing escapes of {@code escapable}. */
    private String ident(String what, String escapable, String stops) throws Bad {
        StringBuilder sb = new StringBuilder();
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\\') {
                if (pos + 1 >= n) {
                    throw new Bad("backslash at the end of the line (in the " + what + ")");
                }
                char d = s.charAt(pos + 1);
                if (escapable.indexOf(d) >= 0) {
                    sb.append(d);
                    pos += 2;
                    continue;
                }
                sb.append(c);
                pos++;
                continue;
            }
            if (stops.indexOf(c) >= 0 || c == '\t') {
                break;
            }
            sb.append(c);
            pos++;
        }
        return sb.toString();
    }

    private static void reserved(String what, String name) throws Bad {
        if (name.startsWith("_")) {
            throw new Bad(what + " '" + name + "' begins with '_' (reserved by line protocol)");
        }
    }

    private void expect(char c, String reason) throws Bad {
        if (pos >= n || s.charAt(pos) != c) {
            throw new Bad(reason);
        }
        pos++;
    }

    private void skipBlanks() {
        while (pos < n && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }
}
