package io.liquidtwin.ops.alarm;

/**
 * The states of an alarm, after the ANSI/ISA-18.2 (IEC 62682) alarm state transition diagram. The first five are
 * the "processed" states driven by the alarm condition and by acknowledgement; the last three take the alarm out of
 * annunciation (shelved by an operator, suppressed by design by plant logic, removed from service for maintenance).
 */
public enum AlarmState {
    /** Condition clear, nothing to acknowledge. */
    NORMAL,
    /** Active, unacknowledged: annunciated (a latching alarm stays here, latched, when its condition clears). */
    UNACK,
    /** Active, acknowledged. */
    ACKED,
    /** Returned to normal, still unacknowledged (non-latching alarms only). */
    RTN_UNACK,
    /** Latching alarm whose condition cleared and that was acknowledged: stays until an operator resets it. */
    LATCHED,
    /** Shelved by an operator until an expiry time (or unshelve); not annunciated. */
    SHELVED,
    /** Suppressed by design (plant logic, e.g. a plant mode); not annunciated. */
    SUPPRESSED_BY_DESIGN,
    /** Removed from service (maintenance); not annunciated. */
    OUT_OF_SERVICE;

    /** @return whether the alarm is in one of the states that hide it (shelved, suppressed, out of service) */
    public boolean hidden() {
        return this == SHELVED || this == SUPPRESSED_BY_DESIGN || this == OUT_OF_SERVICE;
    }
}
