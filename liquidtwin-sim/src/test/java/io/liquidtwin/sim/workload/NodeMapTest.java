package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Splitting nodes across consumers and placing jobs on them. */
class NodeMapTest {

    @Test
    void splitsInProportionToDesignPower() {
        assertThat(counts(NodeMap.split(consumers(1, 2, 1), 8))).containsExactly(2, 4, 2);
        // quotas 3⅓ each: the one spare node goes to the first in plant order
        assertThat(counts(NodeMap.split(consumers(5, 5, 5), 10))).containsExactly(4, 3, 3);
        // quotas 2.6, 4.2, 3.2 → floors 2, 4, 3; largest remainder 0.6 gets the last node
        assertThat(counts(NodeMap.split(consumers(26, 42, 32), 10))).containsExactly(3, 4, 3);
        // quotas 9.98, 0.01, 0.01: each small consumer still gets a node, taken from the big one
        assertThat(counts(NodeMap.split(consumers(1000, 1, 1), 10))).containsExactly(8, 1, 1);
    }

    @Test
    void everyNodeBelongsToExactlyOneConsumerAndTheSplitFollowsTheQuotas() {
        Random r = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + r.nextInt(30);
            double[] w = IntStream.range(0, n).mapToDouble(i -> 1 + 1000 * r.nextDouble()).toArray();
            int nodes = n + r.nextInt(5000);
            NodeMap map = NodeMap.split(consumers(w), nodes);
            int[] seen = new int[n];
            for (int id = 0; id < nodes; id++) {
                int c = map.consumerOf(id);
                assertThat(id).isBetween(map.firstNode(c), map.firstNode(c) + map.nodesOf(c) - 1);
                seen[c]++;
            }
            double total = java.util.Arrays.stream(w).sum();
            boolean allAboveOne = true;
            for (int c = 0; c < n; c++) {
                assertThat(seen[c]).isEqualTo(map.nodesOf(c)).isGreaterThanOrEqualTo(1);
                allAboveOne &= nodes * w[c] / total >= 1;
            }
            assertThat(IntStream.of(seen).sum()).isEqualTo(nodes).isEqualTo(map.nodes());
            if (allAboveOne) {   // plain largest remainder: within one node of the quota
                for (int c = 0; c < n; c++) {
                    assertThat(Math.abs(map.nodesOf(c) - nodes * w[c] / total)).isLessThan(1.0);
                }
            }
        }
    }

    @Test
    void jobsArePlacedFirstFitOnContiguousNodes() {
        NodeMap map = NodeMap.split(consumers(1, 1, 1), 6);   // consumer c holds nodes 2c, 2c+1
        // A: 3 nodes [0, 100) → nodes 0–2; B: 2 nodes [0, 100) → 3–4; A ends, C: 3 nodes [100, 200) → 0–2 again
        Schedule s = schedule(6, List.of(sj(0, 3, 0, 100), sj(1, 2, 0, 100), sj(2, 3, 100, 100)));
        long[][] busy = map.busyNodeSeconds(s, 0, 100, 2);
        assertThat(busy[0]).containsExactly(200, 200);
        assertThat(busy[1]).containsExactly(200, 100);
        assertThat(busy[2]).containsExactly(100, 0);
    }

    @Test
    void perConsumerBusyNodeSecondsAddUpToTheSchedule() {
        Random r = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            List<MachineJob> jobs = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                long submit = r.nextInt(20_000);
                jobs.add(new MachineJob(k, k, submit, submit, 1 + r.nextInt(5000), 6000, 1 + r.nextInt(16)));
            }
            Schedule s = Scheduler.schedule(jobs, SchedulingPolicy.values()[trial % 3], 16);
            NodeMap map = NodeMap.split(consumers(3, 1, 2, 5), s.nodes());
            int count = s.intervalsCovering(700);
            long[][] busy = map.busyNodeSeconds(s, s.originS(), 700, count);
            long[] total = s.busyNodeSeconds(s.originS(), 700, count);
            for (int i = 0; i < count; i++) {
                long sum = 0;
                for (int c = 0; c < busy.length; c++) {
                    assertThat(busy[c][i]).isBetween(0L, map.nodesOf(c) * 700L);
                    sum += busy[c][i];
                }
                assertThat(sum).isEqualTo(total[i]);
            }
        }
    }

    @Test
    void refusesTooFewNodesOrAMismatchedSchedule() {
        assertThatThrownBy(() -> NodeMap.split(consumers(1, 1, 1), 2)).hasMessageContaining("3 consumers for 2 nodes");
        assertThatThrownBy(() -> NodeMap.split(List.of(), 2)).hasMessageContaining("at least one consumer");
        assertThatThrownBy(() -> new Consumer("r1", 0)).hasMessageContaining("r1");
        NodeMap map = NodeMap.split(consumers(1), 4);
        assertThatThrownBy(() -> map.busyNodeSeconds(schedule(5, List.of()), 0, 10, 1)).hasMessageContaining("5 nodes");
    }

    static List<Consumer> consumers(double... designW) {
        List<Consumer> out = new ArrayList<>();
        for (int c = 0; c < designW.length; c++) {
            out.add(new Consumer("rack" + c, designW[c]));
        }
        return out;
    }

    private static int[] counts(NodeMap map) {
        return IntStream.range(0, map.consumers().size()).map(map::nodesOf).toArray();
    }

    private static ScheduledJob sj(int index, int nodes, long startS, long runS) {
        return new ScheduledJob(new MachineJob(index, index, startS, startS, runS, runS, nodes), startS);
    }

    private static Schedule schedule(int nodes, List<ScheduledJob> jobs) {
        return new Schedule(SchedulingPolicy.REPLAY, nodes, nodes, 0, jobs, List.of(), List.of());
    }
}
