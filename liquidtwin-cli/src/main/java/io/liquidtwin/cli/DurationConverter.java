package io.liquidtwin.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a simulated duration such as {@code 15s}, {@code 30m}, {@code 24h}, {@code 7d}, {@code 1y} (365 days) or a
 * plain number of seconds, and returns seconds. Refuses zero, negative and malformed values with a message that
 * shows the accepted forms.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Double> {

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|m|min|h|d|y)?");

    @Override
    public Double convert(String value) {
        return seconds(value);
    }

    static double seconds(String value) {
        Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; use a number with a unit"
                    + " s, m, h, d or y (e.g. 15s, 24h, 1y)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double factor = switch (unit) {
            case "s" -> 1;
            case "m", "min" -> 60;
            case "h" -> 3600;
            case "d" -> 86_400;
            case "y" -> 365 * 86_400.0;
            default -> throw new IllegalStateException(unit);
        };
        double s = n * factor;
        if (!(s >= 1e-3) || Double.isInfinite(s)) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be a duration of at least 1 ms");
        }
        return s;
    }
}
