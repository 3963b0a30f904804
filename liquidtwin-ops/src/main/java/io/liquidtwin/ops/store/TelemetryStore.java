package io.liquidtwin.ops.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable telemetry: samples per series, downsampling, latest values, series search by tags, retention, and a
 * journal of events. The durability contract is in {@code docs/durability.md}: when {@link #append} or
 * {@link #appendJournal} returns, what it wrote survives the process being killed. Implementations are safe for one
 * writer thread and concurrent readers.
 */
public interface TelemetryStore extends AutoCloseable {

    /**
     * Appends a batch and returns once it is durable (the acknowledgement). A sample with the same series and
     * timestamp as a stored one replaces it (idempotent replay). Within one batch, the last sample for a series and
     * timestamp wins. A sample below the retention floor (see {@link #applyRetention}) has already expired: it is
     * ignored, and does not make its series known to {@link #series}.
     *
     * @throws IllegalStateException if the store is closed
     */
    void append(List<Sample> batch);

    /** @return the samples of a series with {@code fromMicros ≤ t < toMicros}, in time order */
    List<Sample> range(SeriesKey series, long fromMicros, long toMicros);

    /**
     * @return non-empty buckets of {@code bucketMicros} aligned to multiples of it since the epoch, in time order,
     * over the samples with {@code fromMicros ≤ t < toMicros}
     * @throws IllegalArgumentException if {@code bucketMicros ≤ 0}
     */
    List<Bucket> downsample(SeriesKey series, long fromMicros, long toMicros, long bucketMicros);

    /** @return the sample with the latest timestamp of a series, if any */
    Optional<Sample> latest(SeriesKey series);

    /**
     * @return every series whose tags include all of {@code tagFilter} (empty filter: all), sorted by id. A series
     * is listed once one of its samples has been stored (at or above the retention floor when appended); it stays
     * listed after retention hides all its samples.
     */
    List<SeriesKey> series(Map<String, String> tagFilter);

    /**
     * Drops samples older than {@code olderThanMicros} (a timestamp the caller chooses, e.g. now − 30 days from its
     * clock). The horizon only rises: an older one drops nothing, and samples appended later below it have already
     * expired and are ignored. The journal is not affected.
     *
     * @return how many were dropped (or -1 if unknown)
     */
    long applyRetention(long olderThanMicros);

    /**
     * Appends a journal entry; durable when it returns. The journal is append-only and not deduplicated: appending
     * an entry equal to a stored one (for example, replaying one whose acknowledgement was lost in a crash) stores
     * it again. A caller that replays must de-duplicate itself, e.g. by an id in the payload.
     */
    void appendJournal(JournalEntry entry);

    /** @return the entries of a stream with {@code epochMicros ≥ fromMicros}, in append order */
    List<JournalEntry> journal(String stream, long fromMicros);

    /** @return what opening the store found and dropped (torn or partial data); empty for a clean open */
    List<String> recoveryReport();

    @Override
    void close();
}
