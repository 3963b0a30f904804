package io.liquidtwin.ops.alarm;

import static io.liquidtwin.ops.alarm.AlarmState.*;
import static io.liquidtwin.ops.store.Quality.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sample quality: conditions are evaluated on GOOD and SUBSTITUTED samples only; BAD and STALE samples change no
 * condition. For stale detection a BAD sample counts as an arrival (the source reports), a STALE re-mark does not.
 */
class AlarmSampleQualityTest {

    @Test
    void aBadSampleDoesNotRaiseALimitAlarm() {
        Rig r = new Rig(Rig.hi("a"));
        r.feed(Rig.TEMP, 9999, BAD);
        assertThat(r.state("a")).as("a failed sensor reading 9999").isEqualTo(NORMAL);
        r.feed(Rig.TEMP, 50, SUBSTITUTED);
        assertThat(r.state("a")).as("substituted values are evaluated").isEqualTo(UNACK);
        r.feed(Rig.TEMP, 0, BAD);
        assertThat(r.state("a")).as("nor does a BAD sample clear it").isEqualTo(UNACK);
        assertThat(r.transitions()).singleElement().extracting(AlarmTransition::value).isEqualTo(50.0);
    }

    @Test
    void staleReMarksAreNotNewReadings() {
        Rig r = new Rig(Rig.hi("a"));
        r.feed(Rig.TEMP, 50, GOOD);
        r.feed(Rig.TEMP, 40, STALE);
        assertThat(r.state("a")).isEqualTo(UNACK);
        r.feed(Rig.TEMP, 40, GOOD);
        assertThat(r.state("a")).isEqualTo(RTN_UNACK);
        r.feed(Rig.TEMP, 50, STALE);
        assertThat(r.state("a")).isEqualTo(RTN_UNACK);
    }

    @Test
    void badSamplesStayOutOfTheRateWindow() {
        Rig r = new Rig(AlarmDefinition.simple("roc", Rig.TEMP, new Condition.RateOfChange(2.0, 60, 0.5),
                Priority.MEDIUM));
        r.feed(Rig.TEMP, 30, GOOD);
        r.clock.advanceSeconds(10);
        r.feed(Rig.TEMP, 9999, BAD);
        r.clock.advanceSeconds(10);
        r.feed(Rig.TEMP, 30.1, GOOD);
        assertThat(r.state("roc")).isEqualTo(NORMAL);
    }

    @Test
    void discreteAndResidualIgnoreBadSamples() {
        SeriesKey det = new SeriesKey("cdu.leak_detector", Map.of("cdu", "cdu"));
        AtomicInteger hookCalls = new AtomicInteger();
        AlarmDefinition res = AlarmDefinition.simple("res", Rig.TEMP, new Condition.Residual("twin", 3, 1),
                Priority.MEDIUM);
        AlarmDefinition leak = AlarmDefinition.simple("leak", det, new Condition.Discrete(Set.of(2L)),
                Priority.CRITICAL);
        FakeClock clock = new FakeClock();
        AlarmEngine e = new AlarmEngine(new InMemoryTelemetryStore(), List.of(res, leak), clock,
                Map.of("twin", s -> {
                    hookCalls.incrementAndGet();
                    return s.value() - 40;
                }), PlantActuator.NONE);
        e.onSample(new Sample(det, clock.instant().toEpochMilli() * 1000, 2, BAD));
        e.onSample(new Sample(Rig.TEMP, clock.instant().toEpochMilli() * 1000, 9999, BAD));
        e.onSample(new Sample(Rig.TEMP, clock.instant().toEpochMilli() * 1000, 9999, STALE));
        assertThat(e.state("leak")).isEqualTo(NORMAL);
        assertThat(e.state("res")).isEqualTo(NORMAL);
        assertThat(hookCalls).hasValue(0);
        e.onSample(new Sample(det, clock.instant().toEpochMilli() * 1000, 2, GOOD));
        assertThat(e.state("leak")).isEqualTo(UNACK);
    }

    @Test
    void aBadSampleIsAnArrivalForStaleDetectionAStaleReMarkIsNot() {
        SeriesKey s = SeriesKey.of("cdu.flow");
        Rig r = new Rig(AlarmDefinition.simple("stale", s, new Condition.Stale(30), Priority.LOW));
        for (int i = 0; i < 60; i++) {
            r.feed(s, 9999, BAD);
            r.run(1);
        }
        assertThat(r.state("stale")).as("the source still reports (BAD)").isEqualTo(NORMAL);
        // the last arrival (BAD) was 1 s ago: 28 s of STALE re-marks, then the 30th second
        for (int i = 0; i < 28; i++) {
            r.feed(s, 9999, STALE);
            r.run(1);
        }
        assertThat(r.state("stale")).isEqualTo(NORMAL);
        r.run(1);
        assertThat(r.state("stale")).as("re-marks by the ingest supervisor are not arrivals").isEqualTo(UNACK);
    }
}
