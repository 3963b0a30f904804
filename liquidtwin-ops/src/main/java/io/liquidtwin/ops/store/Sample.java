package io.liquidtwin.ops.store;

import java.util.Objects;

/**
 * One reading of one series.
 *
 * @param series      the series
 * @param epochMicros timestamp, microseconds since 1970-01-01T00:00Z (UTC)
 * @param value       the value, in the series' unit; finite
 * @param quality     how far it can be trusted
 */
public record Sample(SeriesKey series, long epochMicros, double value, Quality quality) {
    public Sample {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(quality, "quality");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("sample of " + series.id() + " at " + epochMicros
                    + " µs: value must be finite, got " + value);
        }
    }
}
