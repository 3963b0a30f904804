package io.liquidtwin.sim.workload;

/** How {@link Scheduler} decides when each job of a trace starts. */
public enum SchedulingPolicy {
    /** As recorded: start = submit + wait, on a machine enlarged to the recorded peak if the log overlaps. */
    REPLAY,
    /** First come, first served: jobs start in submit order, a later job never overtakes an earlier one. */
    FCFS,
    /**
     * EASY backfilling (Lifka 1995; Mu'alem and Feitelson, IEEE TPDS 12(6), 2001): the queue's head gets a
     * reservation at the earliest time enough nodes free up; later jobs may start now only if that does not delay it.
     */
    EASY
}
