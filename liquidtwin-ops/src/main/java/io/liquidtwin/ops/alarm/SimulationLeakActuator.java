package io.liquidtwin.ops.alarm;

import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.Plant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies leak reactions to a {@link Simulation}. The consumers a CDU's leak detector affects are the IT consumers
 * (cold-plate racks, single-phase and two-phase tanks) on that CDU's secondary (technology) loop, from the plant
 * file; if none is found there (a consumer id the plant does not list, a CDU without consumers) every consumer is
 * affected, the safe side. ForceOff sets their IT fraction to 0 at once; GracefulShutdown ramps it linearly to 0
 * over the ramp time (advanced by {@link #tick}). This actuator assumes it is the only writer of the consumers' IT
 * fractions after it is built; it starts from {@code initialFractions}. {@link #react} is idempotent: ForceOff sets
 * the fractions to 0 again; GracefulShutdown (re)starts a ramp from the current fractions (a ramp already running
 * keeps running: every fraction follows the lowest of its ramps). A ramp in progress is not resumed after a
 * restart of the engine (the plant keeps the fractions it had).
 */
public final class SimulationLeakActuator implements PlantActuator {

    private record Ramp(int[] consumers, double[] from, long startMicros) {
    }

    private final Simulation sim;
    private final long rampMicros;
    private final double[] fractions;
    private final List<Ramp> ramps = new ArrayList<>();

    /** @param gracefulRamp how long a graceful shutdown takes to bring the IT load to 0 (> 0) */
    public SimulationLeakActuator(Simulation sim, Duration gracefulRamp, double[] initialFractions) {
        if (gracefulRamp.isNegative() || gracefulRamp.isZero()) {
            throw new IllegalArgumentException("graceful ramp must be > 0, got " + gracefulRamp);
        }
        if (initialFractions.length != sim.consumerIds().size()) {
            throw new IllegalArgumentException("need one initial fraction per consumer (" + sim.consumerIds().size()
                    + ")");
        }
        this.sim = sim;
        this.rampMicros = gracefulRamp.toNanos() / 1000;
        this.fractions = initialFractions.clone();
    }

    /** Every consumer at its design IT power (fraction 1) to start with. */
    public SimulationLeakActuator(Simulation sim, Duration gracefulRamp) {
        this(sim, gracefulRamp, filled(sim.consumerIds().size(), 1.0));
    }

    /** @return indices (in {@link Simulation#consumerIds()} order) of the consumers the CDU's detector affects */
    public int[] affectedConsumers(String cduId) {
        Plant p = sim.model().plant();
        Map<String, String> loopOf = new HashMap<>();
        p.coldPlateRacks().forEach(r -> loopOf.put(r.id(), r.loopId()));
        p.singlePhaseTanks().forEach(t -> loopOf.put(t.id(), t.loopId()));
        p.twoPhaseTanks().forEach(t -> loopOf.put(t.id(), t.loopId()));
        String loop = p.cdus().stream().filter(c -> c.id().equals(cduId)).map(c -> c.secondaryLoopId()).findFirst()
                .orElse(null);
        List<String> ids = sim.consumerIds();
        int[] on = java.util.stream.IntStream.range(0, ids.size())
                .filter(i -> loop != null && loop.equals(loopOf.get(ids.get(i)))).toArray();
        return on.length > 0 ? on : java.util.stream.IntStream.range(0, ids.size()).toArray();
    }

    @Override
    public void react(LeakReactionSpec spec, long nowMicros) {
        int[] affected = affectedConsumers(spec.cduId());
        switch (spec.reaction()) {
            case NONE -> { }
            case FORCE_OFF -> {
                for (int i : affected) {
                    fractions[i] = 0;
                }
                sim.setConsumerItFractions(fractions.clone());
            }
            case GRACEFUL_SHUTDOWN -> {
                double[] from = new double[affected.length];
                for (int k = 0; k < affected.length; k++) {
                    from[k] = fractions[affected[k]];
                }
                ramps.add(new Ramp(affected, from, nowMicros));
            }
        }
    }

    @Override
    public void tick(long nowMicros) {
        if (ramps.isEmpty()) {
            return;
        }
        for (var it = ramps.iterator(); it.hasNext(); ) {
            Ramp r = it.next();
            double left = Math.max(0, 1 - (double) (nowMicros - r.startMicros) / rampMicros);
            for (int k = 0; k < r.consumers.length; k++) {
                fractions[r.consumers[k]] = Math.min(fractions[r.consumers[k]], r.from[k] * left);
            }
            if (left == 0) {
                it.remove();
            }
        }
        sim.setConsumerItFractions(fractions.clone());
    }

    /** @return the IT fractions this actuator last set, in consumer order */
    public double[] fractions() {
        return fractions.clone();
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
