package io.liquidtwin.sim.weather;

import java.util.Locale;

/** Parses EPW fields without ever throwing; problems go to an {@link ErrorList}. Package-private. */
final class EpwFields {

    private EpwFields() {
    }

    /**
     * @return the finite number in [min, max], or NaN after reporting an error on {@code line}
     */
    static double number(String text, int line, String what, double min, double max, String unit,
                         ErrorList errors) {
        double v = parse(text);
        if (Double.isNaN(v)) {
            errors.add(line, what + ": expected a number, got '" + EpwReader.clip(text.trim()) + "'");
            return Double.NaN;
        }
        if (v < min || v > max) {
            errors.add(line, String.format(Locale.ROOT, "%s: %s is outside [%s, %s] %s", what, text.trim(),
                    fmt(min), fmt(max), unit));
            return Double.NaN;
        }
        return v;
    }

    /** @return the whole number in [min, max], or -1 after reporting an error on {@code line} */
    static int integer(String text, int line, String what, int min, int max, ErrorList errors) {
        double v = parse(text);
        if (Double.isNaN(v) || v != Math.rint(v)) {
            errors.add(line, what + ": expected a whole number, got '" + EpwReader.clip(text.trim()) + "'");
            return -1;
        }
        if (v < min || v > max) {
            errors.add(line, what + ": " + text.trim() + " is outside " + min + "–" + max);
            return -1;
        }
        return (int) v;
    }

    /** @return the finite decimal value of text, or NaN if it is not one (no hex, no NaN/Infinity words) */
    static double parse(String text) {
        String t = text.trim();
        if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
