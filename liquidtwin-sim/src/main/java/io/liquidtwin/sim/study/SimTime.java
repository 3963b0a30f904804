package io.liquidtwin.sim.study;

import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as scenario files write them. A duration is one or more number-unit parts ({@code 90s}, {@code 30min},
 * {@code 4718h}, {@code 196d 14h}, {@code 1y} = 365 d). A calendar time is {@code MM-DD HH:MM} (or {@code MM-DD}) in
 * the simulated non-leap year, counted from 1 January 00:00.
 */
final class SimTime {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|min|m|h|d|y)");
    private static final Pattern CALENDAR = Pattern.compile("(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2}))?");
    /** Seconds in the simulated (non-leap) year. */
    static final double YEAR_S = 365 * 86_400.0;

    private SimTime() {
    }

    /** @return seconds, or throws IllegalArgumentException describing the accepted forms */
    static double duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(t);
        double total = 0;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!t.substring(end, m.start()).isBlank()) {
                break;
            }
            any = true;
            double n = Double.parseDouble(m.group(1));
            total += n * switch (m.group(2)) {
                case "s" -> 1;
                case "m", "min" -> 60;
                case "h" -> 3600;
                case "d" -> 86_400;
                case "y" -> YEAR_S;
                default -> throw new IllegalStateException(m.group(2));
            };
            end = m.end();
        }
        if (!any || !t.substring(end).isBlank()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 90s, 30min, 24h, "
                    + "196d 14h or 1y");
        }
        return total;
    }

    /** @return whether the text looks like a calendar time {@code MM-DD[ HH:MM]} */
    static boolean isCalendar(String text) {
        return CALENDAR.matcher(text.trim()).matches();
    }

    /** @return seconds from 1 January 00:00 of the non-leap simulated year */
    static double calendar(String text) {
        Matcher m = CALENDAR.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar time; write MM-DD or MM-DD HH:MM");
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        int hour = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int minute = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "': month must be 01–12");
        }
        Month mo = Month.of(month);
        if (day < 1 || day > mo.length(false)) {
            throw new IllegalArgumentException("'" + text + "': " + mo + " has days 1–" + mo.length(false));
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("'" + text + "': time must be 00:00–23:59");
        }
        int dayOfYear = mo.firstDayOfYear(false) - 1 + day - 1;
        return dayOfYear * 86_400.0 + hour * 3600.0 + minute * 60.0;
    }
}
