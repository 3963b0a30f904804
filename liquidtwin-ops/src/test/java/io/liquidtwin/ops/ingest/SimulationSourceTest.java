package io.liquidtwin.ops.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.Sensors;
import io.liquidtwin.sim.engine.Simulation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationSourceTest {

    @Test
    void everySensorChannelIsPublishedInSimulationTimeWithItsUnitTag() throws IOException {
        Simulation sim = SimulationSourceTckTest.newSimulation();
        List<Channel> channels = Sensors.of(sim);
        var src = new SimulationSource("sim", () -> sim, 2.5, new SimulationSource.TimeBase.Simulated(1_000_000),
                Map.of("site", "pod"));
        src.connect();
        assertThat(src.skippedChannels()).isEmpty();
        List<Sample> first = src.poll();
        List<Sample> second = src.poll();
        assertThat(first).hasSize(channels.size());
        assertThat(first).extracting(s -> s.series().name()).isEqualTo(channels.stream().map(Channel::name).toList());
        assertThat(first).extracting(Sample::epochMicros).containsOnly(1_000_000 + 2_500_000L);
        assertThat(second).extracting(Sample::epochMicros).containsOnly(1_000_000 + 5_000_000L);
        assertThat(first).extracting(Sample::quality).containsOnly(Quality.GOOD);
        Sample itPower = first.stream().filter(s -> s.series().name().equals("plant.it_power")).findFirst()
                .orElseThrow();
        assertThat(itPower.series().tags()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("site", "pod",
                "unit", "kW")));
        assertThat(itPower.value()).isEqualTo(sim.itPowerW() / 1e3);
        assertThat(sim.timeS()).isEqualTo(5.0);
    }

    @Test
    void wallTimeBaseUsesTheClockAndPausingStopsTheSimulation() throws IOException {
        Simulation sim = SimulationSourceTckTest.newSimulation();
        var clock = new FakeClock(1_800_000_000_123L);
        var src = new SimulationSource("sim", () -> sim, 1, new SimulationSource.TimeBase.Wall(clock), Map.of());
        src.connect();
        assertThat(src.poll()).extracting(Sample::epochMicros).containsOnly(1_800_000_000_123_000L);
        src.setPaused(true);
        assertThat(src.poll()).isEmpty();
        assertThat(sim.timeS()).isEqualTo(1.0);
    }

    @Test
    void nonFiniteReadingsAndInvalidNamesAreSkippedAndAnEngineFailureIsALostConnection() throws IOException {
        Simulation sim = SimulationSourceTckTest.newSimulation();
        var src = new SimulationSource("sim", () -> sim, 1, new SimulationSource.TimeBase.Simulated(0), Map.of(),
                s -> List.of(new Channel("ok", "", () -> 1), new Channel("nan", "", () -> Double.NaN),
                        new Channel("bad name", "", () -> 2), new Channel("boom", "", () -> {
                            throw new IllegalStateException("solver diverged");
                        })));
        assertThatThrownBy(src::poll).isInstanceOf(IOException.class).hasMessageContaining("not connected");
        src.connect();
        assertThat(src.skippedChannels()).singleElement().asString().startsWith("bad name: ");
        assertThatThrownBy(src::poll).isInstanceOf(IOException.class)
                .hasMessageContaining("simulation failed at t=1.0 s").hasMessageContaining("solver diverged");
        assertThat(src.nonFiniteReadings()).isEqualTo(1);
        assertThatThrownBy(() -> new SimulationSource("x", () -> sim, 0, new SimulationSource.TimeBase.Simulated(0),
                Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
