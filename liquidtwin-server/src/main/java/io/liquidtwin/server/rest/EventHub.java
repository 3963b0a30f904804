package io.liquidtwin.server.rest;

import io.javalin.http.sse.SseClient;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.live.TwinSnapshot;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.concurrent.TimeUnit;

/**
 * Fans the twin out to server-sent event clients. One twin listener only wakes the clients; each client is served on
 * its own (virtual) request thread, so a slow client holds up no one else and never the twin. After each new snapshot
 * a client is sent the alarm journal entries appended since its last read, then the snapshot — at most
 * {@code maxSnapshotsPerSecond} (newer snapshots replace ones not yet sent) — and a keep-alive comment after
 * {@code keepAlive} of silence. A client whose connection fails is dropped at its next write.
 */
final class EventHub {

    /** What a stream sends: a snapshot and alarm journal entries, in its own format. */
    interface Sink {
        void snapshot(SseClient sse, TwinSnapshot s);

        void alarm(SseClient sse, AlarmCursor.Entry e);
    }

    private final LiveTwin twin;
    private final long minIntervalNanos;
    private final Duration keepAlive;
    private final Set<Semaphore> clients = ConcurrentHashMap.newKeySet();

    EventHub(LiveTwin twin, double maxSnapshotsPerSecond, Duration keepAlive) {
        this.twin = twin;
        this.minIntervalNanos = Math.round(1e9 / maxSnapshotsPerSecond);
        this.keepAlive = keepAlive;
        twin.addListener(s -> clients.forEach(Semaphore::release));
    }

    /** @return how many clients are connected now */
    int clientCount() {
        return clients.size();
    }

    /** The request attribute holding the client's {@link #ALLOWED} check. */
    static final String ALLOWED = "liquidtwin.stream.allowed";

    /**
     * Serves one client until its connection ends or its credentials no longer hold (the request attribute
     * {@link #ALLOWED}, a {@link BooleanSupplier} checked before every write: a logout, a deleted or disabled account
     * or a changed role ends the stream); runs on the request's thread.
     */
    void serve(SseClient sse, Sink sink) {
        BooleanSupplier allowed = sse.ctx().attribute(ALLOWED);
        if (allowed == null) {
            allowed = () -> true;
        }
        Semaphore wake = new Semaphore(0);
        clients.add(wake);
        try {
            AlarmCursor alarms = new AlarmCursor(twin.store(), twin.epochMicrosNow());
            sse.sendComment("connected");
            long lastSequence = -1;
            long lastSentNanos = System.nanoTime() - minIntervalNanos;
            while (!sse.terminated() && allowed.getAsBoolean()) {
                if (twin.snapshot().sequence() != lastSequence) {
                    long wait = lastSentNanos + minIntervalNanos - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(Duration.ofNanos(wait));
                    }
                    wake.drainPermits();
                    TwinSnapshot s = twin.snapshot();
                    for (AlarmCursor.Entry e : alarms.next()) {
                        sink.alarm(sse, e);
                    }
                    sink.snapshot(sse, s);
                    lastSequence = s.sequence();
                    lastSentNanos = System.nanoTime();
                } else if (!wake.tryAcquire(keepAlive.toNanos(), TimeUnit.NANOSECONDS)) {
                    sse.sendComment("keep-alive");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(wake);
            sse.close();
        }
    }
}
