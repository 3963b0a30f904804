package io.liquidtwin.sim.workload;

import java.util.List;

/**
 * The {@link ItLoadProfile}s the engine can run on. Node power (PHYSICS.md §5) turns busy nodes into IT power: an
 * idle node draws P_idle = {@link NodePowerModel#idleWallPowerW()}, a busy node P_busy =
 * {@link NodePowerModel#peakWallPowerW()} (SWF records no per-job utilisation, so a busy node is taken to run its
 * CPUs and GPUs at full load), and a consumer's design IT power is all its nodes at P_peak = P_busy.
 */
public final class ItLoadProfiles {

    /** Intervals of the default synthetic year (8,760 h = 52 weeks + 1 day). */
    public static final int HOURS_PER_YEAR = 8760;

    private ItLoadProfiles() {
    }

    /**
     * A schedule's load: nodes are split across the consumers and jobs placed on them as {@link NodeMap} says; then
     * for consumer c with n nodes, over interval i with b busy node-seconds (exact, jobs that start or stop inside
     * the interval are time-weighted), fraction = (b·P_busy + (n·T − b)·P_idle) / (n·T·P_peak).
     *
     * @param schedule  the schedule; interval 0 starts at its {@link Schedule#originS()} (the first submit)
     * @param consumers the plant's IT consumers, in plant order; the schedule's {@link Schedule#nodes()} are split
     *                  among them (for an enlarged replay, the enlarged machine)
     * @param node      the node power model
     * @param intervalS interval length, s, &gt; 0
     * @return the profile, {@link Schedule#intervalsCovering(long)} intervals long
     */
    public static ItLoadProfile fromSchedule(Schedule schedule, List<Consumer> consumers, NodePowerModel node,
                                             long intervalS) {
        NodeMap map = NodeMap.split(consumers, schedule.nodes());
        int count = schedule.intervalsCovering(intervalS);
        long[][] busy = map.busyNodeSeconds(schedule, schedule.originS(), intervalS, count);
        double idle = node.idleWallPowerW();
        double peak = node.peakWallPowerW();
        double[][] rows = new double[consumers.size()][count];
        for (int c = 0; c < rows.length; c++) {
            double capacity = (double) map.nodesOf(c) * intervalS;   // node-seconds
            for (int i = 0; i < count; i++) {
                double b = busy[c][i];
                rows[c][i] = Math.min(1, (b * peak + (capacity - b) * idle) / (capacity * peak));
            }
        }
        return new ArrayProfile(ids(consumers), intervalS, rows);
    }

    /**
     * A node-utilisation series applied alike to every consumer: fraction = (P_idle + u·(P_busy − P_idle)) / P_peak,
     * i.e. a share u of the nodes busy, the rest idle.
     *
     * @param consumerIds the consumers, in plant order
     * @param intervalS   time per value, s, &gt; 0; value 0 is interval 0
     * @param utilisation node utilisation per interval, each in [0, 1], at least one
     * @param node        the node power model
     * @return the profile
     */
    public static ItLoadProfile fromUtilisation(List<String> consumerIds, double intervalS, double[] utilisation,
                                                NodePowerModel node) {
        double idle = node.idleWallPowerW();
        double peak = node.peakWallPowerW();
        double[] row = new double[utilisation.length];
        for (int i = 0; i < row.length; i++) {
            double u = utilisation[i];
            if (!(u >= 0 && u <= 1)) {
                throw new IllegalArgumentException("utilisation of interval " + i + " must be in [0, 1], got " + u);
            }
            row[i] = Math.min(1, (idle + u * (peak - idle)) / peak);
        }
        return new ArrayProfile(consumerIds, intervalS, new double[][] {row});
    }

    /**
     * @param consumerIds the consumers, in plant order
     * @param fraction    the fraction of design IT power every consumer draws at all times, 0–1
     * @param intervalS   interval length, s, &gt; 0
     * @return a one-interval profile (it wraps, so it holds forever)
     */
    public static ItLoadProfile constant(List<String> consumerIds, double fraction, double intervalS) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("constant IT load fraction must be in [0, 1], got " + fraction);
        }
        return new ArrayProfile(consumerIds, intervalS, new double[][] {{fraction}});
    }

    /**
     * The built-in synthetic HPC centre (see {@link SyntheticWorkload}: hourly node utilisation with mean 0.70, a daily
     * swing of ±0.10 peaking at 15:00, quieter weekends, red noise), through the node model as in
     * {@link #fromUtilisation}. Interval 0 is Monday 00:00.
     *
     * @param consumerIds the consumers, in plant order
     * @param seed        noise seed (the same seed gives the same profile)
     * @param hours       hours before it wraps, ≥ 1 ({@link #HOURS_PER_YEAR} for a year)
     * @param node        the node power model
     * @return the profile, hourly
     */
    public static ItLoadProfile synthetic(List<String> consumerIds, long seed, int hours, NodePowerModel node) {
        return fromUtilisation(consumerIds, 3600, SyntheticWorkload.hourlyUtilisation(seed, hours), node);
    }

    /**
     * @param base  any profile
     * @param swing the AI-training swing that multiplies it (exact interval means)
     * @return the swung profile
     */
    public static ItLoadProfile withSwing(ItLoadProfile base, AiPowerSwing swing) {
        return new SwingProfile(base, swing);
    }

    private static List<String> ids(List<Consumer> consumers) {
        return consumers.stream().map(Consumer::id).toList();
    }
}
