package io.liquidtwin.bench;

import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One engine step of an example plant (full physics, controls, no output): simulated seconds per wall second follow
 * as step / time per step. Run from the repository root so {@code examples/} resolves (or pass
 * {@code -Dliquidtwin.examples=DIR}). Peer figure (not re-measured here): ExaDigiT's Summit FMU needs 79.3 s of
 * wall time per 60 s simulated (0.76× real time).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulationStepBenchmark {

    @Param({"summit-like.yaml:15", "frontier-like.yaml:15", "qingdao-two-phase-1mw.yaml:3600"})
    String plantAndStep;

    private Simulation sim;
    private double stepS;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = plantAndStep.split(":");
        Path dir = Path.of(System.getProperty("liquidtwin.examples", "examples"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("run from the repository root or pass -Dliquidtwin.examples=DIR");
        }
        sim = new Simulation(PlantModel.build(PlantLoader.load(dir.resolve(parts[0]))),
                new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        stepS = Double.parseDouble(parts[1]);
    }

    @Benchmark
    public double step() {
        sim.step(stepS);
        return sim.timeS();
    }
}
