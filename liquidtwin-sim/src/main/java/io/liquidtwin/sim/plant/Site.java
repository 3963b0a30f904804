package io.liquidtwin.sim.plant;

/**
 * Where the plant is, and the design ambient its heat rejection must cope with.
 *
 * @param name            site name (may be empty)
 * @param designDryBulbK  design (summer extreme) dry-bulb temperature, K
 * @param designWetBulbK  coincident (or design) wet-bulb temperature, K (≤ dry-bulb)
 * @param altitudeM       altitude above sea level, m
 * @param weather         the site's hourly weather for studies, as written: {@code qingdao} (built-in normals) or an
 *                        EPW file path relative to the plant file; empty = none named
 */
public record Site(String name, double designDryBulbK, double designWetBulbK, double altitudeM,
                   java.util.Optional<String> weather) {

    public Site {
        java.util.Objects.requireNonNull(weather, "weather");
    }

    /** Standard sea-level atmospheric pressure, Pa. */
    public static final double SEA_LEVEL_PRESSURE_PA = 101_325;

    /** @return atmospheric pressure at this altitude (ICAO standard atmosphere, troposphere), Pa */
    public double atmosphericPressurePa() {
        return atmosphericPressurePa(altitudeM);
    }

    /** @return atmospheric pressure at an altitude (ICAO standard atmosphere, troposphere), Pa */
    public static double atmosphericPressurePa(double altitudeM) {
        return SEA_LEVEL_PRESSURE_PA * Math.pow(1 - 2.25577e-5 * altitudeM, 5.25588);
    }
}
