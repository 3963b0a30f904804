package io.liquidtwin.sim.weather;

/**
 * How many hours of each kept field were missing (EPW missing marker or outside the EPW format's valid range) and
 * were filled by linear interpolation between the neighbouring valid hours.
 *
 * @param dryBulb          filled dry-bulb values
 * @param dewPoint         filled dew-point values
 * @param relativeHumidity filled relative-humidity values
 * @param pressure         filled station-pressure values
 */
public record FilledValues(int dryBulb, int dewPoint, int relativeHumidity, int pressure) {

    /** @return the total number of filled values */
    public int total() {
        return dryBulb + dewPoint + relativeHumidity + pressure;
    }
}
