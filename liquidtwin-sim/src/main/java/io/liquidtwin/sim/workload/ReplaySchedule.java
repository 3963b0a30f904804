package io.liquidtwin.sim.workload;

import java.util.List;

/**
 * Replays a {@link JobTrace} as recorded: each job starts at submit + wait (wait −1 counts as 0) and holds its
 * allocated processors for its run time. No scheduling decision is made (FCFS and EASY backfilling: see
 * package-info).
 */
public final class ReplaySchedule {

    /** One hour, s. */
    public static final long HOUR_S = 3600;

    private final List<SwfJob> jobs;
    private final long processors;

    /**
     * @param trace      the jobs to replay
     * @param processors processors of the recorded machine, &gt; 0 (utilisation is relative to it)
     */
    public ReplaySchedule(JobTrace trace, long processors) {
        if (processors <= 0) {
            throw new IllegalArgumentException("processors must be > 0, got " + processors);
        }
        this.jobs = trace.jobs();
        this.processors = processors;
    }

    /**
     * @param trace the jobs to replay; its header must give MaxProcs
     * @return a replay on the recorded machine of the header's MaxProcs
     */
    public static ReplaySchedule of(JobTrace trace) {
        if (trace.header().maxProcs() <= 0) {
            throw new IllegalArgumentException(trace.file() + ": no MaxProcs in the header; give the processor count");
        }
        return new ReplaySchedule(trace, trace.header().maxProcs());
    }

    /** @return earliest job start, s (trace clock) */
    public long firstStartS() {
        return jobs.stream().mapToLong(SwfJob::startS).min().orElse(0);
    }

    /** @return latest job end, s (trace clock) */
    public long lastEndS() {
        return jobs.stream().mapToLong(SwfJob::endS).max().orElse(0);
    }

    /**
     * The series over the whole trace: intervals aligned to multiples of {@code intervalS} on the trace clock, from
     * the one holding the first start to the one holding the last end.
     *
     * @param intervalS interval length, s, &gt; 0
     * @return the series; its total equals {@link JobTrace#processorSeconds()}
     */
    public UtilisationSeries series(long intervalS) {
        checkInterval(intervalS);
        long from = Math.floorDiv(firstStartS(), intervalS) * intervalS;
        long to = Math.max(from + intervalS, -Math.floorDiv(-lastEndS(), intervalS) * intervalS);
        return series(from, intervalS, Math.toIntExact((to - from) / intervalS));
    }

    /** @return {@link #series(long)} with one-hour intervals */
    public UtilisationSeries hourly() {
        return series(HOUR_S);
    }

    /**
     * The series over the window {@code [fromS, fromS + count·intervalS)}; jobs are clipped to it.
     *
     * @param fromS     window start, s on the trace clock
     * @param intervalS interval length, s, &gt; 0
     * @param count     number of intervals, ≥ 0
     * @return the series of busy processor-seconds per interval
     */
    public UtilisationSeries series(long fromS, long intervalS, int count) {
        checkInterval(intervalS);
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        long[] busy = new long[count];
        long toS = fromS + count * intervalS;
        for (SwfJob j : jobs) {
            long a = Math.max(j.startS(), fromS);
            long b = Math.min(j.endS(), toS);
            if (a >= b) {
                continue;
            }
            int first = (int) ((a - fromS) / intervalS);
            int last = (int) ((b - 1 - fromS) / intervalS);
            for (int i = first; i <= last; i++) {
                long lo = Math.max(a, fromS + i * intervalS);
                long hi = Math.min(b, fromS + (i + 1) * intervalS);
                busy[i] += j.processors() * (hi - lo);
            }
        }
        return new UtilisationSeries(fromS, intervalS, processors, processors, busy);
    }

    private static void checkInterval(long intervalS) {
        if (intervalS <= 0) {
            throw new IllegalArgumentException("interval must be > 0 s, got " + intervalS);
        }
    }
}
