package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;

/**
 * The timestamp range every {@link io.liquidtwin.ops.store.TelemetryStore} accepts. The store rejects a whole batch
 * (with an {@link IllegalArgumentException}) if one sample is outside it, so the importers reject such lines one by
 * one and the supervisor screens samples before appending them.
 *
 * <p>Mirrors {@code io.liquidtwin.ops.store.StoreChecks#MIN_EPOCH_MICROS} and {@code MAX_EPOCH_MICROS}, which are
 * package-private there; keep the two in step.
 */
final class StoreBounds {

    /** Earliest storable timestamp: 1970-01-01T00:00Z, as {@code StoreChecks.MIN_EPOCH_MICROS}. */
    static final long MIN_EPOCH_MICROS = 0L;
    /** Latest storable timestamp: 9999-12-31T23:59:59.999999Z, as {@code StoreChecks.MAX_EPOCH_MICROS}. */
    static final long MAX_EPOCH_MICROS = 253_402_300_799_999_999L;

    private StoreBounds() {
    }

    /** @return null if the store accepts {@code epochMicros}, otherwise why not */
    static String check(long epochMicros) {
        if (epochMicros < MIN_EPOCH_MICROS) {
            return "is before 1970-01-01T00:00Z, the earliest time the store accepts";
        }
        if (epochMicros > MAX_EPOCH_MICROS) {
            return "is after 9999-12-31T23:59:59.999999Z, the latest time the store accepts";
        }
        return null;
    }

    /** @return null if the store accepts the sample's timestamp (and the sample is not null), otherwise why not */
    static String check(Sample s) {
        if (s == null) {
            return "invalid: null sample";
        }
        String why = check(s.epochMicros());
        return why == null ? null : "invalid: timestamp " + s.epochMicros() + " µs " + why;
    }
}
