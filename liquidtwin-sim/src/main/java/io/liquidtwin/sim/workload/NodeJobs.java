package io.liquidtwin.sim.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the jobs of a {@link JobTrace} (which SWF sizes in processors) into {@link MachineJob}s sized in nodes.
 *
 * <p>Two ways to size a job:
 * <ul>
 *   <li>{@link #perNode(JobTrace, int)} — on the recorded machine (or one like it): a job of p processors needs
 *       ⌈p / procsPerNode⌉ nodes.</li>
 *   <li>{@link #scaled(JobTrace, long, int)} — onto a plant of another size: a trace recorded on P processors is
 *       mapped onto M nodes by scaling every job's width proportionally, nodes = max(1, round(p·M/P)) (half rounds
 *       up), so a job that filled the recorded machine fills the plant and the machine's load fraction is kept up to
 *       rounding; times are unchanged.</li>
 * </ul>
 *
 * <p>Run-time estimate (what EASY reserves with): the job's requested time (SWF field 9) when recorded, raised to its
 * run time when the job overran its request (some logs record runs a few seconds past the limit), else the run time
 * itself. The estimate is therefore never shorter than the real run, so an EASY reservation is a guarantee.
 */
public final class NodeJobs {

    private NodeJobs() {
    }

    /**
     * @param trace        the jobs
     * @param procsPerNode processors per node of the machine, ≥ 1
     * @return one job per trace job, in trace order, of ⌈processors / procsPerNode⌉ nodes
     */
    public static List<MachineJob> perNode(JobTrace trace, int procsPerNode) {
        if (procsPerNode < 1) {
            throw new IllegalArgumentException("processors per node must be >= 1, got " + procsPerNode);
        }
        List<MachineJob> out = new ArrayList<>(trace.size());
        for (int i = 0; i < trace.size(); i++) {
            SwfJob j = trace.jobs().get(i);
            out.add(job(i, j, (int) Math.ceilDiv((long) j.processors(), procsPerNode)));
        }
        return out;
    }

    /**
     * @param trace           the jobs
     * @param traceProcessors processors P of the recorded machine, ≥ 1 (normally the header's MaxProcs)
     * @param plantNodes      nodes M of the plant, ≥ 1
     * @return one job per trace job, in trace order, of max(1, round(processors·M/P)) nodes
     */
    public static List<MachineJob> scaled(JobTrace trace, long traceProcessors, int plantNodes) {
        if (traceProcessors < 1 || plantNodes < 1) {
            throw new IllegalArgumentException("trace processors and plant nodes must be >= 1, got "
                    + traceProcessors + " and " + plantNodes);
        }
        List<MachineJob> out = new ArrayList<>(trace.size());
        for (int i = 0; i < trace.size(); i++) {
            SwfJob j = trace.jobs().get(i);
            out.add(job(i, j, scaledWidth(j.processors(), traceProcessors, plantNodes)));
        }
        return out;
    }

    /**
     * @return max(1, round(processors·plantNodes/traceProcessors)), half up, computed exactly in integers
     */
    static int scaledWidth(long processors, long traceProcessors, long plantNodes) {
        long w = Math.floorDiv(2 * processors * plantNodes + traceProcessors, 2 * traceProcessors);
        return (int) Math.max(1, w);
    }

    /** @return the requested time if recorded, at least the run time; else the run time, s */
    static long estimateS(SwfJob j) {
        return j.requestedTimeS() > 0 ? Math.max(j.requestedTimeS(), j.runS()) : j.runS();
    }

    private static MachineJob job(int index, SwfJob j, int nodes) {
        return new MachineJob(index, j.jobNumber(), j.submitS(), j.startS(), j.runS(), estimateS(j), nodes);
    }
}
