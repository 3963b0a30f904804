package io.liquidtwin.sim.weather;

import java.util.List;
import java.util.Objects;

/**
 * A year of hourly weather read from a file (8760 hours, or 8784 in a leap year), SI inside.
 *
 * @param file   the file it was read from, as the caller named it
 * @param site   the site from the LOCATION line
 * @param hours  the hours in file order (unmodifiable)
 * @param filled how many values per field were missing and interpolated
 */
public record WeatherYear(String file, WeatherSite site, List<WeatherHour> hours, FilledValues filled) {

    public WeatherYear {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(filled, "filled");
        hours = List.copyOf(hours);
        if (hours.size() != 8760 && hours.size() != 8784) {
            throw new IllegalArgumentException("a weather year has 8760 or 8784 hours, got " + hours.size());
        }
    }

    /** @return number of hours (8760 or 8784) */
    public int hourCount() {
        return hours.size();
    }

    /** @return the hour at 0-based index i */
    public WeatherHour hour(int i) {
        return hours.get(i);
    }

    /** @return the mean dry-bulb temperature over all hours, K */
    public double meanDryBulbK() {
        return hours.stream().mapToDouble(WeatherHour::dryBulbK).average().orElseThrow();
    }
}
