package io.liquidtwin.sim.weather;

/**
 * The site of a weather file, from the EPW LOCATION line.
 *
 * @param name         city or station name as written in the file
 * @param region       state/province/region field (may be "-" or empty)
 * @param country      country field
 * @param source       data source, e.g. {@code TMY3}, {@code IWEC Data}
 * @param wmo          WMO station number as text
 * @param latitudeDeg  latitude, degrees north (negative south)
 * @param longitudeDeg longitude, degrees east (negative west)
 * @param timeZoneH    time zone, hours from GMT
 * @param elevationM   elevation above sea level, m
 */
public record WeatherSite(String name, String region, String country, String source, String wmo,
                          double latitudeDeg, double longitudeDeg, double timeZoneH, double elevationM) {
}
