package io.liquidtwin.sim.workload;

/**
 * A job with the start a {@link Scheduler} gave it.
 *
 * @param job    the job
 * @param startS start, s on the trace clock, ≥ the job's submit time
 */
public record ScheduledJob(MachineJob job, long startS) {

    /** @return end of the run, start + run time, s */
    public long endS() {
        return startS + job.runS();
    }

    /** @return nodes the job holds */
    public int nodes() {
        return job.nodes();
    }

    /** @return wait in the queue, start − submit, s */
    public long waitS() {
        return startS - job.submitS();
    }
}
