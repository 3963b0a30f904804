package io.liquidtwin.ops.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TelemetryStore} that hands every call to another store; subclasses override the calls they watch or
 * change (e.g. pass each acknowledged batch to an alarm engine, or fail writes on purpose in a test).
 */
public abstract class ForwardingTelemetryStore implements TelemetryStore {

    private final TelemetryStore delegate;

    /** @param delegate the store every call goes to */
    protected ForwardingTelemetryStore(TelemetryStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** @return the store every call goes to */
    protected final TelemetryStore delegate() {
        return delegate;
    }

    @Override
    public void append(List<Sample> batch) {
        delegate.append(batch);
    }

    @Override
    public List<Sample> range(SeriesKey series, long fromMicros, long toMicros) {
        return delegate.range(series, fromMicros, toMicros);
    }

    @Override
    public List<Bucket> downsample(SeriesKey series, long fromMicros, long toMicros, long bucketMicros) {
        return delegate.downsample(series, fromMicros, toMicros, bucketMicros);
    }

    @Override
    public Optional<Sample> latest(SeriesKey series) {
        return delegate.latest(series);
    }

    @Override
    public List<SeriesKey> series(Map<String, String> tagFilter) {
        return delegate.series(tagFilter);
    }

    @Override
    public long applyRetention(long olderThanMicros) {
        return delegate.applyRetention(olderThanMicros);
    }

    @Override
    public void appendJournal(JournalEntry entry) {
        delegate.appendJournal(entry);
    }

    @Override
    public List<JournalEntry> journal(String stream, long fromMicros) {
        return delegate.journal(stream, fromMicros);
    }

    @Override
    public List<String> recoveryReport() {
        return delegate.recoveryReport();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
