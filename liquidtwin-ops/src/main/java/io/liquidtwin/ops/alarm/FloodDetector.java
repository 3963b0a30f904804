package io.liquidtwin.ops.alarm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Alarm flood detection (ISA-18.2 / EEMUA 191): a flood starts when more than {@code startAbove} alarms annunciate
 * within the window (default more than 10 in 10 min) and ends when the annunciations in the window fall below
 * {@code endBelow} (default 5 per 10 min). Every entry into UNACK counts as an annunciation (new activations, re-alarms
 * and alarms that come back active from shelving, suppression or out of service).
 */
public final class FloodDetector {

    private final int startAbove;
    private final int endBelow;
    private final long windowMicros;
    private final Deque<Long> times = new ArrayDeque<>();
    private boolean flooding;

    /** @return the ISA-18.2 defaults: start above 10 per 10 min, end below 5 per 10 min */
    public static FloodDetector isaDefaults() {
        return new FloodDetector(10, 5, 600_000_000L);
    }

    public FloodDetector(int startAbove, int endBelow, long windowMicros) {
        if (endBelow > startAbove || endBelow < 1 || windowMicros <= 0) {
            throw new IllegalArgumentException("need 1 ≤ endBelow ≤ startAbove and a window > 0");
        }
        this.startAbove = startAbove;
        this.endBelow = endBelow;
        this.windowMicros = windowMicros;
    }

    /** Records an annunciation; @return true if a flood starts with it */
    Optional<Boolean> annunciated(long atMicros) {
        times.addLast(atMicros);
        return poll(atMicros);
    }

    /** @return the new flood state if it changed by {@code nowMicros} (start or end), else empty */
    Optional<Boolean> poll(long nowMicros) {
        while (!times.isEmpty() && times.peekFirst() <= nowMicros - windowMicros) {
            times.removeFirst();
        }
        if (!flooding && times.size() > startAbove) {
            flooding = true;
            return Optional.of(true);
        }
        if (flooding && times.size() < endBelow) {
            flooding = false;
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** Sets the flood state without an event (restart from the journal). */
    void restore(boolean active) {
        flooding = active;
    }

    /** @return annunciations in the window ending at the last call */
    int count() {
        return times.size();
    }

    /** @return whether a flood is on */
    public boolean flooding() {
        return flooding;
    }

    /** @return µs when the oldest annunciation leaves the window (Long.MAX_VALUE if none) */
    long nextDueMicros() {
        return times.isEmpty() ? Long.MAX_VALUE : times.peekFirst() + windowMicros;
    }
}
