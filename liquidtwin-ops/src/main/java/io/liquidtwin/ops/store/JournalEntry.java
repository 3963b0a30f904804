package io.liquidtwin.ops.store;

import java.util.Objects;

/**
 * A durable event record beside the samples (alarm transitions, operator actions): a stream name, a time and a
 * text payload (JSON by convention). Entries of a stream are read back in append order.
 *
 * @param stream      stream name, e.g. {@code alarms}
 * @param epochMicros when it happened, epoch µs
 * @param payload     the entry (at most 64 KiB of UTF-8)
 */
public record JournalEntry(String stream, long epochMicros, String payload) {
    public JournalEntry {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(payload, "payload");
    }
}
