package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adapts a push feed (callbacks from a client library) to {@link TelemetrySource}: producers call
 * {@link #publish} and {@link #lost}; the supervisor drains the buffer on every poll. Samples published while
 * disconnected are dropped (the peer is expected to resend). At most {@code capacity} samples are buffered; beyond
 * that the oldest are dropped and counted. After {@link #lost}, the next poll still returns what was buffered before
 * and the poll after it fails; samples still buffered when the source is closed are dropped and counted. Thread-safe.
 */
public final class PushSource implements TelemetrySource {

    /** Opens the push subscription; throws if it cannot. */
    @FunctionalInterface
    public interface Subscriber {
        void subscribe(PushSource target) throws IOException;
    }

    private final String name;
    private final Subscriber subscriber;
    private final int capacity;
    private final List<Sample> buffer = new ArrayList<>();
    private boolean connected;
    private String lostReason;
    private long dropped;

    /**
     * @param name       source name
     * @param subscriber called by {@link #connect} to (re)open the subscription
     * @param capacity   most samples buffered between polls (≥ 1)
     */
    public PushSource(String name, Subscriber subscriber, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be ≥ 1, got " + capacity);
        }
        this.name = name;
        this.subscriber = subscriber;
        this.capacity = capacity;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void connect() throws IOException {
        synchronized (this) {
            connected = true; // a subscriber may deliver retained samples while subscribing
            lostReason = null;
        }
        try {
            subscriber.subscribe(this);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Called by the producer with newly arrived samples. */
    public synchronized void publish(List<Sample> samples) {
        if (!connected) {
            dropped += samples.size();
            return;
        }
        buffer.addAll(samples);
        int excess = buffer.size() - capacity;
        if (excess > 0) {
            buffer.subList(0, excess).clear();
            dropped += excess;
        }
    }

    /**
     * Called by the producer when its connection is lost; the next poll returns the samples buffered so far (if any)
     * and the poll after that fails with {@code reason}.
     */
    public synchronized void lost(String reason) {
        lostReason = reason;
        connected = false; // what is published from now on is dropped until the next connect
    }

    @Override
    public synchronized List<Sample> poll() throws IOException {
        if (lostReason != null) {
            if (!buffer.isEmpty()) { // received before the loss: deliver them, fail on the next poll
                List<Sample> out = List.copyOf(buffer);
                buffer.clear();
                return out;
            }
            throw new IOException("push connection lost: " + lostReason);
        }
        if (!connected) {
            throw new IOException("not connected");
        }
        List<Sample> out = List.copyOf(buffer);
        buffer.clear();
        return out;
    }

    /** @return samples dropped (overflow, published while disconnected, or still buffered at close) */
    public synchronized long dropped() {
        return dropped;
    }

    @Override
    public synchronized void close() {
        connected = false;
        dropped += buffer.size();
        buffer.clear();
    }
}
