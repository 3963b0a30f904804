package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.Bucket;
import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.ops.store.TelemetryStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory store whose journal writes fail while {@link #fail} is set (a full disk). */
final class FailingJournalStore implements TelemetryStore {
    private final InMemoryTelemetryStore d = new InMemoryTelemetryStore();
    boolean fail;
    /** When set, only entries whose payload contains this text fail. */
    String failOnlyFor;

    @Override
    public void appendJournal(JournalEntry entry) {
        if (fail && (failOnlyFor == null || entry.payload().contains(failOnlyFor))) {
            throw new IllegalStateException("disk full");
        }
        d.appendJournal(entry);
    }

    @Override
    public List<JournalEntry> journal(String stream, long fromMicros) {
        return d.journal(stream, fromMicros);
    }

    @Override
    public void append(List<Sample> batch) {
        d.append(batch);
    }

    @Override
    public List<Sample> range(SeriesKey series, long fromMicros, long toMicros) {
        return d.range(series, fromMicros, toMicros);
    }

    @Override
    public List<Bucket> downsample(SeriesKey series, long fromMicros, long toMicros, long bucketMicros) {
        return d.downsample(series, fromMicros, toMicros, bucketMicros);
    }

    @Override
    public Optional<Sample> latest(SeriesKey series) {
        return d.latest(series);
    }

    @Override
    public List<SeriesKey> series(Map<String, String> tagFilter) {
        return d.series(tagFilter);
    }

    @Override
    public long applyRetention(long olderThanMicros) {
        return d.applyRetention(olderThanMicros);
    }

    @Override
    public List<String> recoveryReport() {
        return d.recoveryReport();
    }

    @Override
    public void close() {
        d.close();
    }
}
