package io.liquidtwin.ops.alarm;

import static io.liquidtwin.ops.alarm.AlarmState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.SeriesKey;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine on a fake clock: conditions, delays, operator actions and the journal. */
class AlarmEngineTest {

    @Test
    void deadbandKeepsTheAlarmActiveUntilTheValueCrossesLimitMinusDeadband() {
        Rig r = new Rig(Rig.hi("a"));
        r.feed(44.9);
        assertThat(r.state("a")).isEqualTo(NORMAL);
        r.feed(45.0);
        assertThat(r.state("a")).isEqualTo(UNACK);
        r.feed(44.0);
        r.feed(43.0);
        assertThat(r.state("a")).as("43 is not below 45 − 2").isEqualTo(UNACK);
        r.feed(42.99);
        assertThat(r.state("a")).isEqualTo(RTN_UNACK);
        r.feed(44.5);
        assertThat(r.state("a")).as("re-activates only at the limit").isEqualTo(RTN_UNACK);
    }

    @Test
    void lowLimitDeadbandIsAboveTheLimit() {
        Rig r = new Rig(new AlarmDefinition("lo", Rig.TEMP, new Condition.Limit(Condition.LimitType.LOLO, 10, 1),
                Priority.CRITICAL, Duration.ZERO, Duration.ZERO, false, Duration.ZERO, Optional.empty()));
        r.feed(10.0);
        assertThat(r.state("lo")).isEqualTo(UNACK);
        r.feed(11.0);
        assertThat(r.state("lo")).isEqualTo(UNACK);
        r.feed(11.01);
        assertThat(r.state("lo")).isEqualTo(RTN_UNACK);
    }

    @Test
    void onDelayNeedsTheConditionToHoldAndOffDelayNeedsItClear() {
        Rig r = new Rig(Rig.hi("a", 10, 5, false, 0));
        r.feed(50);
        r.run(9);
        assertThat(r.state("a")).isEqualTo(NORMAL);
        r.feed(40);
        r.run(5);
        r.feed(50);
        r.run(9);
        assertThat(r.state("a")).as("a dip restarts the on-delay").isEqualTo(NORMAL);
        r.run(1);
        assertThat(r.state("a")).isEqualTo(UNACK);
        r.feed(40);
        r.run(4);
        assertThat(r.state("a")).isEqualTo(UNACK);
        r.run(1);
        assertThat(r.state("a")).isEqualTo(RTN_UNACK);
    }

