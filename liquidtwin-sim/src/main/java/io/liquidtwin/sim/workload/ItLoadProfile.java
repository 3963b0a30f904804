package io.liquidtwin.sim.workload;

import java.util.List;

/**
 * What the engine reads from a workload: for each IT consumer (in plant order) and each interval of
 * {@link #intervalS()} seconds, the mean IT power as a fraction of the consumer's design IT power.
 *
 * <p>Time: interval i covers simulation time [i·intervalS, (i+1)·intervalS); interval 0 starts at t = 0, which is the
 * trace's first job submit, or the first CSV row, or Monday 00:00 of the synthetic week.
 *
 * <p>Past the end the profile <em>wraps</em>: interval i ≥ {@link #intervals()} reads interval i mod intervals(), so
 * a half-year trace repeats to fill a year (an {@link AiPowerSwing} keeps its own phase; it does not wrap).
 * Implementations are immutable; see {@link ItLoadProfiles} for them.
 */
public interface ItLoadProfile {

    /** @return the consumers' ids, in plant order */
    List<String> consumerIds();

    /** @return interval length, s, &gt; 0 */
    double intervalS();

    /** @return intervals before the profile wraps, ≥ 1 */
    int intervals();

    /**
     * @param consumer index into {@link #consumerIds()}
     * @param interval interval index, ≥ 0 (wraps past {@link #intervals()})
     * @return mean IT power over the interval / design IT power, in [0, 1] (times the swing's multiplier, ≤ 1, if one
     *         is applied)
     */
    double fraction(int consumer, int interval);
}
