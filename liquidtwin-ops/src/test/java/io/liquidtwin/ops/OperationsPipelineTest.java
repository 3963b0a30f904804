package io.liquidtwin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmDefinitions;
import io.liquidtwin.ops.alarm.AlarmEngine;
import io.liquidtwin.ops.alarm.AlarmState;
import io.liquidtwin.ops.alarm.SimulationLeakActuator;
import io.liquidtwin.ops.ingest.IngestPolicy;
import io.liquidtwin.ops.ingest.SimulationSource;
import io.liquidtwin.ops.ingest.SourceSupervisor;
import io.liquidtwin.ops.store.Bucket;
import io.liquidtwin.ops.store.ForwardingTelemetryStore;
import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.ops.store.QuestDbTelemetryStore;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.ops.store.TelemetryStore;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations core end to end on real parts: the Qingdao twin publishes its sensors through the ingest supervisor
 * into the QuestDB store, the alarm engine watches what is stored, a scripted leak drives the CDU's leak detector to
 * Critical at the time the reservoir's closed form gives, the alarm annunciates, its ForceOff reaction shuts the
 * tanks' IT load after its delay, and an acknowledgement survives closing and reopening the store.
 */
class OperationsPipelineTest {

    static final long START_MICROS = 1_790_000_000_000_000L;
    static final double STEP_S = 30;

    @TempDir
    Path dir;

    @Test
    void aLeakInTheTwinIsStoredAlarmedReactedToAndRemembered() throws Exception {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "qingdao-two-phase-1mw.yaml"))), new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        double rateLpm = 20;
        sim.faults().startLeak("cdu", rateLpm);
        // reservoir 200 L (cdu-2mw); Critical at 50 % of the volume: (200 − 100) L / 20 L/min = 300 s
        double criticalS = 100 / rateLpm * 60;

        AtomicLong nowMicros = new AtomicLong(START_MICROS);
        InstantSource clock = () -> Instant.EPOCH.plusNanos(nowMicros.get() * 1000);
        List<AlarmDefinition> defs = AlarmDefinitions.parse("""
                alarms:
                  - id: cdu-leak
                    series: {name: cdu.leak_detector, tags: {plant: qingdao}}
                    kind: DISCRETE
                    activeValues: [2]
                    priority: CRITICAL
                    leakReaction: {cdu: cdu, reaction: ForceOff, reactionDelaySeconds: 60}
                """, "alarms.yaml");
        SeriesKey detector = new SeriesKey("cdu.leak_detector", Map.of("plant", "qingdao"));
        SeriesKey itPower = new SeriesKey("plant.it_power", Map.of("plant", "qingdao", "unit", "kW"));

        Path data = dir.resolve("data");
        long alarmAtMicros;
        try (QuestDbTelemetryStore quest = QuestDbTelemetryStore.open(data)) {
            AlarmEngine[] engine = new AlarmEngine[1];
            TelemetryStore watched = new Watched(quest, s -> engine[0].onSample(s));
            engine[0] = new AlarmEngine(quest, defs, clock, Map.of(), new SimulationLeakActuator(sim, Duration.ofSeconds(60)));
            SimulationSource twin = new SimulationSource("twin", () -> sim, STEP_S,
                    new SimulationSource.TimeBase.Simulated(START_MICROS), Map.of("plant", "qingdao"));
            try (SourceSupervisor ingest = new SourceSupervisor(watched, clock, IngestPolicy.DEFAULT, List.of(twin))) {
                for (int i = 0; i < 20; i++) { // 10 simulated minutes; the clock reads the end of each step
                    nowMicros.set(START_MICROS + Math.round((sim.timeS() + STEP_S) * 1e6));
                    ingest.tick();
                    engine[0].tick();
                }
            }
            assertThat(engine[0].state("cdu-leak")).isEqualTo(AlarmState.UNACK);
            // the detector's samples in the store: OK, Warning, then Critical from the closed-form time on
            List<Sample> states = quest.range(detector, START_MICROS, START_MICROS + 3_600_000_000L);
            assertThat(states).hasSize(20);
            for (Sample s : states) {
                double t = (s.epochMicros() - START_MICROS) / 1e6;
                assertThat(s.value()).as("detector at %s s", t).isEqualTo(t >= criticalS ? 2.0 : t >= 120 ? 1.0 : 0.0);
            }
            List<JournalEntry> journal = quest.journal("alarms", Long.MIN_VALUE);
            JournalEntry fired = journal.stream().filter(e -> e.payload().contains("UNACK")).findFirst().orElseThrow();
            alarmAtMicros = fired.epochMicros();
            assertThat((alarmAtMicros - START_MICROS) / 1e6).isEqualTo(criticalS);
            // ForceOff 60 s after Critical: the tanks' IT load is gone in the stored series
            List<Bucket> it = quest.downsample(itPower, START_MICROS, START_MICROS + 600_000_000L, 60_000_000L);
            assertThat(it.get(0).mean()).isGreaterThan(900); // 960 kW of tanks at design
            assertThat(it.get(it.size() - 1).last()).isZero();
            engine[0].acknowledge("cdu-leak", "operator-1");
            assertThat(engine[0].state("cdu-leak")).isEqualTo(AlarmState.ACKED);
        }
        // a new process: the store reopens and the engine comes back acknowledged, without firing again
        try (QuestDbTelemetryStore reopened = QuestDbTelemetryStore.open(data)) {
            int before = reopened.journal("alarms", Long.MIN_VALUE).size();
            AlarmEngine restored = AlarmEngine.restore(reopened, defs, clock);
            assertThat(restored.state("cdu-leak")).isEqualTo(AlarmState.ACKED);
            assertThat(reopened.journal("alarms", Long.MIN_VALUE)).hasSize(before);
            assertThat(reopened.latest(detector)).map(Sample::value).hasValue(2.0);
        }
    }

    /** A store that hands every appended sample to a watcher once the append is acknowledged. */
    private static final class Watched extends ForwardingTelemetryStore {
        private final java.util.function.Consumer<Sample> watcher;

        Watched(TelemetryStore store, java.util.function.Consumer<Sample> watcher) {
            super(store);
            this.watcher = watcher;
        }

        @Override
        public void append(List<Sample> batch) {
            super.append(batch);
            batch.forEach(watcher);
        }
    }
}
