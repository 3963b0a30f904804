package io.liquidtwin.server.web.schematic;

import java.util.List;
import java.util.Map;

/** How a slot that stands for several channels (a group of units, a pump bank) combines their readings. */
public enum Aggregate {
    /** One channel: its reading. */
    NONE("none"),
    /** The largest reading (temperatures, pressures, speeds, margins). */
    MAX("max"),
    /** The sum (flows, heat, power). */
    SUM("sum");

    private final String attribute;

    Aggregate(String attribute) {
        this.attribute = attribute;
    }

    /** @return the {@code data-agg} value */
    public String attribute() {
        return attribute;
    }

    /** @return the combined reading of {@code channels}, NaN when any is missing or not finite */
    double apply(List<String> channels, Map<String, Double> readings) {
        double acc = this == MAX ? Double.NEGATIVE_INFINITY : 0;
        for (String c : channels) {
            Double v = readings.get(c);
            if (v == null || !Double.isFinite(v)) {
                return Double.NaN;
            }
            acc = this == MAX ? Math.max(acc, v) : this == SUM ? acc + v : v;
        }
        return channels.isEmpty() ? Double.NaN : acc;
    }
}
