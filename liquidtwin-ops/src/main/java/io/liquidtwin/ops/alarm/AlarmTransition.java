package io.liquidtwin.ops.alarm;

import java.util.Objects;

/**
 * One journaled transition of an alarm.
 *
 * @param alarmId            the alarm
 * @param from               state before
 * @param to                 state after (equal to {@code from} only for a re-shelve with a new expiry)
 * @param cause              what caused it
 * @param value              the value of the series behind it (NaN for operator actions and timers without one)
 * @param epochMicros        when, epoch µs (from the engine's clock)
 * @param who                the operator or {@code system}
 * @param shelvedUntilMicros shelve expiry, epoch µs, when {@code to} is SHELVED; else 0
 * @param conditionActive    the debounced condition at the transition (lets a restart know it without a sample)
 */
public record AlarmTransition(String alarmId, AlarmState from, AlarmState to, Cause cause, double value,
                              long epochMicros, String who, long shelvedUntilMicros, boolean conditionActive) {

    /** The {@code who} of transitions the engine makes by itself. */
    public static final String SYSTEM = "system";

    public AlarmTransition {
        Objects.requireNonNull(alarmId, "alarmId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(who, "who");
    }
}
