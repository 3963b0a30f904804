package io.liquidtwin.bench;

import com.hummeling.if97.IF97;
import io.liquidtwin.physics.fluid.FluidProperties;
import io.liquidtwin.physics.fluid.Water;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Liquid-water property sets (ρ, cp, μ, k at a given T, p) per second: LiquidTwin's {@link Water} against the peer
 * {@code com.hummeling:if97} 1.0.5 on the same {@value #POINTS} states (0–150 °C, 0.5–2 MPa).
 *
 * <p>The peer gets its cheapest route to the same four numbers: density and cp from (p, T), then viscosity and
 * conductivity from (ρ, T) so it does not solve for density three times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WaterPropertiesBenchmark {

    static final int POINTS = 1024;

    private double[] temperaturesK;
    private double[] pressuresPa;
    private final Water water = Water.iapws();
    private final IF97 peer = new IF97(IF97.UnitSystem.SI);

    @Setup
    public void setUp() {
        double[][] pts = WaterPoints.generate(POINTS);
        temperaturesK = pts[0];
        pressuresPa = pts[1];
    }

    /** LiquidTwin: one {@code properties(T, p)} call per state. */
    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void liquidTwin(Blackhole bh) {
        for (int i = 0; i < POINTS; i++) {
            FluidProperties fp = water.properties(temperaturesK[i], pressuresPa[i]);
            bh.consume(fp.densityKgM3());
            bh.consume(fp.specificHeatJKgK());
            bh.consume(fp.viscosityPaS());
            bh.consume(fp.conductivityWMK());
        }
    }

    /** Peer: com.hummeling:if97 1.0.5 (SI unit system: Pa, K). */
    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void hummelingIf97(Blackhole bh) throws Exception {
        for (int i = 0; i < POINTS; i++) {
            double p = pressuresPa[i];
            double t = temperaturesK[i];
            double rho = peer.densityPT(p, t);
            bh.consume(rho);
            bh.consume(peer.isobaricHeatCapacityPT(p, t));
            bh.consume(peer.dynamicViscosityRhoT(rho, t));
            bh.consume(peer.thermalConductivityRhoT(rho, t));
        }
    }
}
