package io.liquidtwin.ops.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/** Line protocol field values other than strings: float, integer ({@code i}), unsigned ({@code u}), boolean. */
final class FieldValues {

    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INT = Pattern.compile("[-+]?\\d+i");
    private static final Pattern UINT = Pattern.compile("\\d+u");
    private static final Set<String> TRUE = Set.of("t", "T", "true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("f", "F", "false", "False", "FALSE");

    private FieldValues() {
    }

    /**
     * @return the value of a non-string field as a finite double (booleans 1/0)
     * @throws IllegalArgumentException naming what is wrong with it
     */
    static double number(String v) {
        if (TRUE.contains(v)) {
            return 1;
        }
        if (FALSE.contains(v)) {
            return 0;
        }
        if (INT.matcher(v).matches()) {
            try {
                return Long.parseLong(v.substring(0, v.length() - 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("integer " + LineError.excerptOf(v) + " is out of the int64 range");
            }
        }
        if (UINT.matcher(v).matches()) {
            try {
                long u = Long.parseUnsignedLong(v.substring(0, v.length() - 1));
                return u >= 0 ? (double) u : (u >>> 1) * 2.0 + (u & 1);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unsigned " + LineError.excerptOf(v) + " is out of the uint64 range");
            }
        }
        if (v.endsWith("u") && v.startsWith("-")) {
            throw new IllegalArgumentException("unsigned value " + LineError.excerptOf(v) + " is negative");
        }
        if (FLOAT.matcher(v).matches()) {
            double d = Double.parseDouble(v);
            if (Double.isInfinite(d)) {
                throw new IllegalArgumentException("float " + LineError.excerptOf(v) + " is out of the double range");
            }
            return d;
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[-+]", "");
        if (lower.startsWith("nan") || lower.startsWith("inf")) {
            throw new IllegalArgumentException("'" + LineError.excerptOf(v) + "' is not allowed (NaN and infinities are not"
                    + " line protocol)");
        }
        throw new IllegalArgumentException("'" + LineError.excerptOf(v) + "' is not a float, integer (i), unsigned (u), boolean"
                + " or quoted string");
    }
}
