package io.liquidtwin.sim.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;

/** Number formatting (Locale.ROOT, never NaN or Infinity) and HTML/CSV escaping. */
final class Fmt {

    /** Shown in the HTML for a value that is absent or not finite. */
    static final String ABSENT = "\u2014";

    private Fmt() {
    }

    /**
     * @param value    a number
     * @param decimals digits after the point
     * @return the number rounded for display, or {@link #ABSENT} if it is not finite
     */
    static String num(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return ABSENT;
        }
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return s.matches("-0[.,]?0*") ? s.substring(1) : s;
    }

    /** @return the value rounded for display, or {@link #ABSENT} when empty or not finite */
    static String num(OptionalDouble value, int decimals) {
        return value.isPresent() ? num(value.getAsDouble(), decimals) : ABSENT;
    }

    /**
     * @param value a number
     * @return the shortest plain decimal that reads back as the same double (no exponent), or "" if not finite
     */
    static String csv(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return s;
    }

    /** @return {@link #csv(double)} of the value, or "" when empty */
    static String csv(OptionalDouble value) {
        return value.isPresent() ? csv(value.getAsDouble()) : "";
    }

    /**
     * @param text any text (may be null)
     * @return the text as one RFC 4180 CSV cell: quoted when it holds a comma, quote or line break
     */
    static String csvText(String text) {
        String t = text == null ? "" : text;
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /**
     * Escapes text for HTML/XML element content and quoted attribute values; characters XML 1.0 forbids (most
     * control characters, lone surrogates) become U+FFFD so the document stays well-formed.
     *
     * @param text any text (may be null)
     * @return the escaped text
     */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r'
                            || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)) {
                        sb.append(c);
                    } else {
                        sb.append('\uFFFD');
                    }
                }
            }
        }
        return sb.toString();
    }
}
