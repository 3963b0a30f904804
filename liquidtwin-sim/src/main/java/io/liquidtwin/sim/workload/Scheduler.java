package io.liquidtwin.sim.workload;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * Schedules {@link MachineJob}s on a machine of N identical nodes under a {@link SchedulingPolicy}.
 *
 * <p>Machine size:
 * <ul>
 *   <li>{@link SchedulingPolicy#REPLAY} keeps every recorded start. Real logs hold more at once than their header's
 *       MaxProcs (KTH-SP2 104 of 100 processors, NASA iPSC 176 of 128), so the machine is sized at
 *       max(N, recorded peak of busy nodes) and a note says so when it grows; busy nodes are relative to that size
 *       and never exceed it.</li>
 *   <li>{@link SchedulingPolicy#FCFS} and {@link SchedulingPolicy#EASY} must fit N: a job wider than N nodes can
 *       never run, so it is rejected, counted in {@link Schedule#rejected()} and named in a note.</li>
 * </ul>
 *
 * <p>FCFS and EASY are simulated event by event (submits and ends). Jobs queue in submit order (ties in input
 * order); at each event, finished jobs free their nodes first, then arrivals join the queue, then the queue's head
 * starts while it fits. EASY then gives the head a reservation — the earliest time at which the running jobs, ending
 * at their start + {@link MachineJob#estimateS()}, leave enough nodes — and starts a later job now if it fits the
 * free nodes and either ends (by its estimate) by the reservation or uses only the nodes the head leaves spare then.
 * The estimates are never shorter than the runs ({@link NodeJobs}), so the head starts no later than any reservation
 * it was given.
 */
public final class Scheduler {

    /** Watches EASY's decisions; tests use it to check the backfilling invariant. */
    interface Observer {
        /** The queue's head could not start at nowS and was given a reservation. */
        default void reserved(long nowS, MachineJob head, long reservationS) {
        }

        /** {@code job} was backfilled at nowS past {@code head}; {@code running} are the jobs running before it. */
        default void backfilled(long nowS, MachineJob head, long reservationS, List<ScheduledJob> running,
                                MachineJob job) {
        }
    }

    private static final Observer NONE = new Observer() { };

    private Scheduler() {
    }

    /**
     * @param jobs   the jobs, sized in nodes (see {@link NodeJobs})
     * @param policy the policy
     * @param nodes  nodes of the machine, ≥ 1
     * @return the schedule
     */
    public static Schedule schedule(List<MachineJob> jobs, SchedulingPolicy policy, int nodes) {
        return schedule(jobs, policy, nodes, NONE);
    }

    static Schedule schedule(List<MachineJob> jobs, SchedulingPolicy policy, int nodes, Observer observer) {
        if (nodes < 1) {
            throw new IllegalArgumentException("the machine needs >= 1 node, got " + nodes);
        }
        long origin = jobs.stream().mapToLong(MachineJob::submitS).min().orElse(0);
        List<String> notes = new ArrayList<>();
        if (policy == SchedulingPolicy.REPLAY) {
            List<ScheduledJob> ran = jobs.stream().map(j -> new ScheduledJob(j, j.recordedStartS())).toList();
            int peak = Schedule.peakBusyNodes(ran);
            if (peak > nodes) {
                notes.add(String.format(Locale.ROOT, "replay: the log holds up to %d nodes at once, more than the %d"
                        + " asked for; the machine is sized at %d nodes", peak, nodes, peak));
            }
            return new Schedule(policy, Math.max(nodes, peak), nodes, origin, ran, List.of(), notes);
        }
        List<MachineJob> fit = new ArrayList<>();
        List<MachineJob> rejected = new ArrayList<>();
        for (MachineJob j : jobs) {
            (j.nodes() <= nodes ? fit : rejected).add(j);
        }
        if (!rejected.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%s: %d of %d jobs need more than the machine's %d nodes (widest %d)"
                    + " and were rejected", policy, rejected.size(), jobs.size(), nodes,
                    rejected.stream().mapToInt(MachineJob::nodes).max().orElseThrow()));
        }
        List<ScheduledJob> ran = new Queueing(fit, nodes, policy == SchedulingPolicy.EASY, observer).run();
        ran.sort(Comparator.comparingInt(s -> s.job().index()));
        return new Schedule(policy, nodes, nodes, origin, ran, rejected, notes);
    }

    /**
     * The reservation of a job of {@code need} nodes: the earliest time ≥ nowS at which the running jobs, ending at
     * their estimated ends, leave {@code need} nodes free, and the nodes spare then.
     *
     * @return {reservation time s, spare nodes at that time}
     */
    static long[] reservation(long nowS, int need, int free, Collection<ScheduledJob> running) {
        if (need <= free) {
            return new long[] {nowS, free - need};
        }
        List<ScheduledJob> byEstimate = new ArrayList<>(running);
        byEstimate.sort(Comparator.comparingLong(Scheduler::estimatedEndS));
        int avail = free;
        for (int k = 0; k < byEstimate.size(); k++) {
            avail += byEstimate.get(k).nodes();
            long t = estimatedEndS(byEstimate.get(k));
            // jobs ending at the same estimated time free their nodes together
            if (avail >= need && (k + 1 == byEstimate.size() || estimatedEndS(byEstimate.get(k + 1)) != t)) {
                return new long[] {Math.max(nowS, t), avail - need};
            }
        }
        throw new IllegalStateException("a job of " + need + " nodes cannot fit even when all running jobs end");
    }

    static long estimatedEndS(ScheduledJob s) {
        return s.startS() + s.job().estimateS();
    }

    /** The event loop of FCFS and EASY. */
    private static final class Queueing {
        private final List<MachineJob> bySubmit;
        private final boolean easy;
        private final Observer observer;
        private final PriorityQueue<ScheduledJob> running =
                new PriorityQueue<>(Comparator.comparingLong(ScheduledJob::endS));
        private final Deque<MachineJob> queue = new ArrayDeque<>();
        private final List<ScheduledJob> ran = new ArrayList<>();
        private int free;

        Queueing(List<MachineJob> jobs, int nodes, boolean easy, Observer observer) {
            this.bySubmit = new ArrayList<>(jobs);
            this.bySubmit.sort(Comparator.comparingLong(MachineJob::submitS).thenComparingInt(MachineJob::index));
            this.free = nodes;
            this.easy = easy;
            this.observer = observer;
        }

        List<ScheduledJob> run() {
            int next = 0;
            while (next < bySubmit.size() || !queue.isEmpty()) {
                long t = Long.MAX_VALUE;
                if (next < bySubmit.size()) {
                    t = bySubmit.get(next).submitS();
                }
                if (!running.isEmpty()) {
                    t = Math.min(t, running.peek().endS());
                }
                while (!running.isEmpty() && running.peek().endS() <= t) {
                    free += running.poll().nodes();
                }
                while (next < bySubmit.size() && bySubmit.get(next).submitS() <= t) {
                    queue.addLast(bySubmit.get(next++));
                }
                dispatch(t);
            }
            return ran;
        }

        private void dispatch(long t) {
            while (!queue.isEmpty() && queue.peekFirst().nodes() <= free) {
                start(queue.pollFirst(), t);
            }
            if (!easy || queue.isEmpty()) {
                return;
            }
            MachineJob head = queue.peekFirst();
            long[] r = reservation(t, head.nodes(), free, running);
            long shadowS = r[0];
            long spare = r[1];
            observer.reserved(t, head, shadowS);
            Iterator<MachineJob> it = queue.iterator();
            it.next();
            while (it.hasNext() && free > 0) {
                MachineJob j = it.next();
                if (j.nodes() > free) {
                    continue;
                }
                boolean endsInTime = t + j.estimateS() <= shadowS;
                if (endsInTime || j.nodes() <= spare) {
                    if (observer != NONE) {
                        observer.backfilled(t, head, shadowS, List.copyOf(running), j);
                    }
                    it.remove();
                    start(j, t);
                    if (!endsInTime) {
                        spare -= j.nodes();
                    }
                }
            }
        }

        private void start(MachineJob j, long t) {
            ScheduledJob s = new ScheduledJob(j, t);
            free -= j.nodes();
            running.add(s);
            ran.add(s);
        }
    }
}
