package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.SeriesKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured alarm.
 *
 * @param id           unique alarm id
 * @param series       the series it watches
 * @param condition    what makes it active
 * @param priority     priority
 * @param onDelay      the condition must hold this long before the alarm activates (zero: at once)
 * @param offDelay     the condition must be clear this long before the alarm returns to normal (zero: at once)
 * @param latching     whether it latches (once its condition cleared it does not return to normal by itself: stays
 *                     until acknowledged and reset)
 * @param reAlarm      an acknowledged alarm still active re-annunciates after this (zero: never)
 * @param leakReaction the Redfish leak reaction of a leak detector alarm, if any
 */
public record AlarmDefinition(String id, SeriesKey series, Condition condition, Priority priority, Duration onDelay,
                              Duration offDelay, boolean latching, Duration reAlarm,
                              Optional<LeakReactionSpec> leakReaction) {
    public AlarmDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(leakReaction, "leakReaction");
        for (Duration d : new Duration[] {onDelay, offDelay, reAlarm}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("alarm " + id + ": delays must be ≥ 0");
            }
        }
    }

    /** @return a non-latching definition without delays, re-alarm or leak reaction (for tests and code) */
    public static AlarmDefinition simple(String id, SeriesKey series, Condition condition, Priority priority) {
        return new AlarmDefinition(id, series, condition, priority, Duration.ZERO, Duration.ZERO, false, Duration.ZERO,
                Optional.empty());
    }
}
