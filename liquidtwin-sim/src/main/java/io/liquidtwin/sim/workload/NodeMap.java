package io.liquidtwin.sim.workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Which consumer (rack or tank) holds which node. Node ids 0…N−1 are split across the consumers in plant order, in
 * proportion to their design IT power: consumer c gets a contiguous block of n_c nodes, with n_c from the
 * largest-remainder (Hare) method on the quotas q_c = N·P_c/ΣP, then every consumer raised to at least one node by
 * taking one from the consumer furthest above its quota. Σ n_c = N; every node belongs to exactly one consumer.
 */
public final class NodeMap {

    private final List<Consumer> consumers;
    private final int[] first;
    private final int nodes;

    private NodeMap(List<Consumer> consumers, int[] counts) {
        this.consumers = List.copyOf(consumers);
        this.first = new int[counts.length + 1];
        for (int c = 0; c < counts.length; c++) {
            first[c + 1] = first[c] + counts[c];
        }
        this.nodes = first[counts.length];
    }

    /**
     * @param consumers the plant's IT consumers in plant order, at least one
     * @param nodes     nodes to split, ≥ the number of consumers
     * @return the split
     */
    public static NodeMap split(List<Consumer> consumers, int nodes) {
        int n = consumers.size();
        if (n == 0 || nodes < n) {
            throw new IllegalArgumentException("need at least one consumer and at least one node per consumer; got "
                    + n + " consumers for " + nodes + " nodes");
        }
        double total = consumers.stream().mapToDouble(Consumer::designItPowerW).sum();
        double[] quota = new double[n];
        int[] count = new int[n];
        int given = 0;
        for (int c = 0; c < n; c++) {
            quota[c] = nodes * consumers.get(c).designItPowerW() / total;
            count[c] = (int) Math.min(nodes, Math.floor(quota[c]));
            given += count[c];
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> count[c] - quota[c]).thenComparing(c -> c));
        for (int k = 0; given < nodes; k = (k + 1) % n) {   // largest remainder first; ties in plant order
            count[order[k]]++;
            given++;
        }
        while (given > nodes) {                               // floor rounding cannot overshoot, but be safe
            int c = argMaxAbove(count, quota, 2);
            count[c]--;
            given--;
        }
        for (int c = 0; c < n; c++) {
            if (count[c] == 0) {
                count[argMaxAbove(count, quota, 2)]--;
                count[c] = 1;
            }
        }
        return new NodeMap(consumers, count);
    }

    /** @return the consumer with at least {@code min} nodes that is furthest above its quota */
    private static int argMaxAbove(int[] count, double[] quota, int min) {
        int best = -1;
        for (int c = 0; c < count.length; c++) {
            if (count[c] >= min && (best < 0 || count[c] - quota[c] > count[best] - quota[best])) {
                best = c;
            }
        }
        return best;
    }

    /** @return the consumers, in plant order */
    public List<Consumer> consumers() {
        return consumers;
    }

    /** @return nodes split, Σ over consumers */
    public int nodes() {
        return nodes;
    }

    /** @return nodes of consumer c */
    public int nodesOf(int c) {
        return first[c + 1] - first[c];
    }

    /** @return the first node id of consumer c; its nodes are [firstNode(c), firstNode(c) + nodesOf(c)) */
    public int firstNode(int c) {
        return first[c];
    }

    /** @return the consumer holding node id {@code node} */
    public int consumerOf(int node) {
        if (node < 0 || node >= nodes) {
            throw new IllegalArgumentException("node id must be in [0, " + nodes + "), got " + node);
        }
        int i = Arrays.binarySearch(first, node);
        return i >= 0 ? i : -i - 2;   // every consumer has >= 1 node, so the block starts are distinct
    }

    /**
     * Places every job of the schedule on node ids, in time order (jobs ending at t free their nodes before jobs
     * starting at t; starts at the same time in input order): first fit, i.e. the lowest run of free node ids long
     * enough, else the lowest free ids. Then sums, per consumer, the busy node-seconds in each interval
     * {@code [fromS + i·intervalS, fromS + (i+1)·intervalS)}, exactly.
     *
     * @param schedule  a schedule on exactly {@link #nodes()} nodes
     * @param fromS     window start, s on the trace clock
     * @param intervalS interval length, s, &gt; 0
     * @param count     intervals, ≥ 0
     * @return busy node-seconds [consumer][interval], each ≤ nodesOf(consumer) × intervalS
     */
    public long[][] busyNodeSeconds(Schedule schedule, long fromS, long intervalS, int count) {
        Schedule.checkInterval(intervalS);
        if (schedule.nodes() != nodes) {
            throw new IllegalArgumentException("the schedule runs on " + schedule.nodes() + " nodes but the map splits "
                    + nodes);
        }
        List<long[]> events = new ArrayList<>();   // {time, 0 = end / 1 = start, job position}
        List<ScheduledJob> jobs = schedule.jobs();
        for (int k = 0; k < jobs.size(); k++) {
            events.add(new long[] {jobs.get(k).endS(), 0, k});
            events.add(new long[] {jobs.get(k).startS(), 1, k});
        }
        events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1])
                .thenComparingLong(e -> e[2]));
        BitSet busy = new BitSet(nodes);
        int[][] held = new int[jobs.size()][];
        long[][] out = new long[consumers.size()][count];
        for (long[] e : events) {
            int k = (int) e[2];
            if (e[1] == 0) {
                for (int id : held[k]) {
                    busy.clear(id);
                }
                continue;
            }
            ScheduledJob j = jobs.get(k);
            held[k] = firstFit(busy, j.nodes());
            for (int id : held[k]) {
                busy.set(id);
            }
            add(out, held[k], j, fromS, intervalS, count);
        }
        return out;
    }

    private int[] firstFit(BitSet busy, int want) {
        for (int a = busy.nextClearBit(0); a < nodes; ) {
            int next = busy.nextSetBit(a);
            int b = next < 0 ? nodes : Math.min(nodes, next);
            if (b - a >= want) {
                int start = a;
                int[] ids = new int[want];
                Arrays.setAll(ids, i -> start + i);
                return ids;
            }
            a = busy.nextClearBit(b);
        }
        int[] ids = new int[want];
        int id = -1;
        for (int i = 0; i < want; i++) {
            id = busy.nextClearBit(id + 1);
            if (id >= nodes) {
                throw new IllegalStateException("a job of " + want + " nodes does not fit the free nodes; the schedule"
                        + " oversubscribes its " + nodes + " nodes");
            }
            ids[i] = id;
        }
        return ids;
    }

    private void add(long[][] out, int[] ids, ScheduledJob j, long fromS, long intervalS, int count) {
        int[] perConsumer = new int[consumers.size()];
        for (int id : ids) {
            perConsumer[consumerOf(id)]++;
        }
        long toS = fromS + count * intervalS;
        long a0 = Math.max(j.startS(), fromS);
        long b = Math.min(j.endS(), toS);
        for (int c = 0; c < perConsumer.length; c++) {
            if (perConsumer[c] == 0) {
                continue;
            }
            long a = a0;
            for (int i = (int) ((a - fromS) / intervalS); a < b; i++) {
                long hi = Math.min(b, fromS + (i + 1) * intervalS);
                out[c][i] += perConsumer[c] * (hi - a);
                a = hi;
            }
        }
    }
}
