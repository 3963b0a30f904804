package io.liquidtwin.sim.weather;

/**
 * One hour of weather, SI. The hour follows the EPW convention: hour h (1–24) is the hour ending at h:00 local
 * standard time.
 *
 * @param month            1–12
 * @param day              day of month, 1–31
 * @param hour             1–24
 * @param dryBulbK         dry-bulb temperature, K
 * @param dewPointK        dew-point temperature, K
 * @param relativeHumidity relative humidity, 0–1 (EPW values above 100 % are capped at 1)
 * @param pressurePa       atmospheric station pressure, Pa
 */
public record WeatherHour(int month, int day, int hour, double dryBulbK, double dewPointK, double relativeHumidity,
                          double pressurePa) {

    /**
     * Thermodynamic wet-bulb temperature, K, from dry-bulb, dew point (vapour pressure = saturation pressure at the
     * dew point, capped at saturation at the dry-bulb) and station pressure; never above the dry-bulb.
     */
    public double wetBulbK() {
        double pw = Math.min(Psychrometrics.saturationPressurePa(Math.min(dewPointK, dryBulbK)),
                Psychrometrics.saturationPressurePa(dryBulbK));
        return Psychrometrics.wetBulbK(dryBulbK, Psychrometrics.humidityRatio(pw, pressurePa), pressurePa);
    }

    /** Humidity ratio, kg water per kg dry air, from the dew point and station pressure. */
    public double humidityRatio() {
        double pw = Psychrometrics.saturationPressurePa(Math.min(dewPointK, dryBulbK));
        return Psychrometrics.humidityRatio(pw, pressurePa);
    }
}
