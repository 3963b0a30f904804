package io.liquidtwin.server.ingest;

import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.TelemetryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit of concurrent write requests: each request queues its samples and waits for the committer's lock;
 * whoever holds it appends every queued request's samples to the store in one batch (one WAL transaction and one
 * apply, instead of one per request), then tells each request how its samples fared. A request returns only after
 * the append that holds its samples returned, so an acknowledged write is as durable as with a store append of its
 * own.
 *
 * <p>If a combined append fails, each request of the group is appended on its own, so one request's refused samples
 * (the store's {@link IllegalArgumentException}) fail only that request.
 */
final class GroupCommit {

    /** One request's samples and, once appended, its outcome. */
    private static final class Pending {
        final List<Sample> samples;
        volatile boolean done;
        volatile RuntimeException failure;

        Pending(List<Sample> samples) {
            this.samples = samples;
        }
    }

    private final TelemetryStore store;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();

    GroupCommit(TelemetryStore store) {
        this.store = store;
    }

    /** @return requests queued and not yet taken by an append (for tests) */
    int queued() {
        return queue.size();
    }

    /**
     * Appends {@code samples}, together with those of requests waiting at the same time.
     *
     * @throws RuntimeException what the store threw for these samples
     */
    void append(List<Sample> samples) {
        Pending p = new Pending(samples);
        queue.add(p);
        lock.lock();
        try {
            if (!p.done) { // else an earlier holder appended it with its group
                commitQueued();
            }
        } finally {
            lock.unlock();
        }
        if (p.failure != null) {
            throw p.failure;
        }
    }

    /** Appends every queued request (ours is among them: it was queued before we took the lock). */
    private void commitQueued() {
        List<Pending> group = new ArrayList<>();
        int total = 0;
        for (Pending q; (q = queue.poll()) != null; ) {
            group.add(q);
            total += q.samples.size();
        }
        if (group.size() == 1) {
            appendAlone(group.getFirst());
            return;
        }
        List<Sample> all = new ArrayList<>(total);
        group.forEach(q -> all.addAll(q.samples));
        try {
            store.append(all);
            group.forEach(q -> q.done = true);
        } catch (RuntimeException e) {
            group.forEach(this::appendAlone);
        }
    }

    private void appendAlone(Pending p) {
        try {
            store.append(p.samples);
        } catch (RuntimeException e) {
            p.failure = e;
        }
        p.done = true;
    }
}
