package io.liquidtwin.sim.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The IT load of every consumer as a fraction of its design IT power: the workload's fraction per consumer times the
 * product of the load spikes now active. Consumers are indexed in plant order: cold-plate racks, then single-phase
 * tanks, then two-phase tanks.
 */
final class ConsumerLoads {

    /** Highest workload fraction of a consumer's design IT power. */
    static final double MAX_FRACTION = 2.0;

    private final PlantModel m;
    private final double[] fractions;
    private final List<Double> spikes = new ArrayList<>();
    private double spikeFactor = 1.0;

    ConsumerLoads(PlantModel m) {
        this.m = m;
        this.fractions = new double[m.racks.size() + m.singlePhaseTanks.size() + m.tanks.size()];
        java.util.Arrays.fill(fractions, 1.0);
    }

    int count() {
        return fractions.length;
    }

    /** @return consumer ids: racks, single-phase tanks, two-phase tanks */
    List<String> ids() {
        List<String> ids = new ArrayList<>(fractions.length);
        m.racks.forEach(r -> ids.add(r.id()));
        m.singlePhaseTanks.forEach(s -> ids.add(s.id()));
        m.tanks.forEach(t -> ids.add(t.id()));
        return List.copyOf(ids);
    }

    /** @return design IT power of consumer {@code index}, W */
    double designItPowerW(int index) {
        if (index < 0 || index >= fractions.length) {
            throw new IndexOutOfBoundsException("consumer index " + index + " outside [0, " + fractions.length + ")");
        }
        int r = m.racks.size();
        int s = m.singlePhaseTanks.size();
        if (index < r) {
            return m.racks.get(index).itPowerW();
        }
        return index < r + s ? m.singlePhaseTanks.get(index - r).itPowerW() : m.tanks.get(index - r - s).itPowerW();
    }

    void setAll(double fraction) {
        check(fraction, "IT fraction");
        java.util.Arrays.fill(fractions, fraction);
    }

    void set(double[] values) {
        if (values == null || values.length != fractions.length) {
            throw new IllegalArgumentException("need one IT fraction per consumer (" + fractions.length + "), got "
                    + (values == null ? "null" : values.length));
        }
        for (int i = 0; i < values.length; i++) {
            check(values[i], "IT fraction of consumer " + i);
        }
        System.arraycopy(values, 0, fractions, 0, values.length);
    }

    private static void check(double f, String what) {
        if (!(f >= 0 && f <= MAX_FRACTION)) {
            throw new IllegalArgumentException(what + " must be in [0, " + MAX_FRACTION + "], got " + f);
        }
    }

    /** A load spike starts: every consumer's load is multiplied by {@code factor} until {@link #endSpike}. */
    void startSpike(double factor) {
        spikes.add(factor);
        recompute();
    }

    /** The spike of this factor (the earliest one still active) ends. */
    void endSpike(double factor) {
        spikes.remove(Double.valueOf(factor));
        recompute();
    }

    private void recompute() {
        double p = 1.0;
        for (double f : spikes) {
            p *= f;
        }
        spikeFactor = p;
    }

    /** @return the load multiplier of the active spikes (1 without) */
    double spikeFactor() {
        return spikeFactor;
    }

    /** @return effective fraction of consumer {@code index}'s design IT power (workload × spikes) */
    double fraction(int index) {
        return fractions[index] * spikeFactor;
    }

    double rack(int r) {
        return fraction(r);
    }

    double singlePhase(int s) {
        return fraction(m.racks.size() + s);
    }

    double twoPhase(int t) {
        return fraction(m.racks.size() + m.singlePhaseTanks.size() + t);
    }
}
