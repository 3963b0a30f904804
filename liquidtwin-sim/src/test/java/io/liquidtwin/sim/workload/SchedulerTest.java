package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Small schedules worked out by hand. */
class SchedulerTest {

    // 4-node machine. A: t=0, 3 nodes, 100 s. B: t=1, 4 nodes, 10 s (must wait for A: reservation at 100).
    // C: t=2, 1 node, 50 s — ends at 52 ≤ 100, so EASY backfills it at 2. D: t=3, 1 node, 200 s — would end after 100
    // and B leaves no spare node then, so EASY holds it; it starts when B ends at 110.
    private static final List<MachineJob> JOBS = List.of(job(0, 0, 3, 100), job(1, 1, 4, 10), job(2, 2, 1, 50),
            job(3, 3, 1, 200));

    @Test
    void easyBackfillsOnlyWhatCannotDelayTheHead() {
        assertThat(starts(Scheduler.schedule(JOBS, SchedulingPolicy.EASY, 4)))
                .isEqualTo(Map.of(0, 0L, 1, 100L, 2, 2L, 3, 110L));
    }

    @Test
    void fcfsNeverOvertakes() {
        // C and D queue behind B and start when B ends at 110, all 4 nodes free then.
        assertThat(starts(Scheduler.schedule(JOBS, SchedulingPolicy.FCFS, 4)))
                .isEqualTo(Map.of(0, 0L, 1, 100L, 2, 110L, 3, 110L));
    }

    @Test
    void easyMayBackfillALongJobOnNodesTheHeadLeavesSpare() {
        // 5 nodes: B needs 4 at 100, leaving 1 spare then, so the long D may start now on it; C ends in time.
        Schedule s = Scheduler.schedule(JOBS, SchedulingPolicy.EASY, 5);
        assertThat(starts(s)).isEqualTo(Map.of(0, 0L, 1, 100L, 2, 2L, 3, 3L));
    }

    @Test
    void jobsWiderThanTheMachineAreRejectedAndNamed() {
        Schedule s = Scheduler.schedule(JOBS, SchedulingPolicy.FCFS, 3);
        assertThat(s.rejected()).extracting(MachineJob::index).containsExactly(1);
        assertThat(s.jobs()).hasSize(3);
        assertThat(s.notes()).singleElement().asString().contains("1 of 4 jobs", "3 nodes", "widest 4");
    }

    @Test
    void replayGrowsTheMachineToTheRecordedPeak() {
        List<MachineJob> overlap = List.of(new MachineJob(0, 1, 0, 0, 100, 100, 3),
                new MachineJob(1, 2, 0, 50, 100, 100, 3), new MachineJob(2, 3, 0, 150, 10, 10, 3));
        Schedule s = Scheduler.schedule(overlap, SchedulingPolicy.REPLAY, 4);
        assertThat(s.nodes()).isEqualTo(6);          // A and B overlap on [50, 100); C starts as B ends
        assertThat(s.requestedNodes()).isEqualTo(4);
        assertThat(s.notes()).singleElement().asString().contains("6 nodes");
        assertThat(s.busyNodeSeconds(0, 100, 2)).containsExactly(3 * 100 + 3 * 50, 3 * 50 + 3 * 10);
    }

    @Test
    void estimateIsTheRequestRaisedToTheRunTime() {
        SwfJob asked = ReplayConservationProperties.job(1, 0, 0, 100, 4);   // no requested time (−1)
        assertThat(NodeJobs.estimateS(asked)).isEqualTo(100);
        SwfJob withRequest = new SwfJob(2, 0, 0, 100, 4, -1, -1, 4, 500, -1, 1, 1, 1, -1, -1, -1, -1, -1);
        SwfJob overran = new SwfJob(3, 0, 0, 600, 4, -1, -1, 4, 500, -1, 1, 1, 1, -1, -1, -1, -1, -1);
        assertThat(NodeJobs.estimateS(withRequest)).isEqualTo(500);
        assertThat(NodeJobs.estimateS(overran)).isEqualTo(600);
    }

    @Test
    void scaledWidthsAreProportionalAndAtLeastOneNode() {
        assertThat(NodeJobs.scaledWidth(1, 100, 1000)).isEqualTo(10);
        assertThat(NodeJobs.scaledWidth(100, 100, 1000)).isEqualTo(1000);
        assertThat(NodeJobs.scaledWidth(1, 128, 10)).isEqualTo(1);       // 0.078 → at least 1
        assertThat(NodeJobs.scaledWidth(64, 128, 10)).isEqualTo(5);      // 5.0
        assertThat(NodeJobs.scaledWidth(100, 128, 10)).isEqualTo(8);     // 7.8125
        assertThat(NodeJobs.scaledWidth(16, 128, 20)).isEqualTo(3);      // 2.5 rounds half up
        assertThat(NodeJobs.scaledWidth(128, 128, 10)).isEqualTo(10);
    }

    @Test
    void perNodeRoundsProcessorsUp() {
        JobTrace t = ReplayConservationProperties.trace(List.of(ReplayConservationProperties.job(1, 0, 0, 10, 5),
                ReplayConservationProperties.job(2, 0, 0, 10, 8)));
        assertThat(NodeJobs.perNode(t, 4)).extracting(MachineJob::nodes).containsExactly(2, 2);
        assertThatThrownBy(() -> NodeJobs.perNode(t, 0)).hasMessageContaining("processors per node");
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Scheduler.schedule(JOBS, SchedulingPolicy.EASY, 0)).hasMessageContaining(">= 1 node");
        assertThatThrownBy(() -> new MachineJob(0, 7, 10, 5, 1, 1, 1)).hasMessageContaining("job 7");
    }

    private static MachineJob job(int index, long submitS, int nodes, long runS) {
        return new MachineJob(index, index + 1, submitS, submitS, runS, runS, nodes);
    }

    private static Map<Integer, Long> starts(Schedule s) {
        return s.jobs().stream().collect(Collectors.toMap(j -> j.job().index(), ScheduledJob::startS));
    }
}
