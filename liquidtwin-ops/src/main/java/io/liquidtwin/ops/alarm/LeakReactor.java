package io.liquidtwin.ops.alarm;

import java.util.Map;
import java.util.TreeMap;

/**
 * Redfish leak reactions: when a leak detector alarm's condition becomes active the reaction is armed for
 * {@code ReactionDelaySeconds}; if the condition clears (detector back to OK) before the delay, it is cancelled,
 * else it is applied through the {@link PlantActuator}. Arming, cancelling and applying are journaled (before they
 * take effect). Reactions follow the condition whatever the alarm's display state: shelving, suppressing or removing
 * the alarm from service hides the annunciation, not the protection. Reaction {@code None} is never armed.
 */
final class LeakReactor {

    private record Armed(LeakReactionSpec spec, long dueMicros) {
    }

    private final AlarmJournal journal;
    private final PlantActuator actuator;
    private final Map<String, Armed> armed = new TreeMap<>();

    LeakReactor(AlarmJournal journal, PlantActuator actuator) {
        this.journal = journal;
        this.actuator = actuator;
    }

    /** The debounced condition of an alarm changed. */
    void conditionChanged(AlarmDefinition def, boolean active, long nowMicros) {
        def.leakReaction().filter(s -> s.reaction() != LeakReaction.NONE).ifPresent(spec -> {
            if (active && !armed.containsKey(def.id())) {
                long due = nowMicros + spec.reactionDelaySeconds() * 1_000_000L;
                log(def.id(), spec, "armed", due, nowMicros);
                armed.put(def.id(), new Armed(spec, due));
            } else if (!active && armed.containsKey(def.id())) {
                log(def.id(), spec, "cancelled", armed.get(def.id()).dueMicros, nowMicros);
                armed.remove(def.id());
            }
        });
    }

    /** Applies the reactions due by {@code nowMicros} and advances the actuator. */
    void tick(long nowMicros) {
        for (var it = armed.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().dueMicros <= nowMicros) {
                log(e.getKey(), e.getValue().spec, "applied", e.getValue().dueMicros, nowMicros);
                it.remove();
                actuator.react(e.getValue().spec, nowMicros);
            }
        }
        actuator.tick(nowMicros);
    }

    /** Replays a journaled {@code reaction} event (restart). */
    void restore(String alarmId, LeakReactionSpec spec, String phase, long dueMicros) {
        if (phase.equals("armed")) {
            armed.put(alarmId, new Armed(spec, dueMicros));
        } else {
            armed.remove(alarmId);
        }
    }

    /** @return µs of the next due reaction (Long.MAX_VALUE if none) */
    long nextDueMicros() {
        return armed.values().stream().mapToLong(Armed::dueMicros).min().orElse(Long.MAX_VALUE);
    }

    /** @return whether a reaction is armed for the alarm */
    boolean isArmed(String alarmId) {
        return armed.containsKey(alarmId);
    }

    private void log(String alarmId, LeakReactionSpec spec, String phase, long due, long nowMicros) {
        journal.event("reaction", nowMicros, Map.of("alarm", alarmId, "cdu", spec.cduId(),
                "reaction", spec.reaction().redfishName(), "phase", phase, "dueMicros", due,
                "delaySeconds", spec.reactionDelaySeconds()));
    }
}
