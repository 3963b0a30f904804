package io.liquidtwin.sim.engine;

import io.liquidtwin.sim.engine.Elements.CduModel;
import java.util.List;

/**
 * The reservoir of every CDU (volume from the plant file's {@code reservoirVolumeL}), its level, the leak draining it
 * and the leak detector reading it.
 *
 * <p>Model: a leak on a CDU's secondary side draws coolant from that CDU's reservoir at a constant rate, so the level
 * falls linearly, V(t) = V0 − Q·t, until it is empty; the loop itself stays full (and its flows and pressures are
 * unchanged) as long as the reservoir makes up the loss. A repaired leak stops the fall but does not refill. When the
 * reservoir is empty the secondary pumps lose suction and their dry-run protection trips them (they cannot restart
 * until the reservoir is refilled, which no event does). The engine splits its steps at the exact times the level
 * crosses a detector threshold or empties, so those changes happen on time even inside long steps.
 *
 * <p>Detector thresholds (our choice; Redfish defines the states, not the levels): {@link LeakDetectorState#WARNING}
 * at or below {@value #WARNING_LEVEL_FRACTION} of the reservoir volume (a typical low-level alarm), {@link
 * LeakDetectorState#CRITICAL} at or below {@value #CRITICAL_LEVEL_FRACTION} (a typical low-low alarm).
 */
final class Reservoirs {

    /** Level (fraction of the reservoir volume) at or below which the detector reads Warning. */
    static final double WARNING_LEVEL_FRACTION = 0.8;
    /** Level at or below which the detector reads Critical. */
    static final double CRITICAL_LEVEL_FRACTION = 0.5;
    /** Levels within this fraction of the volume of a threshold count as having crossed it (round-off of the split). */
    private static final double TOLERANCE = 1e-9;
    private static final double[] THRESHOLDS = {WARNING_LEVEL_FRACTION, CRITICAL_LEVEL_FRACTION, 0.0};

    private final List<CduModel> cdus;
    private final double[] volumeM3;
    private final double[] levelM3;
    private final double[] leakM3s;
    private final boolean[] dry;
    private final LeakDetectorState[] reported;

    Reservoirs(List<CduModel> cdus) {
        this.cdus = cdus;
        int n = cdus.size();
        volumeM3 = new double[n];
        levelM3 = new double[n];
        leakM3s = new double[n];
        dry = new boolean[n];
        reported = new LeakDetectorState[n];
        java.util.Arrays.fill(reported, LeakDetectorState.OK);
        for (int i = 0; i < n; i++) {
            volumeM3[i] = cdus.get(i).spec.reservoirVolumeM3();
            levelM3[i] = volumeM3[i];
        }
    }

    /** @return the index of a CDU by id */
    int index(String cduId) {
        for (int i = 0; i < cdus.size(); i++) {
            if (cdus.get(i).spec.id().equals(cduId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no CDU named '" + cduId + "'");
    }

    /** Starts (or changes) the leak on CDU {@code i}, m³/s. */
    void setLeak(int i, double rateM3s) {
        leakM3s[i] = rateM3s;
    }

    /** @return level of reservoir {@code i} as a fraction of its volume (0 once empty; 1 for a full 0-volume one) */
    double levelFraction(int i) {
        if (volumeM3[i] <= 0) {
            return dry[i] ? 0 : 1;
        }
        return levelM3[i] / volumeM3[i];
    }

    /** @return whether reservoir {@code i} has run dry (its pumps tripped) */
    boolean dry(int i) {
        return dry[i];
    }

    /** @return the leak detector state of CDU {@code i} */
    LeakDetectorState state(int i) {
        double f = levelFraction(i);
        if (f <= CRITICAL_LEVEL_FRACTION + TOLERANCE) {
            return LeakDetectorState.CRITICAL;
        }
        return f <= WARNING_LEVEL_FRACTION + TOLERANCE ? LeakDetectorState.WARNING : LeakDetectorState.OK;
    }

    /** @return seconds until the next leaking reservoir reaches a detector threshold or empties (+∞ if none leaks) */
    double nextCrossingInS() {
        double next = Double.POSITIVE_INFINITY;
        for (int i = 0; i < levelM3.length; i++) {
            if (leakM3s[i] <= 0 || dry[i]) {
                continue;
            }
            if (volumeM3[i] <= 0) {
                return 0;
            }
            double f = levelM3[i] / volumeM3[i];
            for (double t : THRESHOLDS) {
                if (f > t + TOLERANCE) {
                    next = Math.min(next, (levelM3[i] - t * volumeM3[i]) / leakM3s[i]);
                    break;
                }
            }
        }
        return next;
    }

    /**
     * Drains every leaking reservoir over dt (levels within round-off of empty become exactly 0) and notes each leak
     * detector that changed state on the timeline, at {@code endS}.
     */
    void advance(double dtS, double endS, EventTimeline events) {
        for (int i = 0; i < levelM3.length; i++) {
            if (leakM3s[i] > 0 && !dry[i]) {
                levelM3[i] = Math.max(0, levelM3[i] - leakM3s[i] * dtS);
                if (levelM3[i] <= TOLERANCE * volumeM3[i]) {
                    levelM3[i] = 0;
                }
            }
            LeakDetectorState now = state(i);
            if (now != reported[i]) {
                reported[i] = now;
                events.note(endS, "leak detector of " + cdus.get(i).spec.id() + ": " + now.name().charAt(0)
                        + now.name().substring(1).toLowerCase(java.util.Locale.ROOT) + String.format(
                        java.util.Locale.ROOT, " (reservoir %.0f %%)", 100 * levelFraction(i)));
            }
        }
    }

    void markDry(int i) {
        dry[i] = true;
        levelM3[i] = 0;
    }

    /** @return the first leaking CDU whose reservoir is empty but not yet marked dry (pumps still running), or −1 */
    int pendingDry() {
        for (int i = 0; i < levelM3.length; i++) {
            if (!dry[i] && (leakM3s[i] > 0 && (volumeM3[i] <= 0 || levelM3[i] <= 0))) {
                return i;
            }
        }
        return -1;
    }
}
