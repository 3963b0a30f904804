package io.liquidtwin.ops.ingest;

import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Sensors;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The simulation source passes the ingest TCK: each connect loads the AI-pod example afresh (so simulation time
 * restarts), the first channels are published in simulation time, and an unreachable peer is a failing sensor bus.
 */
class SimulationSourceTckTest extends TelemetrySourceTck {

    static final Path PLANT = Path.of("..", "examples", "ai-pod-cold-plate.yaml");

    static Simulation newSimulation() {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(PLANT)),
                new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        return sim;
    }

    @Override
    protected Fixture newFixture(FakeClock clock) {
        return new Fixture() {
            private final SimulationSource source = new SimulationSource("sim:tck", this::open, 1.0,
                    new SimulationSource.TimeBase.Simulated(START_US), Map.of("site", "tck"), this::channels);

            private Simulation open() throws IOException {
                attemptConnect("plant service unreachable");
                return newSimulation();
            }

            private List<Channel> channels(Simulation sim) {
                return Sensors.of(sim).stream().limit(6).map(c -> new Channel(c.name(), c.unit(), () -> {
                    if (!reachable) {
                        throw new IllegalStateException("sensor bus down");
                    }
                    return c.source().getAsDouble();
                })).toList();
            }

            @Override
            public TelemetrySource source() {
                return source;
            }

            @Override
            void setSilent(boolean silent) {
                super.setSilent(silent);
                source.setPaused(silent);
            }
        };
    }
}
