package io.liquidtwin.ops.alarm;

import static io.liquidtwin.ops.alarm.AlarmState.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every state of the machine: put an alarm in it, restart (a new engine restored from the same journal), check
 * the state and that nothing re-fires, then continue the scenario and check the next transitions.
 */
class AlarmRestartTest {

    /** Alarm "a" (re-alarm 300 s) or "l" (latching). */
    record Scenario(AlarmState state, String alarm, Consumer<Rig> setup, Consumer<Rig> resume, AlarmState next) {
        @Override
        public String toString() {
            return state + " → " + next;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario(NORMAL, "a", r -> r.feed(40), r -> r.feed(50), UNACK),
                new Scenario(UNACK, "a", r -> r.feed(50), r -> r.engine.acknowledge("a", "op"), ACKED),
                new Scenario(ACKED, "a", r -> {
                    r.feed(50);
                    r.run(100);
                    r.engine.acknowledge("a", "op");
                    r.run(200);
                }, r -> {
                    r.run(99);
                    assertThat(r.state("a")).as("re-alarm timer kept from the journaled ack").isEqualTo(ACKED);
                    r.run(1);
                }, UNACK),
                new Scenario(RTN_UNACK, "a", r -> {
                    r.feed(50);
                    r.feed(40);
                }, r -> r.engine.acknowledge("a", "op"), NORMAL),
                new Scenario(LATCHED, "l", r -> {
                    r.feed(50);
                    r.engine.acknowledge("l", "op");
                    r.feed(40);
                }, r -> r.engine.reset("l", "op"), NORMAL),
                new Scenario(SHELVED, "a", r -> {
                    r.feed(50);
                    r.engine.shelve("a", Duration.ofMinutes(10), "op");
                    r.run(300);
                }, r -> {
                    r.run(299);
                    assertThat(r.state("a")).as("shelve expiry kept").isEqualTo(SHELVED);
                    r.run(1);
                }, UNACK),
                new Scenario(SUPPRESSED_BY_DESIGN, "a", r -> r.engine.suppress("a", "mode"), r -> {
                    r.feed(50);
                    assertThat(r.state("a")).isEqualTo(SUPPRESSED_BY_DESIGN);
                    r.engine.unsuppress("a", "mode");
                }, UNACK),
                new Scenario(OUT_OF_SERVICE, "a", r -> {
                    r.feed(50);
                    r.engine.removeFromService("a", "tech");
                    r.feed(40);
                }, r -> r.engine.returnToService("a", "tech"), NORMAL));
    }

    @Test
    void everyStateHasAScenario() {
        assertThat(scenarios().map(Scenario::state).toList()).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(AlarmState.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void restartInTheMiddleOfEveryState(Scenario s) {
        Rig r = new Rig(Rig.hi("a", 0, 0, false, 300), Rig.hi("l", 0, 0, true, 0));
        s.setup().accept(r);
        assertThat(r.state(s.alarm())).isEqualTo(s.state());
        int journaled = transitions(r, s.alarm()).size();
        r.restart();
        assertThat(r.state(s.alarm())).as("state after restart").isEqualTo(s.state());
        boolean active = r.engine.conditionActive(s.alarm());
        r.feed(active ? 50 : 40);
        assertThat(transitions(r, s.alarm())).as("the same condition re-fires nothing").hasSize(journaled);
        assertThat(r.state(s.alarm())).isEqualTo(s.state());
        s.resume().accept(r);
        assertThat(r.state(s.alarm())).isEqualTo(s.next());
        List<AlarmTransition> all = transitions(r, s.alarm());
        assertThat(all.subList(journaled, all.size())).extracting(AlarmTransition::to).last().isEqualTo(s.next());
        r.restart();
        assertThat(r.state(s.alarm())).as("state after a second restart").isEqualTo(s.next());
    }

    private static List<AlarmTransition> transitions(Rig r, String alarm) {
        return r.transitions().stream().filter(t -> t.alarmId().equals(alarm)).toList();
    }

    @Test
    void conditionChangedWhileHiddenSurvivesARestart() {
        Rig r = new Rig(Rig.hi("a"));
        r.engine.shelve("a", Duration.ofMinutes(5), "op");
        r.feed(50);
        r.restart();
        r.engine.unshelve("a", "op");
        assertThat(r.state("a")).isEqualTo(UNACK);
    }

    @Test
    void activeStaleAndRateAlarmsDoNotClearAtRestartWithoutEvidence() {
        io.liquidtwin.ops.store.SeriesKey flow = io.liquidtwin.ops.store.SeriesKey.of("cdu.flow");
        Rig r = new Rig(AlarmDefinition.simple("stale", flow, new Condition.Stale(30), Priority.LOW),
                AlarmDefinition.simple("roc", Rig.TEMP, new Condition.RateOfChange(2, 60, 0), Priority.LOW));
        r.feed(30);
        r.run(10);
        r.feed(35);
        r.run(30);
        assertThat(r.state("stale")).isEqualTo(UNACK);
        assertThat(r.state("roc")).isEqualTo(UNACK);
        r.restart();
        r.run(5);
        r.feed(35);
        assertThat(r.state("stale")).as("no sample since the restart: still stale").isEqualTo(UNACK);
        assertThat(r.state("roc")).as("one sample gives no rate").isEqualTo(UNACK);
        r.feed(flow, 1);
        r.clock.advanceSeconds(10);
        r.feed(35);
        assertThat(r.state("stale")).isEqualTo(RTN_UNACK);
        assertThat(r.state("roc")).as("flat over two samples").isEqualTo(RTN_UNACK);
    }

    @Test
    void onDelayInProgressRestartsFromTheRestart() {
        Rig r = new Rig(Rig.hi("a", 10, 0, false, 0));
        r.feed(50);
        r.run(8);
        r.restart();
        r.feed(50);
        r.run(9);
        assertThat(r.state("a")).as("delay progress is not journaled").isEqualTo(NORMAL);
        r.run(1);
        assertThat(r.state("a")).isEqualTo(UNACK);
    }
}