    @Test
    void acknowledgeAndReturnToNormalBothOrders() {
        Rig r = new Rig(Rig.hi("a"));
        r.feed(50);
        r.engine.acknowledge("a", "op1");
        assertThat(r.state("a")).isEqualTo(ACKED);
        r.feed(40);
        assertThat(r.state("a")).isEqualTo(NORMAL);
        r.feed(50);
        r.feed(40);
        assertThat(r.state("a")).isEqualTo(RTN_UNACK);
        r.engine.acknowledge("a", "op1");
        assertThat(r.state("a")).isEqualTo(NORMAL);
        assertThatThrownBy(() -> r.engine.acknowledge("a", "op1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NORMAL");
        assertThat(r.transitions()).extracting(t -> t.from() + ">" + t.to() + ":" + t.who())
                .containsExactly("NORMAL>UNACK:system", "UNACK>ACKED:op1", "ACKED>NORMAL:system",
                        "NORMAL>UNACK:system", "UNACK>RTN_UNACK:system", "RTN_UNACK>NORMAL:op1");
        assertThat(r.transitions().get(0).value()).isEqualTo(50);
    }

    @Test
    void shelvedAlarmIsNotAnnunciatedAndReturnsToWhatItsConditionImpliesOnExpiry() {
        Rig r = new Rig(Rig.hi("a"), Rig.hi("b"));
        r.engine.shelve("a", Duration.ofMinutes(10), "op1");
        r.engine.shelve("b", Duration.ofMinutes(10), "op1");
        assertThat(r.engine.shelvedUntilMicros("a")).contains(r.clock.micros() + 600_000_000L);
        r.feed(50);
        assertThat(r.state("a")).isEqualTo(SHELVED);
        r.run(599);
        assertThat(r.state("a")).isEqualTo(SHELVED);
        r.engine.unshelve("b", "op1");
        assertThat(r.state("b")).as("unshelved while active: annunciates").isEqualTo(UNACK);
        r.run(1);
        assertThat(r.state("a")).isEqualTo(UNACK);
        assertThat(r.transitions().stream().filter(t -> t.alarmId().equals("a")).map(Transition -> Transition.cause()))
                .containsExactly(Cause.SHELVE, Cause.SHELVE_EXPIRED);
        r.engine.shelve("a", Duration.ofSeconds(30), "op1");
        r.feed(40);
        r.run(30);
        assertThat(r.state("a")).as("condition cleared while shelved").isEqualTo(NORMAL);
    }

    @Test
    void suppressedAndOutOfServiceAlarmsDoNotAnnunciate() {
        Rig r = new Rig(Rig.hi("s"), Rig.hi("o"));
        r.engine.suppress("s", "plant-mode:maintenance");
        r.engine.removeFromService("o", "tech1");
        r.feed(50);
        r.feed(40);
        r.feed(50);
        assertThat(r.state("s")).isEqualTo(SUPPRESSED_BY_DESIGN);
        assertThat(r.state("o")).isEqualTo(OUT_OF_SERVICE);
        assertThat(r.transitions()).hasSize(2);
        r.engine.unsuppress("s", "plant-mode:run");
        r.engine.returnToService("o", "tech1");
        assertThat(r.state("s")).isEqualTo(UNACK);
        assertThat(r.state("o")).isEqualTo(UNACK);
        r.engine.shelve("s", Duration.ofMinutes(1), "x");
        assertThat(r.state("s")).isEqualTo(SHELVED);
        r.engine.suppress("s", "m");
        assertThatThrownBy(() -> r.engine.shelve("s", Duration.ofMinutes(1), "x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acknowledgedAlarmStillActiveReAnnunciatesAfterTheReAlarmTime() {
        Rig r = new Rig(Rig.hi("a", 0, 0, false, 300));
        r.feed(50);
        r.run(100);
        r.engine.acknowledge("a", "op1");
        r.run(299);
        assertThat(r.state("a")).isEqualTo(ACKED);
        r.run(1);
        assertThat(r.state("a")).isEqualTo(UNACK);
        assertThat(r.transitions().getLast().cause()).isEqualTo(Cause.RE_ALARM);
        r.engine.acknowledge("a", "op1");
        r.run(299);
        assertThat(r.state("a")).as("the timer restarts at the new acknowledgement").isEqualTo(ACKED);
    }

    @Test
    void latchingAlarmStaysUntilResetAfterReturnAndAcknowledge() {
        Rig r = new Rig(Rig.hi("l", 0, 0, true, 0));
        r.feed(50);
        assertThatThrownBy(() -> r.engine.reset("l", "op1")).isInstanceOf(IllegalStateException.class);
        r.feed(40);
        assertThat(r.state("l")).as("a latching alarm does not return to normal by itself").isEqualTo(UNACK);
        for (int i = 0; i < 3; i++) {
            r.feed(50);
            r.feed(40);
        }
        assertThat(r.state("l")).isEqualTo(UNACK);
        assertThat(r.engine.chattering()).as("condition changes while latched are not new annunciations").isEmpty();
        r.restart();
        assertThat(r.engine.conditionActive("l")).as("the clear while latched is journaled").isFalse();
        r.engine.acknowledge("l", "op1");
        assertThat(r.state("l")).isEqualTo(LATCHED);
        assertThat(r.transitions()).extracting(t -> t.from() + ">" + t.to()).first().isEqualTo("NORMAL>UNACK");
        assertThat(r.transitions()).extracting(t -> t.from() + ">" + t.to()).last().isEqualTo("UNACK>LATCHED");
        assertThat(r.transitions()).extracting(t -> t.from() + ">" + t.to()).filteredOn("UNACK>UNACK"::equals)
                .hasSize(7);
        r.run(3600);
        assertThat(r.state("l")).isEqualTo(LATCHED);
        r.engine.reset("l", "op1");
        assertThat(r.state("l")).isEqualTo(NORMAL);
        r.feed(50);
        r.engine.acknowledge("l", "op1");
        r.feed(40);
        assertThat(r.state("l")).as("acked then cleared").isEqualTo(LATCHED);
        r.feed(50);
        assertThat(r.state("l")).as("re-activation while latched").isEqualTo(UNACK);
    }

    @Test
    void rateOfChangeOverItsWindow() {
        Rig r = new Rig(AlarmDefinition.simple("roc", Rig.TEMP, new Condition.RateOfChange(2.0, 60, 0.5),
                Priority.MEDIUM));
        for (int i = 0; i <= 6; i++) {
            r.feed(30 + i * 0.15);            // 0.9 /min
            r.clock.advanceSeconds(10);
        }
        assertThat(r.state("roc")).isEqualTo(NORMAL);
        r.feed(31.35);                        // (31.35 − 30.15) over the last 60 s: 1.2 /min
        assertThat(r.state("roc")).isEqualTo(NORMAL);
        r.clock.advanceSeconds(10);
        r.feed(32.5);                         // (32.5 − 30.3) / 1 min = 2.2 /min
        assertThat(r.state("roc")).isEqualTo(UNACK);
        for (int i = 0; i < 12; i++) {
            r.clock.advanceSeconds(10);
            r.feed(32.5);
        }
        assertThat(r.state("roc")).isEqualTo(RTN_UNACK);
    }

    @Test
    void staleDataAlarmsWhenNoSampleArrivesForItsTime() {
        SeriesKey s = SeriesKey.of("cdu.flow");
        Rig r = new Rig(AlarmDefinition.simple("stale", s, new Condition.Stale(30), Priority.LOW));
        r.feed(s, 1);
        r.run(29);
        assertThat(r.state("stale")).isEqualTo(NORMAL);
        r.run(1);
        assertThat(r.state("stale")).isEqualTo(UNACK);
        r.feed(s, 1);
        assertThat(r.state("stale")).isEqualTo(RTN_UNACK);
    }

    @Test
    void discreteLeakDetectorCritical() {
        SeriesKey s = new SeriesKey("cdu.leak_detector", Map.of("cdu", "cdu"));
        Rig r = new Rig(AlarmDefinition.simple("leak", s, new Condition.Discrete(Set.of(2L)), Priority.CRITICAL));
        r.feed(s, 1);
        assertThat(r.state("leak")).as("Warning is not this alarm").isEqualTo(NORMAL);
        r.feed(s, 2);
        assertThat(r.state("leak")).isEqualTo(UNACK);
        r.feed(s, 0);
        assertThat(r.state("leak")).isEqualTo(RTN_UNACK);
    }

    @Test
    void twinResidualHook() {
        AlarmDefinition d = AlarmDefinition.simple("res", Rig.TEMP, new Condition.Residual("twin", 3, 1),
                Priority.MEDIUM);
        FakeClock clock = new FakeClock();
        var store = new InMemoryTelemetryStore();
        AlarmEngine e = new AlarmEngine(store, java.util.List.of(d), clock,
                Map.of("twin", s -> s.value() - 40), PlantActuator.NONE);
        e.onSample(new io.liquidtwin.ops.store.Sample(Rig.TEMP, 0, 43.5, io.liquidtwin.ops.store.Quality.GOOD));
        assertThat(e.state("res")).isEqualTo(UNACK);
        assertThatThrownBy(() -> new AlarmEngine(store, java.util.List.of(d), clock))
                .hasMessageContaining("no twin residual hook 'twin'");
    }

    @Test
    void aTransitionIsJournaledBeforeItIsApplied() {
        var store = new FailingJournalStore();
        Rig r = new Rig(store, Rig.hi("a"));
        r.feed(50);
        store.fail = true;
        assertThatThrownBy(() -> r.engine.acknowledge("a", "op1")).hasMessageContaining("disk full");
        assertThat(r.state("a")).as("not applied when the journal write failed").isEqualTo(UNACK);
    }

    /** A condition change whose transition could not be journaled stays pending: it fires once the journal works. */
    @Test
    void aConditionChangeIsCommittedOnlyAfterItsTransitionIsJournaled() {
        var store = new FailingJournalStore();
        Rig r = new Rig(store, Rig.hi("a"));
        store.fail = true;
        assertThatThrownBy(() -> r.feed(50)).hasMessageContaining("disk full");
        assertThat(r.engine.conditionActive("a")).as("not committed without its transition").isFalse();
        assertThat(r.state("a")).isEqualTo(NORMAL);
        store.fail = false;
        r.feed(50);
        r.run(5);
        assertThat(r.state("a")).isEqualTo(UNACK);
        assertThat(r.engine.conditionActive("a")).isTrue();
        assertThat(r.transitions()).extracting(AlarmTransition::cause).containsExactly(Cause.CONDITION_ACTIVE);
    }

    /** One alarm whose journal write fails does not keep the others from annunciating in the same tick. */
    @Test
    void aJournalFailureOfOneAlarmDoesNotStopTheOthers() {
        var store = new FailingJournalStore();
        Rig r = new Rig(store, Rig.hi("first-alarm"), Rig.hi("second-alarm"));
        store.fail = true;
        store.failOnlyFor = "first-alarm";
        assertThatThrownBy(() -> r.feed(50)).hasMessageContaining("disk full");
        assertThat(r.state("second-alarm")).isEqualTo(UNACK);
        assertThat(r.state("first-alarm")).as("pending, not lost").isEqualTo(NORMAL);
        store.fail = false;
        r.run(1);
        assertThat(r.state("first-alarm")).isEqualTo(UNACK);
    }

    /** A leak reaction is armed only after the transition that activates the alarm is journaled. */
    @Test
    void aLeakReactionIsArmedOnlyAfterTheTransitionIsJournaled() {
        var store = new FailingJournalStore();
        SeriesKey det = new SeriesKey("cdu.leak_detector", Map.of("cdu", "cdu"));
        AlarmDefinition d = new AlarmDefinition("leak", det, new Condition.Discrete(Set.of(2L)), Priority.CRITICAL,
                Duration.ZERO, Duration.ZERO, false, Duration.ZERO,
                Optional.of(new LeakReactionSpec("cdu", LeakReaction.FORCE_OFF, 10)));
        Rig r = new Rig(store, d);
        store.fail = true;
        assertThatThrownBy(() -> r.feed(det, 2)).hasMessageContaining("disk full");
        assertThat(r.engine.reactionArmed("leak")).isFalse();
        store.fail = false;
        r.feed(det, 2);
        assertThat(r.state("leak")).isEqualTo(UNACK);
        assertThat(r.engine.reactionArmed("leak")).isTrue();
        assertThat(r.journalTypes("reaction")).hasSize(1);
    }

    /** Stale means no sample arrived (engine clock) for the time, whatever the source's own clock says. */
    @Test
    void staleDataCountsFromArrivalNotFromTheSampleTimestamp() {
        SeriesKey s = SeriesKey.of("cdu.flow");
        Rig r = new Rig(AlarmDefinition.simple("stale", s, new Condition.Stale(30), Priority.LOW));
        long hour = 3_600_000_000L;
        for (int i = 0; i < 60; i++) {
            r.engine.onSample(new io.liquidtwin.ops.store.Sample(s, r.clock.micros() - hour, 1,
                    io.liquidtwin.ops.store.Quality.GOOD));
            r.run(1);
        }
        assertThat(r.state("stale")).as("a source clock 1 h behind, reporting every second").isEqualTo(NORMAL);
        r.engine.onSample(new io.liquidtwin.ops.store.Sample(s, r.clock.micros() + hour, 1,
                io.liquidtwin.ops.store.Quality.GOOD));
        r.run(29);
        assertThat(r.state("stale")).isEqualTo(NORMAL);
        r.run(1);
        assertThat(r.state("stale")).as("a source clock 1 h ahead that stopped").isEqualTo(UNACK);
    }
}
