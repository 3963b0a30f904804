package io.liquidtwin.sim.workload;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Scheduler#schedule}: every job that ran with its start, the jobs that could not run, and the
 * machine size the busy nodes refer to. Busy nodes never exceed {@link #nodes()}.
 *
 * @param policy         the policy that made it
 * @param nodes          nodes of the machine the jobs ran on; for {@link SchedulingPolicy#REPLAY} the larger of the
 *                       requested size and the recorded peak (see {@link Scheduler})
 * @param requestedNodes nodes the caller asked for
 * @param originS        the first submit time of the input jobs (rejected ones included), s on the trace clock; the
 *                       simulation's t = 0
 * @param jobs           the jobs that ran, in input order
 * @param rejected       jobs wider than the machine (FCFS and EASY), in input order
 * @param notes          one line per decision the caller should know (machine enlarged, jobs rejected)
 */
public record Schedule(SchedulingPolicy policy, int nodes, int requestedNodes, long originS, List<ScheduledJob> jobs,
                       List<MachineJob> rejected, List<String> notes) {

    public Schedule {
        Objects.requireNonNull(policy, "policy");
        jobs = List.copyOf(jobs);
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    /** @return the latest job end, s on the trace clock; {@link #originS()} if no job ran */
    public long lastEndS() {
        return jobs.stream().mapToLong(ScheduledJob::endS).max().orElse(originS);
    }

    /**
     * @param intervalS interval length, s, &gt; 0
     * @return intervals from {@link #originS()} that cover every job's end, ≥ 1
     */
    public int intervalsCovering(long intervalS) {
        checkInterval(intervalS);
        return (int) Math.max(1, Math.ceilDiv(lastEndS() - originS, intervalS));
    }

    /** @return Σ nodes × run time over the jobs that ran, node-s */
    public long nodeSeconds() {
        return jobs.stream().mapToLong(j -> j.job().nodeSeconds()).sum();
    }

    /** @return the most nodes busy at any instant (a job ending at t frees its nodes for one starting at t) */
    public int peakBusyNodes() {
        return peakBusyNodes(jobs);
    }

    /**
     * Exact busy node-seconds per interval {@code [fromS + i·intervalS, fromS + (i+1)·intervalS)}; jobs are clipped.
     *
     * @param fromS     window start, s on the trace clock
     * @param intervalS interval length, s, &gt; 0
     * @param count     intervals, ≥ 0
     * @return busy node-seconds per interval, each ≤ nodes × intervalS
     */
    public long[] busyNodeSeconds(long fromS, long intervalS, int count) {
        checkInterval(intervalS);
        long[] busy = new long[count];
        long toS = fromS + count * intervalS;
        for (ScheduledJob j : jobs) {
            long a = Math.max(j.startS(), fromS);
            long b = Math.min(j.endS(), toS);
            for (int i = (int) ((a - fromS) / intervalS); a < b; i++) {
                long hi = Math.min(b, fromS + (i + 1) * intervalS);
                busy[i] += j.nodes() * (hi - a);
                a = hi;
            }
        }
        return busy;
    }

    static int peakBusyNodes(List<ScheduledJob> jobs) {
        long[] events = new long[2 * jobs.size()];
        int k = 0;
        for (ScheduledJob j : jobs) {
            // time in the high bits; ends (0) sort before starts (1) at the same time; nodes in the low bits
            events[k++] = (j.endS() << 32) | j.nodes();
            events[k++] = (j.startS() << 32) | (1L << 31) | j.nodes();
        }
        Arrays.sort(events);
        int busy = 0;
        int peak = 0;
        for (long e : events) {
            int n = (int) (e & 0x7fff_ffffL);
            busy += (e & (1L << 31)) != 0 ? n : -n;
            peak = Math.max(peak, busy);
        }
        return peak;
    }

    static void checkInterval(long intervalS) {
        if (intervalS <= 0) {
            throw new IllegalArgumentException("interval must be > 0 s, got " + intervalS);
        }
    }
}
