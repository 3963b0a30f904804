package io.liquidtwin.sim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Events scheduled at exact simulated times. The engine shortens the step that would cross an event so the event
 * happens at its time, fires every event due, and keeps what fired as part of the results.
 */
public final class EventTimeline {

    /**
     * One scheduled change to the plant.
     *
     * @param timeS       simulated time, s
     * @param description what happens, as the results timeline shows it (e.g. {@code "trip pump fws-pump-1"})
     * @param action      the change itself
     */
    public record ScheduledEvent(double timeS, String description, Runnable action) {
    }

    /**
     * An event that has happened.
     *
     * @param timeS       simulated time it fired, s
     * @param description what happened
     */
    public record FiredEvent(double timeS, String description) {
    }

    private final PriorityQueue<ScheduledEvent> pending =
            new PriorityQueue<>(Comparator.comparingDouble(ScheduledEvent::timeS));
    private final List<FiredEvent> fired = new ArrayList<>();

    /** Schedules an event; times must be finite and not negative. */
    public void schedule(double timeS, String description, Runnable action) {
        if (!(timeS >= 0) || Double.isInfinite(timeS)) {
            throw new IllegalArgumentException("event '" + description + "': time must be ≥ 0 s, got " + timeS);
        }
        pending.add(new ScheduledEvent(timeS, description, action));
    }

    /** @return the time of the next pending event, or +∞ */
    public double nextTimeS() {
        ScheduledEvent e = pending.peek();
        return e == null ? Double.POSITIVE_INFINITY : e.timeS();
    }

    /** Fires, in time order, every pending event at or before {@code timeS}. @return how many fired */
    public int fireDue(double timeS) {
        int n = 0;
        while (!pending.isEmpty() && pending.peek().timeS() <= timeS) {
            ScheduledEvent e = pending.poll();
            e.action().run();
            fired.add(new FiredEvent(e.timeS(), e.description()));
            n++;
        }
        return n;
    }

    /**
     * Records something the engine itself did at {@code timeS} (a detector changing state, a protection tripping) as a
     * fired event, so it appears in the results' timeline.
     */
    void note(double timeS, String description) {
        fired.add(new FiredEvent(timeS, description));
    }

    /** @return the events that have fired, in order */
    public List<FiredEvent> fired() {
        return List.copyOf(fired);
    }
}
