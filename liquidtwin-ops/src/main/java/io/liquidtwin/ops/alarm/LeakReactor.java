package io.liquidtwin.ops.alarm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Redfish leak reactions: when a leak detector alarm's condition becomes active the reaction is armed for
 * {@code ReactionDelaySeconds}; if the condition clears (detector back to OK) before the delay, it is cancelled,
 * else it is applied through the {@link PlantActuator}. Arming and cancelling are journaled before they take effect.
 * Applying is journaled {@code applying}, then the actuator reacts, then {@code applied}: a crash between the two
 * leaves {@code applying} last, and the restored engine applies it again (the actuator's {@code react} is
 * idempotent). A reaction whose {@code react} throws is journaled {@code failed} (once, with the error) and stays
 * pending: it is retried at every tick, also after a restart, until it succeeds or the condition clears (then it is
 * cancelled); it does not keep the other reactions or the actuator's tick from running. Reactions follow the
 * condition whatever the alarm's display state: shelving, suppressing or removing the alarm from service hides the
 * annunciation, not the protection. Reaction {@code None} is never armed.
 */
final class LeakReactor {

    /** @param failing whether its {@code react} failed (journaled {@code failed}): retried without re-journaling */
    private record Armed(LeakReactionSpec spec, long dueMicros, boolean failing) {
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
                log(def.id(), spec, "armed", due, nowMicros, null);
                armed.put(def.id(), new Armed(spec, due, false));
            } else if (!active && armed.containsKey(def.id())) {
                log(def.id(), spec, "cancelled", armed.get(def.id()).dueMicros, nowMicros, null);
                armed.remove(def.id());
            }
        });
    }

    /**
     * Applies the reactions due by {@code nowMicros} (each on its own: one that fails is journaled and retried
     * later) and advances the actuator.
     */
    void tick(long nowMicros) {
        for (var e : List.copyOf(armed.entrySet())) {
            if (e.getValue().dueMicros <= nowMicros) {
                apply(e.getKey(), e.getValue(), nowMicros);
            }
        }
        actuator.tick(nowMicros);
    }

    private void apply(String alarmId, Armed a, long nowMicros) {
        try {
            if (!a.failing) {
                log(alarmId, a.spec, "applying", a.dueMicros, nowMicros, null);
            }
            actuator.react(a.spec, nowMicros);
            log(alarmId, a.spec, "applied", a.dueMicros, nowMicros, null);
            armed.remove(alarmId);
        } catch (RuntimeException ex) {
            if (!a.failing) {
                try {
                    log(alarmId, a.spec, "failed", a.dueMicros, nowMicros, String.valueOf(ex));
                    armed.put(alarmId, new Armed(a.spec, a.dueMicros, true));
                } catch (RuntimeException journalDown) {
                    // the journal is down too: stays pending, tried again (and journaled) at the next tick
                }
            }
        }
    }

    /** Replays a journaled {@code reaction} event (restart): armed, applying and failed are pending. */
    void restore(String alarmId, LeakReactionSpec spec, String phase, long dueMicros) {
        switch (phase) {
            case "armed", "applying" -> armed.put(alarmId, new Armed(spec, dueMicros, false));
            case "failed" -> armed.put(alarmId, new Armed(spec, dueMicros, true));
            default -> armed.remove(alarmId);
        }
    }

    /** @return µs of the next due reaction (Long.MAX_VALUE if none) */
    long nextDueMicros() {
        return armed.values().stream().mapToLong(Armed::dueMicros).min().orElse(Long.MAX_VALUE);
    }

    /** @return whether a reaction is armed for the alarm (waiting for its delay, or failed and to be retried) */
    boolean isArmed(String alarmId) {
        return armed.containsKey(alarmId);
    }

    private void log(String alarmId, LeakReactionSpec spec, String phase, long due, long nowMicros, String error) {
        Map<String, Object> m = new LinkedHashMap<>(Map.of("alarm", alarmId, "cdu", spec.cduId(),
                "reaction", spec.reaction().redfishName(), "phase", phase, "dueMicros", due,
                "delaySeconds", spec.reactionDelaySeconds()));
        if (error != null) {
            m.put("error", error);
        }
        journal.event("reaction", nowMicros, m);
    }
}
