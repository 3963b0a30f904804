package io.liquidtwin.ops.store;

/** How far a stored value can be trusted (OPC UA-like, reduced to what operators act on). */
public enum Quality {
    /** Measured and current. */
    GOOD,
    /** The last value of a source that stopped reporting; kept, marked, never re-invented. */
    STALE,
    /** Not measured: a value put in by an operator or a rule (e.g. the twin's prediction while a sensor is down). */
    SUBSTITUTED,
    /** Measured but known wrong (out of the instrument's range, a failed sensor). */
    BAD
}
