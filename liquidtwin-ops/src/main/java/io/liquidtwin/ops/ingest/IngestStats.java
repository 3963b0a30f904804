package io.liquidtwin.ops.ingest;

/**
 * Counters of a {@link SourceSupervisor} since it was created.
 *
 * @param accepted        samples appended to the store
 * @param rejectedLate    samples older than the late window
 * @param staleMarks      STALE marks appended
 * @param connects        successful connects
 * @param failures        failed connects and polls
 * @param staleSeriesNow  series marked stale at the moment
 * @param rejectedInvalid samples the store would not take (null, timestamp outside its range, other input checks)
 * @param storeFailures   appends that failed for another reason than bad input (the tick went on)
 * @param lostToStore     samples (and STALE marks) not stored because of those failures
 */
public record IngestStats(long accepted, long rejectedLate, long staleMarks, long connects, long failures,
                          int staleSeriesNow, long rejectedInvalid, long storeFailures, long lostToStore) {
}
