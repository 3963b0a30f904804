package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.TelemetryStore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ISA-18.2 alarm engine: feeds samples to each alarm's condition, runs the {@link AlarmMachine}, takes operator
 * actions, detects floods and chattering, arms leak reactions. Every transition is journaled (stream
 * {@value AlarmJournal#STREAM}) before it is applied in memory, so a crash never loses one that was acknowledged to
 * the caller; a debounced condition change is committed (and a leak reaction armed) only after the write
 * succeeded, so a failed write leaves it pending and it fires at a later tick. Time comes from the injected clock only; call {@link #tick()} periodically (timers: on/off delay, stale
 * data, shelve expiry, re-alarm, flood end, leak reaction delay). One thread at a time (methods are synchronized).
 *
 * <p>Restart ({@link #restore}): state, shelve expiry, acknowledgement time (re-alarm), flood state and armed leak
 * reactions are rebuilt from the journal; the debounced condition is the one journaled with the last transition, so
 * an alarm already active does not re-fire. On/off-delay progress is not journaled: a delay in progress at the crash
 * starts again from the restart. Condition changes while shelved, suppressed or out of service change no state;
 * they are journaled as {@code condition} events so that leaving the hidden state after a restart still goes to the
 * state the condition implies.
 */
public final class AlarmEngine {

    private static final class Slot {
        final AlarmDefinition def;
        final ConditionTracker tracker;
        AlarmState state = AlarmState.NORMAL;
        long shelvedUntilMicros;
        long ackedAtMicros;

        Slot(AlarmDefinition def, ConditionTracker tracker) {
            this.def = def;
            this.tracker = tracker;
        }
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final InstantSource clock;
    private final AlarmJournal journal;
    private final FloodDetector flood = FloodDetector.isaDefaults();
    private final ChatterDetector chatter = new ChatterDetector(3, 60_000_000L);
    private final LeakReactor reactor;

    /**
     * A fresh engine: every alarm NORMAL.
     *
     * @param residuals hooks of {@link Condition.Residual} alarms by name (each such alarm's hook must be present)
     * @param actuator  applies leak reactions ({@link PlantActuator#NONE} if no plant)
     */
    public AlarmEngine(TelemetryStore store, List<AlarmDefinition> definitions, InstantSource clock,
                       Map<String, TwinResidual> residuals, PlantActuator actuator) {
        this.clock = clock;
        this.journal = new AlarmJournal(store);
        this.reactor = new LeakReactor(journal, actuator);
        long now = now();
        for (AlarmDefinition d : definitions) {
            TwinResidual hook = null;
            if (d.condition() instanceof Condition.Residual r) {
                hook = residuals.get(r.hook());
                if (hook == null) {
                    throw new IllegalArgumentException("alarm " + d.id() + ": no twin residual hook '" + r.hook() + "'");
                }
            }
            if (slots.putIfAbsent(d.id(), new Slot(d, new ConditionTracker(d, hook, now))) != null) {
                throw new IllegalArgumentException("duplicate alarm id " + d.id());
            }
        }
    }

    /** A fresh engine without residual hooks or plant. */
    public AlarmEngine(TelemetryStore store, List<AlarmDefinition> definitions, InstantSource clock) {
        this(store, definitions, clock, Map.of(), PlantActuator.NONE);
    }

    /** Rebuilds an engine from the journal of {@code store} (see the class comment), without hooks or plant. */
    public static AlarmEngine restore(TelemetryStore store, List<AlarmDefinition> definitions, InstantSource clock) {
        return restore(store, definitions, clock, Map.of(), PlantActuator.NONE);
    }

    /** Rebuilds an engine from the journal of {@code store}; journaled alarms no longer defined are ignored. */
    public static AlarmEngine restore(TelemetryStore store, List<AlarmDefinition> definitions, InstantSource clock,
                                      Map<String, TwinResidual> residuals, PlantActuator actuator) {
        AlarmEngine e = new AlarmEngine(store, definitions, clock, residuals, actuator);
        long now = e.now();
        for (JournalEntry entry : store.journal(AlarmJournal.STREAM, Long.MIN_VALUE)) {
            Map<String, String> m = JournalJson.read(entry.payload());
            Slot s = m.containsKey("alarm") ? e.slots.get(m.get("alarm")) : null;
            switch (java.util.Objects.toString(m.get("type"), "")) {
                case "transition" -> {
                    if (s != null) {
                        AlarmTransition t = AlarmJournal.transition(m, entry.epochMicros());
                        e.applyInMemory(s, t, false);
                        s.tracker.restore(t.conditionActive(), now);
                    }
                }
                case "condition" -> {
                    if (s != null) {
                        s.tracker.restore(Boolean.parseBoolean(m.get("active")), now);
                    }
                }
                case "flood" -> e.flood.restore(m.get("event").equals("start"));
                case "reaction" -> {
                    if (s != null && s.def.leakReaction().isPresent()) {
                        e.reactor.restore(s.def.id(), s.def.leakReaction().get(), m.get("phase"),
                                Long.parseLong(m.get("dueMicros")));
                    }
                }
                default -> { }
            }
        }
        return e;
    }

    /**
     * Takes a sample: every alarm on its series evaluates it, then timers run ({@link #tick()}). Only GOOD and
     * SUBSTITUTED samples are evaluated; BAD and STALE samples change no condition (a BAD one still counts as an
     * arrival for stale-data alarms, a STALE re-mark does not).
     */
    public synchronized void onSample(Sample sample) {
        long now = now();
        for (Slot s : slots.values()) {
            if (s.def.series().equals(sample.series())) {
                s.tracker.onSample(sample, now);
            }
        }
        tick();
    }

    /**
     * Runs every timer due at the clock's now. A failure of one alarm (its journal write) does not keep the other
     * alarms, the flood detector or the leak reactions from running; the first failure is rethrown at the end, and
     * the failed alarm's change stays pending for the next tick.
     */
    public synchronized void tick() {
        long now = now();
        RuntimeException first = null;
        for (Slot s : slots.values()) {
            try {
                tickOne(s, now);
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        try {
            flood.poll(now).ifPresent(on -> floodEvent(on, now));
        } catch (RuntimeException e) {
            first = first == null ? e : first;
        }
        reactor.tick(now);
        if (first != null) {
            throw first;
        }
    }

    private void tickOne(Slot s, long now) {
        Optional<Boolean> changed = s.tracker.poll(now);
        if (changed.isPresent()) {
            boolean active = changed.get();
            // journal first, then commit the debounced change: if the write throws, the change stays pending
            if (s.state.hidden()) {
                journal.event("condition", now, Map.of("alarm", s.def.id(), "active", active,
                        "value", s.tracker.lastValue()));
                s.tracker.commit(active);
            } else {
                fire(s, active ? Cause.CONDITION_ACTIVE : Cause.CONDITION_CLEAR, AlarmTransition.SYSTEM, 0,
                        active);
            }
            reactor.conditionChanged(s.def, active, now);
        }
        if (s.state == AlarmState.SHELVED && now >= s.shelvedUntilMicros) {
            fire(s, Cause.SHELVE_EXPIRED, AlarmTransition.SYSTEM, 0, s.tracker.active());
        }
        long reAlarm = s.def.reAlarm().toNanos() / 1000;
        if (s.state == AlarmState.ACKED && reAlarm > 0 && now - s.ackedAtMicros >= reAlarm) {
            fire(s, Cause.RE_ALARM, AlarmTransition.SYSTEM, 0, s.tracker.active());
        }
    }

    /**
     * Operator acknowledges (UNACK → ACKED, or LATCHED for a latching alarm whose condition cleared; RTN_UNACK →
     * NORMAL or LATCHED). @throws IllegalStateException if not applicable
     */
    public synchronized void acknowledge(String alarmId, String who) {
        act(alarmId, Cause.ACKNOWLEDGE, who, 0);
    }

    /** Operator shelves for {@code duration} (re-shelving sets a new expiry). */
    public synchronized void shelve(String alarmId, Duration duration, String who) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("shelve duration must be > 0, got " + duration);
        }
        act(alarmId, Cause.SHELVE, who, now() + duration.toNanos() / 1000);
    }

    /** Operator unshelves: UNACK if the condition is active, else NORMAL. */
    public synchronized void unshelve(String alarmId, String who) {
        act(alarmId, Cause.UNSHELVE, who, 0);
    }

    /** Plant logic suppresses by design (e.g. a plant mode); {@code who} names the logic. */
    public synchronized void suppress(String alarmId, String who) {
        act(alarmId, Cause.SUPPRESS, who, 0);
    }

    /** Suppression by design ends: UNACK if the condition is active, else NORMAL. */
    public synchronized void unsuppress(String alarmId, String who) {
        act(alarmId, Cause.UNSUPPRESS, who, 0);
    }

    /** Removes from service (maintenance). */
    public synchronized void removeFromService(String alarmId, String who) {
        act(alarmId, Cause.REMOVE_FROM_SERVICE, who, 0);
    }

    /** Returns to service: UNACK if the condition is active, else NORMAL. */
    public synchronized void returnToService(String alarmId, String who) {
        act(alarmId, Cause.RETURN_TO_SERVICE, who, 0);
    }

    /** Operator resets a latched alarm (LATCHED → NORMAL). */
    public synchronized void reset(String alarmId, String who) {
        act(alarmId, Cause.RESET, who, 0);
    }

    /** @return the alarm's state */
    public synchronized AlarmState state(String alarmId) {
        return slot(alarmId).state;
    }

    /** @return the shelve expiry, epoch µs, while shelved */
    public synchronized Optional<Long> shelvedUntilMicros(String alarmId) {
        Slot s = slot(alarmId);
        return s.state == AlarmState.SHELVED ? Optional.of(s.shelvedUntilMicros) : Optional.empty();
    }

    /** @return whether the alarm's debounced condition is active */
    public synchronized boolean conditionActive(String alarmId) {
        return slot(alarmId).tracker.active();
    }

    /** @return whether an alarm flood is on */
    public synchronized boolean flooding() {
        return flood.flooding();
    }

    /** @return ids of the alarms chattering now (≥ 3 activations in the last 60 s), sorted */
    public synchronized Set<String> chattering() {
        return chatter.chattering(now());
    }

    /** @return whether a leak reaction of the alarm is armed (waiting for its delay) */
    public synchronized boolean reactionArmed(String alarmId) {
        return reactor.isArmed(alarmId);
    }

    private void act(String alarmId, Cause cause, String who, long until) {
        Slot s = slot(alarmId);
        if (!fire(s, cause, who, until, s.tracker.active())) {
            throw new IllegalStateException("alarm " + alarmId + ": " + cause + " does not apply in state " + s.state);
        }
    }

    /**
     * Journals then applies the transition {@code cause} makes, if any, and commits {@code cond} as the debounced
     * condition (after the journal write, so a failed write changes nothing); @return whether there was one
     *
     * @param cond the debounced condition after {@code cause}
     */
    private boolean fire(Slot s, Cause cause, String who, long until, boolean cond) {
        Optional<AlarmState> to = AlarmMachine.next(s.state, cause, s.def.latching(), cond);
        if (to.isEmpty()) {
            s.tracker.commit(cond);
            return false;
        }
        long now = now();
        AlarmTransition t = new AlarmTransition(s.def.id(), s.state, to.get(), cause, s.tracker.lastValue(), now, who,
                to.get() == AlarmState.SHELVED ? until : 0, cond);
        journal.write(t);
        s.tracker.commit(cond);
        applyInMemory(s, t, true);
        return true;
    }

    /** Applies a transition; {@code live}: journal the flood and chatter events it causes (not on replay). */
    private void applyInMemory(Slot s, AlarmTransition t, boolean live) {
        s.state = t.to();
        s.shelvedUntilMicros = t.shelvedUntilMicros();
        if (t.to() == AlarmState.ACKED) {
            s.ackedAtMicros = t.epochMicros();
        }
        if (t.to() == AlarmState.UNACK && t.from() != AlarmState.UNACK) {   // UNACK → UNACK: latched, not new
            long at = t.epochMicros();
            Optional<Boolean> floodChange = flood.annunciated(at);
            boolean chattering = t.cause() == Cause.CONDITION_ACTIVE && chatter.activated(s.def.id(), at);
            if (live) {
                floodChange.ifPresent(on -> floodEvent(on, at));
                if (chattering) {
                    journal.event("chatter", at, Map.of("alarm", s.def.id(), "count", 3, "windowSeconds", 60));
                }
            }
        }
    }

    private void floodEvent(boolean on, long now) {
        journal.event("flood", now, Map.of("event", on ? "start" : "end", "count", flood.count()));
    }

    private Slot slot(String alarmId) {
        Slot s = slots.get(alarmId);
        if (s == null) {
            throw new IllegalArgumentException("no alarm '" + alarmId + "'");
        }
        return s;
    }

    private long now() {
        java.time.Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }
}
