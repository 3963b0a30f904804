package io.liquidtwin.server.service;

import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.weather.EpwReader;
import io.liquidtwin.sim.weather.MonthlyNormals;
import io.liquidtwin.sim.weather.SyntheticYear;
import io.liquidtwin.sim.weather.WeatherFileException;
import io.liquidtwin.sim.weather.WeatherHour;
import io.liquidtwin.sim.weather.WeatherYear;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outdoor conditions of a live twin: the weather year the plant's {@code site.weather} names ({@code qingdao} or
 * an EPW file relative to the plant file), rotated so that its hour 0 is the hour of the twin's start instant in the
 * site's local standard time (the year's own time zone), so the twin sees today's typical weather now and the hours
 * that follow. The simulation changes hour every 3600 simulated seconds after the start, so the weather lags the
 * calendar hour by less than an hour. 29 February takes 28 February's hours. A plant that names no weather runs under
 * its design conditions.
 */
final class LiveWeather {

    /** The chosen weather, rotated, and a line saying what it is. */
    record Choice(Optional<WeatherYear> year, String description) {
    }

    private LiveWeather() {
    }

    /** @throws ServiceStartException (WEATHER) if the named EPW file is missing or invalid */
    static Choice choose(Plant plant, Path plantFile, Instant start) {
        Optional<String> named = plant.site().flatMap(s -> s.weather());
        if (named.isEmpty()) {
            return new Choice(Optional.empty(), String.format(java.util.Locale.ROOT,
                    "design conditions %.1f °C dry-bulb / %.1f °C wet-bulb (the plant names no site.weather)",
                    plant.site().map(s -> s.designDryBulbK()).orElse(298.15) - 273.15,
                    plant.site().map(s -> s.designWetBulbK()).orElse(291.15) - 273.15));
        }
        WeatherYear year;
        if (named.get().equalsIgnoreCase("qingdao")) {
            year = SyntheticYear.generate(MonthlyNormals.qingdao(), 0);
        } else {
            Path dir = plantFile.toAbsolutePath().getParent();
            Path epw = dir.resolve(named.get()).normalize();
            if (!Files.isRegularFile(epw)) {
                throw new ServiceStartException(ServiceStartException.Reason.WEATHER, plantFile
                        + ": site.weather: no file " + epw + " (write qingdao or an EPW path relative to the plant file)",
                        null);
            }
            try {
                year = EpwReader.read(epw);
            } catch (WeatherFileException e) {
                throw new ServiceStartException(ServiceStartException.Reason.WEATHER, e.getMessage(), e);
            }
        }
        int shift = hourIndex(year, start);
        WeatherHour h = year.hour(shift);
        String what = String.format(java.util.Locale.ROOT, "weather %s from %02d-%02d hour ending %02d:00 local"
                + " standard time (UTC%+.1f h)", year.file(), h.month(), h.day(), h.hour(), year.site().timeZoneH());
        return new Choice(Optional.of(rotate(year, shift)), what);
    }

    /** @return the index of the year's hour that contains {@code t} in the year's local standard time */
    static int hourIndex(WeatherYear year, Instant t) {
        long offsetS = Math.round(year.site().timeZoneH() * 3600);
        LocalDateTime local = LocalDateTime.ofEpochSecond(t.getEpochSecond() + offsetS, 0, ZoneOffset.UTC);
        int month = local.getMonthValue();
        int day = month == 2 && local.getDayOfMonth() == 29 ? 28 : local.getDayOfMonth();
        int hourEnding = local.getHour() + 1; // EPW hour h is the hour ending at h:00
        for (int i = 0; i < year.hourCount(); i++) {
            WeatherHour h = year.hour(i);
            if (h.month() == month && h.day() == day && h.hour() == hourEnding) {
                return i;
            }
        }
        // a year whose hours are not labelled by calendar: fall back to the hour of the (non-leap) year
        int dayOfYear = LocalDateTime.of(2025, month, day, 0, 0).getDayOfYear() - 1;
        return (dayOfYear * 24 + local.getHour()) % year.hourCount();
    }

    /** @return the year starting at hour {@code shift}, wrapping */
    static WeatherYear rotate(WeatherYear year, int shift) {
        if (shift == 0) {
            return year;
        }
        List<WeatherHour> hours = new ArrayList<>(year.hours().subList(shift, year.hourCount()));
        hours.addAll(year.hours().subList(0, shift));
        return new WeatherYear(year.file(), year.site(), hours, year.filled());
    }
}
