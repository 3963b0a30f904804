package io.liquidtwin.ops.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flood start (more than 10 in 10 min) and end (below 5 per 10 min); chatter (3 activations in 60 s). */
class FloodAndChatterTest {

    private static SeriesKey series(int i) {
        return new SeriesKey("rack.inlet_temp", Map.of("rack", "r" + i));
    }

    private static Rig rigOf(int n) {
        List<AlarmDefinition> defs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            defs.add(AlarmDefinition.simple("a" + i, series(i), new Condition.Limit(Condition.LimitType.HI, 45, 1),
                    Priority.MEDIUM));
        }
        return new Rig(defs.toArray(AlarmDefinition[]::new));
    }

    @Test
    void floodStartsAboveTenAnnunciationsInTenMinutesAndEndsBelowFive() {
        Rig r = rigOf(12);
        for (int i = 0; i < 10; i++) {
            r.feed(series(i), 50);
            r.run(30);
        }
        assertThat(r.engine.flooding()).as("10 in 10 min is not more than 10").isFalse();
        r.feed(series(10), 50);
        assertThat(r.engine.flooding()).isTrue();
        assertThat(r.journalTypes("flood")).hasSize(1).first().asString().contains("\"event\":\"start\"")
                .contains("\"count\":11");
        // annunciations at t = 0, 30, …, 300 s; the one at 30k s leaves the window at 600 + 30k s. Below 5 means
        // 7 gone: the 7th (at 180 s) leaves at 780 s.
        r.run(479);
        assertThat(r.engine.flooding()).as("t = 779 s: 5 in the window").isTrue();
        r.run(1);
        assertThat(r.engine.flooding()).isFalse();
        assertThat(r.journalTypes("flood")).hasSize(2).last().asString().contains("\"event\":\"end\"");
        r.restart();
        assertThat(r.engine.flooding()).isFalse();
    }

    @Test
    void floodEndsExactlyWhenTheCountFallsBelowFiveAndSurvivesARestart() {
        Rig r = rigOf(11);
        for (int i = 0; i < 11; i++) {
            r.feed(series(i), 50);       // 11 annunciations, all at t = 0 … 10 s
            r.run(1);
        }
        assertThat(r.engine.flooding()).isTrue();
        r.restart();
        assertThat(r.engine.flooding()).as("flood state rebuilt from the journal").isTrue();
        // at t = 600 + k the annunciation at t = k leaves: 5 remain at t = 605, 4 at t = 606
        r.run(605 - 11);
        assertThat(r.engine.flooding()).isTrue();
        r.run(1);
        assertThat(r.engine.flooding()).isFalse();
    }

    @Test
    void threeActivationsWithinSixtySecondsIsChatteringReportedNotShelved() {
        Rig r = rigOf(1);
        SeriesKey s = series(0);
        r.feed(s, 50);
        r.feed(s, 40);
        r.engine.acknowledge("a0", "op");
        r.run(20);
        r.feed(s, 50);
        r.feed(s, 40);
        assertThat(r.engine.chattering()).isEmpty();
        r.run(39);
        r.feed(s, 50);
        assertThat(r.engine.chattering()).containsExactly("a0");
        assertThat(r.journalTypes("chatter")).hasSize(1);
        assertThat(r.state("a0")).as("reported, not auto-shelved").isEqualTo(AlarmState.UNACK);
        r.run(1);
        assertThat(r.engine.chattering()).as("the first activation left the 60 s window").isEmpty();
    }

    @Test
    void threeActivationsSpreadOverMoreThanSixtySecondsAreNotChattering() {
        Rig r = rigOf(1);
        SeriesKey s = series(0);
        for (int i = 0; i < 3; i++) {
            r.feed(s, 50);
            r.feed(s, 40);
            r.run(30);
        }
        assertThat(r.journalTypes("chatter")).isEmpty();
    }
}
