package io.liquidtwin.sim.workload;

/**
 * One job line of a Standard Workload Format (SWF v2.2) file, all 18 fields; −1 means unknown throughout. Times are in
 * s, submit time relative to the log's {@link SwfHeader#unixStartTime()}; memory in KB per processor.
 *
 * @param jobNumber          field 1
 * @param submitS            field 2, submit time, s
 * @param waitS              field 3, wait time, s (−1 unknown: the job is replayed as starting at submit)
 * @param runS               field 4, run time, s (&gt; 0 in a {@link JobTrace})
 * @param processors         field 5, allocated processors (&gt; 0 in a {@link JobTrace})
 * @param avgCpuTimeS        field 6, average CPU time used per processor, s
 * @param usedMemoryKb       field 7, used memory per processor, KB
 * @param requestedProcessors field 8
 * @param requestedTimeS     field 9, s
 * @param requestedMemoryKb  field 10, KB per processor
 * @param status             field 11 (1 completed, 0 failed, 5 cancelled, …)
 * @param userId             field 12
 * @param groupId            field 13
 * @param executable         field 14
 * @param queue              field 15
 * @param partition          field 16
 * @param precedingJob       field 17
 * @param thinkTimeS         field 18, s
 */
public record SwfJob(long jobNumber, long submitS, long waitS, long runS, int processors, double avgCpuTimeS,
                     double usedMemoryKb, int requestedProcessors, long requestedTimeS, double requestedMemoryKb,
                     int status, int userId, int groupId, int executable, int queue, int partition,
                     long precedingJob, long thinkTimeS) {

    /** @return start of the run as recorded: submit + wait (wait −1 counts as 0), s */
    public long startS() {
        return submitS + Math.max(0, waitS);
    }

    /** @return end of the run as recorded: start + run time, s */
    public long endS() {
        return startS() + runS;
    }

    /** @return processors × run time, processor-s */
    public long processorSeconds() {
        return processors * runS;
    }
}
