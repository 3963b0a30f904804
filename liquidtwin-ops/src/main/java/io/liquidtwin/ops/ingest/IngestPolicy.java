package io.liquidtwin.ops.ingest;

/**
 * How a {@link SourceSupervisor} treats its sources and series.
 *
 * <p><b>Back-off.</b> After {@code n} consecutive failures of a source (a failed connect or a failed poll) the next
 * connect is attempted {@code min(maxBackoffMs, baseBackoffMs · 2^(n−1))} ms after the failure; there is no jitter,
 * so the schedule is exactly testable. A successful poll resets {@code n} to 0 (a successful connect alone does not,
 * so a source that connects but fails every read still backs off).
 *
 * <p><b>Stale.</b> A series that has had no accepted sample for {@code staleAfterMs} of supervisor (wall) time is
 * marked once: its newest sample is appended again — same timestamp, same value — with quality STALE, replacing the
 * GOOD one in the store. No value and no timestamp is invented, and the mark needs no common time base between the
 * series and the wall clock. The next accepted sample clears the mark.
 *
 * <p><b>Late samples.</b> Per series, a sample older than the newest accepted timestamp by more than
 * {@code lateWindowMicros} is rejected and counted; within the window it is accepted (out of order), and a sample
 * with the timestamp of a stored one replaces it (idempotent replay).
 *
 * @param baseBackoffMs    first retry delay, ms (≥ 1)
 * @param maxBackoffMs     longest retry delay, ms (≥ base)
 * @param staleAfterMs     silence after which a series is marked STALE, ms (≥ 1)
 * @param lateWindowMicros how far behind its newest sample a series still accepts samples, µs (≥ 0)
 */
public record IngestPolicy(long baseBackoffMs, long maxBackoffMs, long staleAfterMs, long lateWindowMicros) {

    /** 1 s doubling to 60 s; stale after 30 s; 5 min late window. */
    public static final IngestPolicy DEFAULT = new IngestPolicy(1_000, 60_000, 30_000, 300_000_000L);

    public IngestPolicy {
        if (baseBackoffMs < 1 || maxBackoffMs < baseBackoffMs || staleAfterMs < 1 || lateWindowMicros < 0) {
            throw new IllegalArgumentException("ingest policy needs 1 ≤ base ≤ max back-off, stale ≥ 1 ms and a late"
                    + " window ≥ 0 µs: " + baseBackoffMs + ", " + maxBackoffMs + ", " + staleAfterMs + ", "
                    + lateWindowMicros);
        }
    }

    /** @return the delay before the next connect after {@code failures} (≥ 1) consecutive failures, ms */
    public long backoffMs(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 62);
        long d = baseBackoffMs;
        for (int i = 0; i < doublings && d < maxBackoffMs; i++) {
            d = d > maxBackoffMs / 2 ? maxBackoffMs : d * 2;
        }
        return Math.min(d, maxBackoffMs);
    }
}
