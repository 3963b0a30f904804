package io.liquidtwin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmDefinitions;
import io.liquidtwin.ops.alarm.AlarmEngine;
import io.liquidtwin.ops.alarm.AlarmState;
import io.liquidtwin.ops.ingest.SimulationSource;
import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The example alarm file names series the Qingdao twin really publishes, and in normal operation (an hour at design
 * conditions) none of its alarms is active.
 */
class ExampleAlarmsTest {

    @Test
    void everyExampleAlarmWatchesAPublishedSeriesAndStaysQuietInNormalOperation() throws Exception {
        List<AlarmDefinition> defs = AlarmDefinitions.read(Path.of("..", "examples", "alarms", "qingdao-alarms.yaml"));
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "qingdao-two-phase-1mw.yaml"))), new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        SimulationSource twin = new SimulationSource("twin", () -> sim, 30,
                new SimulationSource.TimeBase.Simulated(0), Map.of("plant", "qingdao-two-phase-1mw"));
        twin.connect();
        AtomicLong now = new AtomicLong();
        InstantSource clock = () -> Instant.EPOCH.plusNanos(now.get() * 1000);
        AlarmEngine engine = new AlarmEngine(new InMemoryTelemetryStore(), defs, clock);
        Set<SeriesKey> published = new HashSet<>();
        for (int i = 0; i < 120; i++) { // one hour at 30 s
            List<Sample> batch = twin.poll();
            now.set(Math.round(sim.timeS() * 1e6));
            for (Sample s : batch) {
                published.add(s.series());
                engine.onSample(s);
            }
        }
        assertThat(published).containsAll(defs.stream().map(AlarmDefinition::series).toList());
        for (AlarmDefinition d : defs) {
            assertThat(engine.state(d.id())).as(d.id()).isEqualTo(AlarmState.NORMAL);
        }
        twin.close();
    }
}
