package io.liquidtwin.ops.alarm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The flat JSON objects the alarm engine writes to the journal (string, number, boolean and null members only) and
 * reads back on restart. Not a general JSON parser: it reads what {@link #write} writes.
 */
final class JournalJson {

    private JournalJson() {
    }

    /** @return {@code {"k":v,...}}; Strings quoted, NaN/infinite doubles as null, other values via toString */
    static String write(Map<String, ?> members) {
        StringBuilder sb = new StringBuilder("{");
        for (var e : members.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            quote(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v == null || v instanceof Double d && !Double.isFinite(d)) {
                sb.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v instanceof Double d ? String.format(Locale.ROOT, "%s", d) : v.toString());
            } else {
                quote(sb, v.toString());
            }
        }
        return sb.append('}').toString();
    }

    /** @return the members of a flat object, values as text (strings unquoted; null as Java null) */
    static Map<String, String> read(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        int[] pos = {skip(json, 0)};
        expect(json, pos, '{');
        while (true) {
            pos[0] = skip(json, pos[0]);
            if (json.charAt(pos[0]) == '}') {
                return out;
            }
            String key = string(json, pos);
            pos[0] = skip(json, pos[0]);
            expect(json, pos, ':');
            pos[0] = skip(json, pos[0]);
            String value;
            if (json.charAt(pos[0]) == '"') {
                value = string(json, pos);
            } else {
                int start = pos[0];
                while (",}".indexOf(json.charAt(pos[0])) < 0) {
                    pos[0]++;
                }
                value = json.substring(start, pos[0]).trim();
                value = value.equals("null") ? null : value;
            }
            out.put(key, value);
            pos[0] = skip(json, pos[0]);
            if (json.charAt(pos[0]) == ',') {
                pos[0]++;
            }
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static String string(String json, int[] pos) {
        expect(json, pos, '"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = json.charAt(pos[0]++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                char e = json.charAt(pos[0]++);
                if (e == 'u') {
                    sb.append((char) Integer.parseInt(json.substring(pos[0], pos[0] + 4), 16));
                    pos[0] += 4;
                } else {
                    sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void expect(String json, int[] pos, char c) {
        if (json.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("journal entry: expected '" + c + "' at " + pos[0] + " in " + json);
        }
        pos[0]++;
    }

    private static int skip(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
