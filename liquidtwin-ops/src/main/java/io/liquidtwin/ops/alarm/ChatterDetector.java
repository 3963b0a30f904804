package io.liquidtwin.ops.alarm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chattering alarms (EEMUA 191: an alarm that repeatedly transitions between the alarm and normal states in a short
 * time): an alarm is chattering while it activated at least {@code activations} times within the window (default 3
 * in 60 s). Chattering is reported (journal event and {@link AlarmEngine#chattering()}), not auto-shelved: ISA-18.2
 * practice is to report it for rationalisation (fix the deadband or delays); shelving stays an operator's decision.
 */
final class ChatterDetector {

    private final int activations;
    private final long windowMicros;
    private final Map<String, Deque<Long>> times = new HashMap<>();

    ChatterDetector(int activations, long windowMicros) {
        this.activations = activations;
        this.windowMicros = windowMicros;
    }

    /** Records an activation; @return true if the alarm just became chattering with it */
    boolean activated(String alarmId, long atMicros) {
        Deque<Long> d = times.computeIfAbsent(alarmId, k -> new ArrayDeque<>());
        trim(d, atMicros);
        d.addLast(atMicros);
        return d.size() == activations;
    }

    /** @return ids of the alarms chattering at {@code nowMicros}, sorted */
    Set<String> chattering(long nowMicros) {
        Set<String> out = new TreeSet<>();
        times.forEach((id, d) -> {
            trim(d, nowMicros);
            if (d.size() >= activations) {
                out.add(id);
            }
        });
        return out;
    }

    private void trim(Deque<Long> d, long nowMicros) {
        while (!d.isEmpty() && d.peekFirst() <= nowMicros - windowMicros) {
            d.removeFirst();
        }
    }
}
