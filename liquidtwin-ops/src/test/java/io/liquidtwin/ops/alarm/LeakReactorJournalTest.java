package io.liquidtwin.ops.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.ops.store.SeriesKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Leak reactions against the journal: applying → react → applied, re-applied after a crash, failures isolated. */
class LeakReactorJournalTest {

    /** A process kill in the middle of {@code react} (an Error: nothing catches it). */
    static final class Kill extends Error {
        Kill() {
            super("killed");
        }
    }

    /** Records reacts and ticks; throws for the CDUs in {@link #failFor}, or {@link Kill} once if {@link #kill}. */
    static final class Actuator implements PlantActuator {
        final List<String> reacted = new ArrayList<>();
        final Set<String> failFor = new java.util.HashSet<>();
        boolean kill;
        int ticks;

        @Override
        public void react(LeakReactionSpec spec, long nowMicros) {
            if (kill) {
                kill = false;
                throw new Kill();
            }
            if (failFor.contains(spec.cduId())) {
                throw new IllegalStateException("actuator down for " + spec.cduId());
            }
            reacted.add(spec.cduId());
        }

        @Override
        public void tick(long nowMicros) {
            ticks++;
        }
    }

    static SeriesKey detector(String cdu) {
        return new SeriesKey("cdu.leak_detector", Map.of("cdu", cdu));
    }

    static AlarmDefinition leak(String cdu, long delayS) {
        return new AlarmDefinition(cdu + "-leak", detector(cdu), new Condition.Discrete(Set.of(2L)),
                Priority.CRITICAL, Duration.ZERO, Duration.ZERO, false, Duration.ZERO,
                Optional.of(new LeakReactionSpec(cdu, LeakReaction.FORCE_OFF, delayS)));
    }

    private static List<String> phases(Rig r, String alarm) {
        return r.journalTypes("reaction").stream().map(JournalJson::read).filter(m -> m.get("alarm").equals(alarm))
                .map(m -> m.get("phase")).toList();
    }

    @Test
    void aReactionKilledBetweenJournalAndReactIsReappliedAfterTheRestart() {
        Rig r = new Rig(leak("a", 5));
        Actuator act = new Actuator();
        r.engine = new AlarmEngine(r.store, r.defs, r.clock, Map.of(), act);
        r.feed(detector("a"), 2);
        r.run(4);
        act.kill = true;
        assertThatThrownBy(() -> r.run(1)).isInstanceOf(Kill.class);
        assertThat(act.reacted).isEmpty();
        Actuator after = new Actuator();
        r.engine = AlarmEngine.restore(r.store, r.defs, r.clock, Map.of(), after);
        r.engine.tick();
        assertThat(after.reacted).as("re-applied after the restart").containsExactly("a");
        assertThat(phases(r, "a-leak")).containsExactly("armed", "applying", "applying", "applied");
        r.run(10);
        assertThat(after.reacted).as("applied once").hasSize(1);
    }

    @Test
    void aFailingReactionDoesNotSkipTheOthersIsJournaledAndRetried() {
        Rig r = new Rig(leak("a", 5), leak("b", 5));
        Actuator act = new Actuator();
        act.failFor.add("a");
        r.engine = new AlarmEngine(r.store, r.defs, r.clock, Map.of(), act);
        r.feed(detector("a"), 2);
        r.feed(detector("b"), 2);
        int ticks = act.ticks;
        r.run(5);
        assertThat(act.reacted).containsExactly("b");
        assertThat(act.ticks).isEqualTo(ticks + 5);
        assertThat(phases(r, "a-leak")).containsExactly("armed", "applying", "failed");
        assertThat(r.journalTypes("reaction").stream().filter(p -> p.contains("\"phase\":\"failed\"")))
                .singleElement().asString().contains("actuator down for a");
        r.run(3);
        assertThat(phases(r, "a-leak")).as("the failure is journaled once").hasSize(3);
        r.engine = AlarmEngine.restore(r.store, r.defs, r.clock, Map.of(), act);
        act.failFor.clear();
        r.run(1);
        assertThat(act.reacted).as("retried until it succeeds, also across a restart").containsExactly("b", "a");
        assertThat(phases(r, "a-leak")).containsExactly("armed", "applying", "failed", "applied");
        assertThat(phases(r, "b-leak")).containsExactly("armed", "applying", "applied");
    }
}
