package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.TelemetryStore;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Drives {@link TelemetrySource}s into a {@link TelemetryStore}, one {@link #tick()} at a time: connects sources
 * that are due, polls connected ones, filters late samples, appends the rest (one store batch per poll), and marks
 * silent series STALE — all as {@link IngestPolicy} specifies, with all timing read from the injected clock. A
 * failing source (any exception from connect or poll) is closed and retried; it never stops the others. Samples the
 * store would refuse (null, or a timestamp outside its range) are rejected one by one with their reason and never
 * cost the rest of the batch; if the store still refuses a batch ({@link IllegalArgumentException}) it is appended
 * sample by sample. Any other store failure is recorded (the batch's samples are counted as lost) and the tick goes
 * on with the other sources and the stale scan. Its methods are synchronized: {@link IngestRunner} ticks it on a scheduler thread while
 * others read the status and counters.
 */
public final class SourceSupervisor implements AutoCloseable {

    /** How many recent rejections are kept for inspection. */
    public static final int RECENT_REJECTIONS = 100;

    private static final class Slot {
        final TelemetrySource source;
        boolean connected;
        int failures;
        long nextAttemptMs = Long.MIN_VALUE;
        String lastError = "";

        Slot(TelemetrySource source) {
            this.source = source;
        }
    }

    private final TelemetryStore store;
    private final InstantSource clock;
    private final IngestPolicy policy;
    private final List<Slot> slots = new ArrayList<>();
    private final SeriesTracker tracker;
    private final Deque<Rejection> recent = new ArrayDeque<>();
    private long accepted;
    private long rejectedLate;
    private long staleMarks;
    private long connects;
    private long failures;
    private long rejectedInvalid;
    private long storeFailures;
    private long lostToStore;
    private String lastStoreError = "";

    /** @param sources the sources, ticked in this order */
    public SourceSupervisor(TelemetryStore store, InstantSource clock, IngestPolicy policy,
                            List<? extends TelemetrySource> sources) {
        this.store = store;
        this.clock = clock;
        this.policy = policy;
        this.tracker = new SeriesTracker(policy);
        sources.forEach(s -> slots.add(new Slot(s)));
    }

    /** Runs one round: every source once, then the stale scan. */
    public synchronized void tick() {
        for (Slot slot : slots) {
            step(slot);
        }
        List<Sample> marks = tracker.staleMarks(clock.millis());
        if (!marks.isEmpty()) {
            try {
                store.append(marks);
                staleMarks += marks.size();
            } catch (RuntimeException e) {
                storeFailed("stale marks", marks.size(), e);
            }
        }
    }

    private void step(Slot slot) {
        long nowMs = clock.millis();
        if (!slot.connected) {
            if (nowMs < slot.nextAttemptMs) {
                return;
            }
            try {
                slot.source.connect();
                slot.connected = true;
                connects++;
            } catch (Exception e) {
                fail(slot, "connect", e, nowMs);
                return;
            }
        }
        List<Sample> batch;
        try {
            batch = slot.source.poll();
        } catch (Exception e) {
            closeQuietly(slot);
            slot.connected = false;
            fail(slot, "poll", e, nowMs);
            return;
        }
        slot.failures = 0;
        if (batch == null || batch.isEmpty()) {
            return;
        }
        List<Sample> keep = new ArrayList<>(batch.size());
        for (Sample s : batch) {
            String invalid = StoreBounds.check(s); // before the tracker: a bad timestamp must not become the newest
            if (invalid != null) {
                rejectedInvalid++;
                reject(slot, s, invalid);
                continue;
            }
            String reason = tracker.offer(s, nowMs);
            if (reason == null) {
                keep.add(s);
            } else {
                rejectedLate++;
                reject(slot, s, reason);
            }
        }
        if (!keep.isEmpty()) {
            append(slot, keep);
        }
    }

    /** Appends a batch; if the store refuses it as a whole, appends it sample by sample and rejects the bad ones. */
    private void append(Slot slot, List<Sample> keep) {
        try {
            store.append(keep);
            accepted += keep.size();
            return;
        } catch (IllegalArgumentException e) {
            // one bad sample fails the whole batch: fall back to one sample at a time
        } catch (RuntimeException e) {
            storeFailed(slot.source.name(), keep.size(), e);
            return;
        }
        for (int i = 0; i < keep.size(); i++) {
            Sample s = keep.get(i);
            try {
                store.append(List.of(s));
                accepted++;
            } catch (IllegalArgumentException e) {
                rejectedInvalid++;
                reject(slot, s, "invalid: " + e.getMessage());
            } catch (RuntimeException e) {
                storeFailed(slot.source.name(), keep.size() - i, e);
                return;
            }
        }
    }

    private void reject(Slot slot, Sample s, String reason) {
        if (recent.size() == RECENT_REJECTIONS) {
            recent.removeFirst();
        }
        recent.addLast(new Rejection(slot.source.name(), s, reason));
    }

    private void storeFailed(String what, int lost, RuntimeException e) {
        storeFailures++;
        lostToStore += lost;
        lastStoreError = "append (" + what + ") failed: " + e;
    }

    private static void closeQuietly(Slot slot) {
        try {
            slot.source.close();
        } catch (RuntimeException ignored) {
            // close() must not throw; if it does, the source is treated as closed anyway
        }
    }

    private void fail(Slot slot, String what, Exception e, long nowMs) {
        slot.failures++;
        failures++;
        slot.nextAttemptMs = nowMs + policy.backoffMs(slot.failures);
        slot.lastError = what + " failed: " + e;
    }

    /** @return the counters */
    public synchronized IngestStats stats() {
        return new IngestStats(accepted, rejectedLate, staleMarks, connects, failures, tracker.staleCount(),
                rejectedInvalid, storeFailures, lostToStore);
    }

    /** @return the last store failure ({@code append (<source or "stale marks">) failed: ...}), or "" if none */
    public synchronized String lastStoreError() {
        return lastStoreError;
    }

    /** @return the status of every source, in tick order */
    public synchronized List<SourceStatus> sources() {
        return slots.stream().map(s -> new SourceStatus(s.source.name(), s.connected, s.failures, s.nextAttemptMs,
                s.lastError)).toList();
    }

    /** @return the last {@link #RECENT_REJECTIONS} rejected samples, oldest first */
    public synchronized List<Rejection> recentRejections() {
        return List.copyOf(recent);
    }

    /** Closes every source (not the store). */
    @Override
    public synchronized void close() {
        for (Slot slot : slots) {
            closeQuietly(slot);
            slot.connected = false;
        }
    }
}
