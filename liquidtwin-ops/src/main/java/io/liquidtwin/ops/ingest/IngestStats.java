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
 */
public record IngestStats(long accepted, long rejectedLate, long staleMarks, long connects, long failures,
                          int staleSeriesNow) {
}
