package io.liquidtwin.bench;

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
 * The network solvers alone on a Summit-sized synthetic plant (257 CDUs, each with its technology loop): one thermal
 * implicit-Euler step, and one hydraulic re-solve after every CDU valve moved a little (what a control interval
 * costs). No peer runs the same model; ExaDigiT's Summit FMU needs 79.3 s of wall time per 60 s simulated.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NetworkStepBenchmark {

    @Param({"257"})
    int cdus;

    private SyntheticPlant plant;
    private int tick;

    @Setup(Level.Trial)
    public void setUp() {
        plant = new SyntheticPlant(cdus);
    }

    @Benchmark
    public double thermalStep15s() {
        plant.thermal.step(15.0);
        return plant.thermal.outletTemperatureK(plant.racks[0]);
    }

    @Benchmark
    public int hydraulicResolveAfterValveMoves() {
        tick++;
        double k = 2e9 * (1.0 + 0.01 * (tick % 2 == 0 ? 1 : -1));
        for (SyntheticPlant.Quadratic v : plant.valveLaws) {
            v.k = k;
        }
        return plant.hydraulics.solve();
    }
}
