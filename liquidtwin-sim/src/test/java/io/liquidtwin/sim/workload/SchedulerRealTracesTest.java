package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schedulers on the two real traces of ../shared/data/traces, each on its recorded machine (one processor per
 * node). Peaks of the replay (KTH 104 of 100, NASA 176 of 128) are those found independently by a Python sweep over
 * {@code zcat FILE} (see {@link SwfRealTracesTest}).
 */
class SchedulerRealTracesTest {

    @ParameterizedTest
    @CsvSource({SwfFixtures.KTH + ", 100, 104", SwfFixtures.NASA + ", 128, 176"})
    void replayReproducesEveryRecordedStartOnAMachineSizedAtTheRecordedPeak(String name, int maxNodes, int peak) {
        JobTrace trace = SwfReader.read(SwfFixtures.sharedTrace(name));
        Schedule s = Scheduler.schedule(NodeJobs.perNode(trace, 1), SchedulingPolicy.REPLAY, maxNodes);

        assertThat(s.jobs()).hasSize(trace.size());
        for (ScheduledJob j : s.jobs()) {
            SwfJob recorded = trace.jobs().get(j.job().index());
            assertThat(j.startS()).isEqualTo(recorded.submitS() + Math.max(0, recorded.waitS()));
            assertThat(j.endS()).isEqualTo(recorded.endS());
        }
        assertThat(s.requestedNodes()).isEqualTo(maxNodes);
        assertThat(s.nodes()).isEqualTo(peak);
        assertThat(s.notes()).singleElement().asString().contains(peak + " nodes");
        assertThat(s.rejected()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        SwfFixtures.KTH + ", REPLAY", SwfFixtures.KTH + ", FCFS", SwfFixtures.KTH + ", EASY",
        SwfFixtures.NASA + ", REPLAY", SwfFixtures.NASA + ", FCFS", SwfFixtures.NASA + ", EASY",
    })
    void busyNodesNeverExceedTheMachine(String name, SchedulingPolicy policy) {
        JobTrace trace = SwfReader.read(SwfFixtures.sharedTrace(name));
        int machine = (int) trace.header().maxNodes();
        Schedule s = Scheduler.schedule(NodeJobs.perNode(trace, 1), policy, machine);

        assertThat(s.jobs().size() + s.rejected().size()).isEqualTo(trace.size());
        assertThat(s.rejected()).isEmpty();   // no recorded job is wider than its machine
        assertThat(s.jobs()).allSatisfy(j -> assertThat(j.startS()).isGreaterThanOrEqualTo(j.job().submitS()));
        // independent sweep: ends before starts at equal times
        List<long[]> events = new ArrayList<>();
        for (ScheduledJob j : s.jobs()) {
            events.add(new long[] {j.startS(), 1, j.nodes()});
            events.add(new long[] {j.endS(), 0, -j.nodes()});
        }
        events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        long busy = 0;
        long peak = 0;
        for (long[] e : events) {
            busy += e[2];
            peak = Math.max(peak, busy);
            assertThat(busy).isBetween(0L, (long) s.nodes());
        }
        assertThat(s.peakBusyNodes()).isEqualTo((int) peak);
        int hours = s.intervalsCovering(3600);
        long[] perHour = s.busyNodeSeconds(s.originS(), 3600, hours);
        long total = 0;
        for (long b : perHour) {
            assertThat(b).isBetween(0L, s.nodes() * 3600L);
            total += b;
        }
        assertThat(total).isEqualTo(trace.processorSeconds());
        if (policy != SchedulingPolicy.REPLAY) {
            assertThat(s.nodes()).isEqualTo(machine);
        }
    }

    @ParameterizedTest
    @CsvSource({SwfFixtures.KTH, SwfFixtures.NASA})
    void fcfsStartsJobsInSubmitOrder(String name) {
        JobTrace trace = SwfReader.read(SwfFixtures.sharedTrace(name));
        Schedule s = Scheduler.schedule(NodeJobs.perNode(trace, 1), SchedulingPolicy.FCFS,
                (int) trace.header().maxNodes());
        List<ScheduledJob> bySubmit = new ArrayList<>(s.jobs());
        bySubmit.sort(Comparator.comparingLong((ScheduledJob j) -> j.job().submitS())
                .thenComparingInt(j -> j.job().index()));
        for (int k = 1; k < bySubmit.size(); k++) {
            assertThat(bySubmit.get(k).startS()).isGreaterThanOrEqualTo(bySubmit.get(k - 1).startS());
        }
    }

    /**
     * Every backfill is checked against a reservation computed here by brute force (the earliest of now and the
     * running jobs' estimated ends at which enough nodes are free): the scheduler's reservation equals it before the
     * backfill, and starting the backfilled job does not move it later. And no head starts after a reservation it
     * was given.
     */
    @ParameterizedTest
    @CsvSource({SwfFixtures.KTH + ", 100", SwfFixtures.NASA + ", 1"})   // NASA is lightly loaded: few backfills
    void easyNeverDelaysTheReservationOfTheQueueHead(String name, int minBackfills) {
        JobTrace trace = SwfReader.read(SwfFixtures.sharedTrace(name));
        int machine = (int) trace.header().maxNodes();
        Map<Integer, Long> earliestReservation = new HashMap<>();
        int[] backfills = {0};
        Scheduler.Observer check = new Scheduler.Observer() {
            @Override
            public void reserved(long nowS, MachineJob head, long reservationS) {
                assertThat(reservationS).isGreaterThan(nowS);
                earliestReservation.merge(head.index(), reservationS, Math::min);
            }

            @Override
            public void backfilled(long nowS, MachineJob head, long reservationS, List<ScheduledJob> running,
                                   MachineJob job) {
                long before = referenceReservation(machine, running, head.nodes());
                List<ScheduledJob> after = new ArrayList<>(running);
                after.add(new ScheduledJob(job, nowS));
                assertThat(reservationS).isEqualTo(before);
                assertThat(referenceReservation(machine, after, head.nodes())).isLessThanOrEqualTo(before);
                backfills[0]++;
            }
        };
        Schedule s = Scheduler.schedule(NodeJobs.perNode(trace, 1), SchedulingPolicy.EASY, machine, check);

        assertThat(backfills[0]).isGreaterThanOrEqualTo(minBackfills);
        for (ScheduledJob j : s.jobs()) {
            Long r = earliestReservation.get(j.job().index());
            if (r != null) {
                assertThat(j.startS()).isLessThanOrEqualTo(r);
            }
        }
    }

    /** Earliest estimated end at which the free nodes reach {@code need}. */
    private static long referenceReservation(int machine, List<ScheduledJob> running, int need) {
        long best = Long.MAX_VALUE;
        for (ScheduledJob candidate : running) {
            long t = candidate.startS() + candidate.job().estimateS();
            int free = machine;
            for (ScheduledJob r : running) {
                if (r.startS() + r.job().estimateS() > t) {
                    free -= r.nodes();
                }
            }
            if (free >= need) {
                best = Math.min(best, t);
            }
        }
        return best;
    }
}
