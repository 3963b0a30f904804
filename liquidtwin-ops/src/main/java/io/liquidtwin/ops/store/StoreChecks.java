package io.liquidtwin.ops.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Input rules every {@link TelemetryStore} enforces the same way, so that bad input fails with an
 * {@link IllegalArgumentException} naming the field before anything is written.
 */
final class StoreChecks {

    /** Earliest storable timestamp: 1970-01-01T00:00Z (QuestDB's designated timestamp cannot be negative). */
    static final long MIN_EPOCH_MICROS = 0L;
    /** Latest storable timestamp: 9999-12-31T23:59:59.999999Z. */
    static final long MAX_EPOCH_MICROS = 253_402_300_799_999_999L;
    /** Largest journal payload, bytes of UTF-8. */
    static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private static final Pattern STREAM = Pattern.compile("[A-Za-z0-9._/\\-]{1,200}");

    private StoreChecks() {
    }

    static void batch(List<Sample> batch) {
        if (batch == null) {
            throw new IllegalArgumentException("batch must not be null");
        }
        for (int i = 0; i < batch.size(); i++) {
            Sample s = batch.get(i);
            if (s == null) {
                throw new IllegalArgumentException("batch[" + i + "] must not be null");
            }
            epochMicros("batch[" + i + "].epochMicros", s.epochMicros());
        }
    }

    static void epochMicros(String field, long epochMicros) {
        if (epochMicros < MIN_EPOCH_MICROS || epochMicros > MAX_EPOCH_MICROS) {
            throw new IllegalArgumentException(field + " must be within [" + MIN_EPOCH_MICROS + ", "
                    + MAX_EPOCH_MICROS + "] µs (1970…9999 UTC), got " + epochMicros);
        }
    }

    static void series(SeriesKey series) {
        if (series == null) {
            throw new IllegalArgumentException("series must not be null");
        }
    }

    static void bucketMicros(long bucketMicros) {
        if (bucketMicros <= 0) {
            throw new IllegalArgumentException("bucketMicros must be > 0 µs, got " + bucketMicros);
        }
    }

    static void stream(String stream) {
        if (stream == null || !STREAM.matcher(stream).matches()) {
            throw new IllegalArgumentException("stream '" + stream + "' must be 1–200 of A–Z a–z 0–9 . _ - /");
        }
    }

    static void journalEntry(JournalEntry entry) {
        if (entry == null) {
            throw new IllegalArgumentException("entry must not be null");
        }
        stream(entry.stream());
        epochMicros("entry.epochMicros", entry.epochMicros());
        if (entry.payload().getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("entry.payload must be at most " + MAX_PAYLOAD_BYTES
                    + " bytes of UTF-8");
        }
        if (entry.payload().indexOf('\0') >= 0) {
            throw new IllegalArgumentException("entry.payload must not contain NUL characters");
        }
    }

    static void tagFilter(java.util.Map<String, String> tagFilter) {
        if (tagFilter == null) {
            throw new IllegalArgumentException("tagFilter must not be null (use an empty map for all series)");
        }
    }
}
