package io.liquidtwin.ops.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link TelemetryStore} in memory, for tests and short-lived tools: nothing survives the process, so "durable"
 * means only "visible to readers once {@code append} returns".
 */
public final class InMemoryTelemetryStore implements TelemetryStore {

    private final Map<String, SeriesKey> keys = new ConcurrentHashMap<>();
    private final Map<String, NavigableMap<Long, Sample>> data = new ConcurrentHashMap<>();
    private final Map<String, List<JournalEntry>> journals = new ConcurrentHashMap<>();
    /** A batch becomes visible whole: writers take the write lock, readers the read lock. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;
    /** Samples older than this were dropped by {@link #applyRetention}; later appends below it are ignored. */
    private volatile long retentionFloorMicros = StoreChecks.MIN_EPOCH_MICROS;

    @Override
    public void append(List<Sample> batch) {
        lock.writeLock().lock();
        try {
            open();
            StoreChecks.batch(batch);
            for (Sample s : batch) {
                if (s.epochMicros() < retentionFloorMicros) {
                    continue;
                }
                String id = s.series().id();
                keys.putIfAbsent(id, s.series());
                data.computeIfAbsent(id, k -> new ConcurrentSkipListMap<>()).put(s.epochMicros(), s);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<Sample> range(SeriesKey series, long fromMicros, long toMicros) {
        lock.readLock().lock();
        try {
            open();
            StoreChecks.series(series);
            NavigableMap<Long, Sample> m = data.get(series.id());
            if (m == null || fromMicros >= toMicros) {
                return List.of();
            }
            return List.copyOf(m.subMap(fromMicros, true, toMicros, false).values());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Bucket> downsample(SeriesKey series, long fromMicros, long toMicros, long bucketMicros) {
        lock.readLock().lock();
        try {
            open();
            StoreChecks.series(series);
            StoreChecks.bucketMicros(bucketMicros);
            TreeMap<Long, List<Sample>> byBucket = new TreeMap<>();
            for (Sample s : range(series, fromMicros, toMicros)) {
                byBucket.computeIfAbsent(Math.floorDiv(s.epochMicros(), bucketMicros) * bucketMicros,
                        k -> new ArrayList<>()).add(s);
            }
            List<Bucket> out = new ArrayList<>();
            byBucket.forEach((start, list) -> {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                double sum = 0;
                for (Sample s : list) {
                    min = Math.min(min, s.value());
                    max = Math.max(max, s.value());
                    sum += s.value();
                }
                out.add(new Bucket(start, list.size(), min, max, sum / list.size(), list.get(list.size() - 1).value()));
            });
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<Sample> latest(SeriesKey series) {
        lock.readLock().lock();
        try {
            open();
            StoreChecks.series(series);
            NavigableMap<Long, Sample> m = data.get(series.id());
            return m == null || m.isEmpty() ? Optional.empty() : Optional.of(m.lastEntry().getValue());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<SeriesKey> series(Map<String, String> tagFilter) {
        lock.readLock().lock();
        try {
            open();
            StoreChecks.tagFilter(tagFilter);
            return keys.values().stream().filter(k -> k.tags().entrySet().containsAll(tagFilter.entrySet()))
                    .sorted(java.util.Comparator.comparing(SeriesKey::id)).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long applyRetention(long olderThanMicros) {
        lock.writeLock().lock();
        try {
            open();
            if (olderThanMicros <= retentionFloorMicros) {
                return 0;
            }
            retentionFloorMicros = olderThanMicros;
            long dropped = 0;
            for (NavigableMap<Long, Sample> m : data.values()) {
                var old = m.headMap(olderThanMicros, false);
                dropped += old.size();
                old.clear();
            }
            return dropped;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void appendJournal(JournalEntry entry) {
        lock.writeLock().lock();
        try {
            open();
            StoreChecks.journalEntry(entry);
            journals.computeIfAbsent(entry.stream(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<JournalEntry> journal(String stream, long fromMicros) {
        lock.readLock().lock();
        try {
            open();
            StoreChecks.stream(stream);
            return journals.getOrDefault(stream, List.of()).stream().filter(e -> e.epochMicros() >= fromMicros)
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<String> recoveryReport() {
        return List.of();
    }

    @Override
    public void close() {
        closed = true;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the telemetry store is closed");
        }
    }
}
