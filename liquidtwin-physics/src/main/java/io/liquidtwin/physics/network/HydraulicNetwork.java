package io.liquidtwin.physics.network;

import io.liquidtwin.physics.component.FlowLaw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hydraulic network: nodes (junctions with unknown pressure, or reference nodes held at a fixed pressure such as
 * an expansion tank) joined by links, each with a {@link FlowLaw}. Several independent loops may live in one
 * network; each connected part needs at least one reference node.
 *
 * <p>State (SI): volumetric flow per link (m³/s, positive from the link's {@code from} node to its {@code to}
 * node) and pressure per node (Pa). {@link #solve()} finds the flows and pressures for the laws' current state
 * (pump speeds, valve positions) by the global gradient algorithm ({@link GlobalGradientSolver}); it starts from the
 * previous solution, so re-solving after a small change takes a few Newton iterations. Topology is fixed once built;
 * arrays are laid out once and a solve allocates nothing.
 */
public final class HydraulicNetwork {

    private final String[] nodeNames;
    private final boolean[] reference;
    private final String[] linkNames;
    private final int[] from;
    private final int[] to;
    private final FlowLaw[] laws;
    private final double[] flowM3s;
    private final double[] pressurePa;
    private final double[] demandM3s;
    private final GlobalGradientSolver solver;

    private HydraulicNetwork(Builder b) {
        nodeNames = b.nodeNames.toArray(String[]::new);
        reference = new boolean[nodeNames.length];
        pressurePa = new double[nodeNames.length];
        for (int n = 0; n < nodeNames.length; n++) {
            reference[n] = b.referencePressures.get(n) != null;
            pressurePa[n] = reference[n] ? b.referencePressures.get(n) : 0.0;
        }
        linkNames = b.linkNames.toArray(String[]::new);
        from = b.from.stream().mapToInt(Integer::intValue).toArray();
        to = b.to.stream().mapToInt(Integer::intValue).toArray();
        laws = b.laws.toArray(FlowLaw[]::new);
        flowM3s = new double[linkNames.length];
        Arrays.fill(flowM3s, b.initialFlowM3s);
        demandM3s = new double[nodeNames.length];
        checkEveryPartHasAReference();
        // initial pressures: each part's reference pressure
        solver = new GlobalGradientSolver(this);
    }

    /** @return a builder for a new network */
    public static Builder builder() {
        return new Builder();
    }

    private void checkEveryPartHasAReference() {
        int n = nodeNames.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < from.length; k++) {
            parent[find(parent, from[k])] = find(parent, to[k]);
        }
        boolean[] rootHasReference = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (reference[i]) {
                rootHasReference[find(parent, i)] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!rootHasReference[find(parent, i)]) {
                throw new IllegalArgumentException("node '" + nodeNames[i] + "' is in a part of the network with no "
                        + "reference-pressure node (an expansion tank or pressurisation point is needed per loop)");
            }
        }
        // start each part's junctions at its reference pressure
        double[] partPressure = new double[n];
        for (int i = 0; i < n; i++) {
            if (reference[i]) {
                partPressure[find(parent, i)] = pressurePa[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (!reference[i]) {
                pressurePa[i] = partPressure[find(parent, i)];
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Solves for flows and pressures with the laws' current state.
     *
     * @return the number of Newton iterations used
     * @throws NetworkDivergenceException if the solve does not converge or meets a non-finite value
     */
    public int solve() {
        return solver.solve();
    }

    /** @return number of nodes */
    public int nodeCount() {
        return nodeNames.length;
    }

    /** @return number of links */
    public int linkCount() {
        return linkNames.length;
    }

    /** @return node name */
    public String nodeName(int node) {
        return nodeNames[node];
    }

    /** @return link name */
    public String linkName(int link) {
        return linkNames[link];
    }

    /** @return the link's upstream node (for positive flow) */
    public int from(int link) {
        return from[link];
    }

    /** @return the link's downstream node (for positive flow) */
    public int to(int link) {
        return to[link];
    }

    /** @return whether the node is held at a fixed (reference) pressure */
    public boolean isReference(int node) {
        return reference[node];
    }

    /** @return the link's flow law */
    public FlowLaw law(int link) {
        return laws[link];
    }

    /** @return volumetric flow through the link, m³/s (positive from → to) */
    public double flowM3s(int link) {
        return flowM3s[link];
    }

    /** @return pressure at the node, Pa */
    public double pressurePa(int node) {
        return pressurePa[node];
    }

    /** Sets the flow leaving the network at a junction node (m³/s; 0 for closed loops, the default). */
    public void setDemandM3s(int node, double demand) {
        demandM3s[node] = demand;
    }

    /**
     * @return the continuity residual at a node, m³/s: inflow − outflow − demand (0 for a converged solve; reference
     *     nodes balance whatever reaches them)
     */
    public double continuityResidualM3s(int node) {
        double r = -demandM3s[node];
        for (int k = 0; k < from.length; k++) {
            if (to[k] == node) {
                r += flowM3s[k];
            }
            if (from[k] == node) {
                r -= flowM3s[k];
            }
        }
        return r;
    }

    // package-private views for the solvers (no copies)
    String[] nodeNames() {
        return nodeNames;
    }

    String[] linkNames() {
        return linkNames;
    }

    int[] fromArray() {
        return from;
    }

    int[] toArray() {
        return to;
    }

    boolean[] referenceArray() {
        return reference;
    }

    FlowLaw[] laws() {
        return laws;
    }

    double[] flows() {
        return flowM3s;
    }

    double[] pressures() {
        return pressurePa;
    }

    double[] demands() {
        return demandM3s;
    }

    /** Collects nodes and links; {@link #build()} lays them out in arrays. */
    public static final class Builder {
        private final List<String> nodeNames = new ArrayList<>();
        private final List<Double> referencePressures = new ArrayList<>();
        private final List<String> linkNames = new ArrayList<>();
        private final List<Integer> from = new ArrayList<>();
        private final List<Integer> to = new ArrayList<>();
        private final List<FlowLaw> laws = new ArrayList<>();
        private double initialFlowM3s = 1e-3;

        private Builder() {
        }

        /** Adds a junction (unknown pressure). @return its index */
        public int junction(String name) {
            nodeNames.add(name);
            referencePressures.add(null);
            return nodeNames.size() - 1;
        }

        /** Adds a node held at a fixed pressure, Pa (expansion tank, pressurisation point). @return its index */
        public int reference(String name, double pressurePa) {
            if (!Double.isFinite(pressurePa)) {
                throw new IllegalArgumentException("reference node '" + name + "': pressure must be finite");
            }
            nodeNames.add(name);
            referencePressures.add(pressurePa);
            return nodeNames.size() - 1;
        }

        /** Adds a link from → to (positive flow direction) with its flow law. @return its index */
        public int link(String name, int fromNode, int toNode, FlowLaw law) {
            if (fromNode < 0 || fromNode >= nodeNames.size() || toNode < 0 || toNode >= nodeNames.size()) {
                throw new IllegalArgumentException("link '" + name + "': unknown node index");
            }
            if (law == null) {
                throw new IllegalArgumentException("link '" + name + "': no flow law");
            }
            linkNames.add(name);
            from.add(fromNode);
            to.add(toNode);
            laws.add(law);
            return linkNames.size() - 1;
        }

        /** Sets the flow every link starts from before the first solve, m³/s (default 1e-3). */
        public Builder initialFlowM3s(double flow) {
            this.initialFlowM3s = flow;
            return this;
        }

        /** @return the network */
        public HydraulicNetwork build() {
            return new HydraulicNetwork(this);
        }
    }
}
