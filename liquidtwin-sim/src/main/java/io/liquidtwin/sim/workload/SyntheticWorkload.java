package io.liquidtwin.sim.workload;

import java.util.Random;

/**
 * A built-in hourly node-utilisation pattern of a busy HPC centre, for plants without a trace: deterministic for a
 * seed. Hour h (h = 0 is Monday 00:00) has
 * <pre>
 *   u(h) = 0.70 + 0.10·cos(2π(h mod 24 − 15)/24) + w(day) + x(h)
 * </pre>
 * a daily swing peaking at 15:00, a weekly term w = +0.02 Monday–Friday and −0.05 Saturday–Sunday (zero mean over a
 * week), and red noise x(h+1) = 0.9·x(h) + e(h), x(0) = 0, e uniform in [−0.01, 0.01] from {@link Random}(seed) (whose
 * sequence Java specifies exactly). |x| ≤ 0.1, so u stays within [0.45, 0.92] and no clipping biases the mean:
 * over whole weeks the mean is 0.70 plus the noise's mean (a few thousandths).
 */
final class SyntheticWorkload {

    /** Mean node utilisation, 0–1. */
    static final double MEAN = 0.70;
    /** Amplitude of the daily cosine. */
    static final double DAILY = 0.10;
    /** Hour of the daily peak, local time. */
    static final int PEAK_HOUR = 15;
    /** Weekday and weekend offsets (5·WEEKDAY + 2·WEEKEND = 0). */
    static final double WEEKDAY = 0.02;
    static final double WEEKEND = -0.05;
    /** Noise: AR(1) coefficient and innovation half-width. */
    static final double PHI = 0.9;
    static final double STEP = 0.01;

    private SyntheticWorkload() {
    }

    /**
     * @param seed  the noise seed
     * @param hours hours to generate, ≥ 1
     * @return node utilisation per hour, 0–1
     */
    static double[] hourlyUtilisation(long seed, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("synthetic workload needs >= 1 hour, got " + hours);
        }
        Random random = new Random(seed);
        double[] u = new double[hours];
        double x = 0;
        for (int h = 0; h < hours; h++) {
            int day = (h / 24) % 7;
            double w = day < 5 ? WEEKDAY : WEEKEND;
            u[h] = MEAN + DAILY * Math.cos(2 * Math.PI * (h % 24 - PEAK_HOUR) / 24) + w + x;
            x = PHI * x + STEP * (2 * random.nextDouble() - 1);
        }
        return u;
    }
}
