package io.liquidtwin.ops.alarm;

/** What caused an alarm transition: the condition, a timer, an operator or plant logic. */
public enum Cause {
    /** The (debounced) condition became active. */
    CONDITION_ACTIVE,
    /** The (debounced) condition cleared. */
    CONDITION_CLEAR,
    /** Operator acknowledged. */
    ACKNOWLEDGE,
    /** An acknowledged alarm still active for the re-alarm time re-annunciates. */
    RE_ALARM,
    /** Operator reset a latched alarm. */
    RESET,
    /** Operator shelved (or re-shelved with a new expiry). */
    SHELVE,
    /** Operator unshelved. */
    UNSHELVE,
    /** The shelve time ran out. */
    SHELVE_EXPIRED,
    /** Suppressed by design (plant logic, e.g. a plant mode). */
    SUPPRESS,
    /** Suppression by design ended. */
    UNSUPPRESS,
    /** Removed from service. */
    REMOVE_FROM_SERVICE,
    /** Returned to service. */
    RETURN_TO_SERVICE;

    /** @return whether an operator or plant logic (not the condition or a timer) causes it */
    public boolean isAction() {
        return this != CONDITION_ACTIVE && this != CONDITION_CLEAR && this != RE_ALARM && this != SHELVE_EXPIRED;
    }
}
