package io.liquidtwin.sim.workload;

/**
 * One job of a trace, sized in nodes of the machine it is scheduled on (see {@link NodeJobs}).
 *
 * @param index          position of the job in {@link JobTrace#jobs()}, ≥ 0
 * @param jobNumber      the SWF job number (field 1)
 * @param submitS        submit time, s on the trace clock
 * @param recordedStartS start as recorded, submit + wait, s (used by {@link SchedulingPolicy#REPLAY})
 * @param runS           run time, s, &gt; 0
 * @param estimateS      run time the scheduler assumes when reserving, s, ≥ runS (see {@link NodeJobs})
 * @param nodes          nodes the job holds while it runs, ≥ 1
 */
public record MachineJob(int index, long jobNumber, long submitS, long recordedStartS, long runS, long estimateS,
                         int nodes) {

    public MachineJob {
        if (index < 0 || runS <= 0 || estimateS < runS || nodes < 1 || recordedStartS < submitS) {
            throw new IllegalArgumentException("job " + jobNumber + ": need index >= 0, run > 0 s, estimate >= run,"
                    + " nodes >= 1 and recorded start >= submit; got index " + index + ", run " + runS
                    + " s, estimate " + estimateS + " s, nodes " + nodes + ", submit " + submitS + " s, start "
                    + recordedStartS + " s");
        }
    }

    /** @return nodes × run time, node-s */
    public long nodeSeconds() {
        return nodes * runS;
    }
}
