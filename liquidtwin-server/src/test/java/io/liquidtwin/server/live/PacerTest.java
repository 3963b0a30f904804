package io.liquidtwin.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PacerTest {

    static LiveTwin twin(Instant start) {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "qingdao-two-phase-1mw.yaml"))), new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        return new LiveTwin(sim, new InMemoryTelemetryStore(), List.of(), start, 1, Map.of("plant", "t"));
    }

    static void waitFor(LiveTwin t, double timeS) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (t.snapshot().timeS() < timeS && System.nanoTime() < deadline) {
            Thread.sleep(10); // waiting for the pacer's thread, bounded
        }
    }

    @Test
    void aTwinStartedRecentlyCatchesUpWithTheWallClock() throws Exception {
        Instant now = Instant.parse("2026-07-15T01:00:00Z");
        InstantSource wall = InstantSource.fixed(now); // the wall clock stands still: only catching up ticks
        try (LiveTwin t = twin(now.minusSeconds(30)); Pacer p = new Pacer(t, 10, e -> { }, wall)) {
            // speed 10, step 1 s: a period is 0.1 s; 30 wall s since the start means 300 simulated s
            waitFor(t, 300);
            assertThat(t.snapshot().timeS()).isEqualTo(300.0);
            Thread.sleep(300); // three more periods: the twin is level with the wall clock and waits for it
            assertThat(t.snapshot().timeS()).isEqualTo(300.0);
        }
    }

    @Test
    void aTwinOnAnotherClockTicksOncePerPeriod() throws Exception {
        Instant now = Instant.parse("2026-07-15T01:00:00Z");
        InstantSource wall = InstantSource.fixed(now);
        // started two hours before the wall clock's now (older than the anchor limit): not anchored, so no catch-up
        try (LiveTwin t = twin(now.minusSeconds(7200)); Pacer p = new Pacer(t, 20, e -> { }, wall)) {
            waitFor(t, 3);
            assertThat(t.snapshot().timeS()).isBetween(3.0, 40.0); // 0.05 s periods, one step each
        }
    }
}
