package io.liquidtwin.physics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;

/**
 * Temperatures carried by the flows of a {@link HydraulicNetwork}: every link is a well-mixed fluid volume (mass M,
 * specific heat cp) whose outlet temperature is a state; every node mixes the flows that enter it without storage.
 * Per link k with inlet node u (the upstream node for the current flow direction) and mass flow ṁ = ρ·|Q|:
 * <pre>
 *   M·cp·dT_k/dt = ṁ·cp·(T_u − T_k) + Q_k,       Q_k = c0_k + c1_k·T_u + Σ couplings
 *   node n:  (Σ ṁ_in·cp)·T_n = Σ ṁ_in·cp·T_in-link
 * </pre>
 * A heat term is linear in the link's inlet temperature (a rack's fixed heat: c0; a dry cooler: c0 = G·T_air,
 * c1 = −G). A <em>coupling</em> between a hot and a cold link (a heat exchanger's two sides, G = ε·C_min) moves
 * G·(T_in,hot − T_in,cold) from one to the other, exactly as ε-NTU defines it.
 *
 * <p>{@link #step(double)} integrates by implicit Euler over all links and nodes at once (one sparse LU solve), so
 * it is unconditionally stable from 1 s to 1 h steps; {@link #solveSteadyState()} drops the storage terms. Because
 * the advection terms of a loop with one cp cancel exactly when mass is conserved at every node, the discrete energy
 * balance Σ(heat) = Σ M·cp·ΔT/Δt holds to round-off. Links with neither flow nor mass keep their temperature; nodes
 * with no inflow keep theirs. SI units; temperatures in K.
 */
public final class ThermalNetwork {

    private static final double NO_FLOW_KG_S = 1e-12;

    private final HydraulicNetwork hydraulics;
    private final int links;
    private final int nodes;
    private final double[] densityKgM3;
    private final double[] cpJKgK;
    private final double[] massKg;
    private final double[] c0W;
    private final double[] c1WK;
    private final int[] couplingHot;
    private final int[] couplingCold;
    private final double[] couplingWK;
    private final double[] linkTempK;
    private final double[] nodeTempK;
    private final double[] previousLinkTempK;
    private final double[] heatW;
    private final boolean[] frozen;
    // matrix entry indices
    private final int[] diag;
    private final int[] linkFromEntry;
    private final int[] linkToEntry;
    private final int[] nodeDiag;
    private final int[][] nodeLinkEntry; // per node: entries (node row, link column) in adjacency order
    private final int[][] nodeLinks;
    private final int[][] couplingEntries; // per coupling: [hot row × {hot from, hot to, cold from, cold to}, cold row × same]
    private final DMatrixSparseCSC matrix;
    private final double[] factoredValues;
    private boolean factored;
    private final int[] pos;
    private final DMatrixRMaj rhs;
    private final DMatrixRMaj solution;
    private final LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> lu;

    private ThermalNetwork(Builder b) {
        hydraulics = b.hydraulics;
        links = hydraulics.linkCount();
        nodes = hydraulics.nodeCount();
        densityKgM3 = b.densityKgM3;
        cpJKgK = b.cpJKgK;
        massKg = b.massKg;
        c0W = new double[links];
        c1WK = new double[links];
        int couplings = b.couplingHot.size();
        couplingHot = b.couplingHot.stream().mapToInt(Integer::intValue).toArray();
        couplingCold = b.couplingCold.stream().mapToInt(Integer::intValue).toArray();
        couplingWK = new double[couplings];
        linkTempK = new double[links];
        nodeTempK = new double[nodes];
        previousLinkTempK = new double[links];
        heatW = new double[links];
        frozen = new boolean[links];
        Arrays.fill(linkTempK, b.initialTempK);
        Arrays.fill(nodeTempK, b.initialTempK);

        int size = links + nodes;
        SparsePattern pattern = new SparsePattern(size, size + 6 * links + 8 * couplings);
        int[] f = hydraulics.fromArray();
        int[] t = hydraulics.toArray();
        List<List<Integer>> adjacency = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            adjacency.add(new ArrayList<>());
            pattern.declare(links + n, links + n);
        }
        for (int k = 0; k < links; k++) {
            pattern.declare(k, k);
            pattern.declare(k, links + f[k]);
            pattern.declare(k, links + t[k]);
            adjacency.get(f[k]).add(k);
            if (t[k] != f[k]) {
                adjacency.get(t[k]).add(k);
            }
            pattern.declare(links + f[k], k);
            pattern.declare(links + t[k], k);
        }
        for (int c = 0; c < couplings; c++) {
            for (int row : new int[] {couplingHot[c], couplingCold[c]}) {
                for (int other : new int[] {couplingHot[c], couplingCold[c]}) {
                    pattern.declare(row, links + f[other]);
                    pattern.declare(row, links + t[other]);
                }
            }
        }
        matrix = pattern.build();
        diag = new int[links];
        linkFromEntry = new int[links];
        linkToEntry = new int[links];
        for (int k = 0; k < links; k++) {
            diag[k] = pattern.index(matrix, k, k);
            linkFromEntry[k] = pattern.index(matrix, k, links + f[k]);
            linkToEntry[k] = pattern.index(matrix, k, links + t[k]);
        }
        nodeDiag = new int[nodes];
        nodeLinks = new int[nodes][];
        nodeLinkEntry = new int[nodes][];
        for (int n = 0; n < nodes; n++) {
            nodeDiag[n] = pattern.index(matrix, links + n, links + n);
            nodeLinks[n] = adjacency.get(n).stream().mapToInt(Integer::intValue).toArray();
            nodeLinkEntry[n] = new int[nodeLinks[n].length];
            for (int a = 0; a < nodeLinks[n].length; a++) {
                nodeLinkEntry[n][a] = pattern.index(matrix, links + n, nodeLinks[n][a]);
            }
        }
        couplingEntries = new int[couplings][8];
        for (int c = 0; c < couplings; c++) {
            int h = couplingHot[c];
            int cl = couplingCold[c];
            int[] e = couplingEntries[c];
            e[0] = pattern.index(matrix, h, links + f[h]);
            e[1] = pattern.index(matrix, h, links + t[h]);
            e[2] = pattern.index(matrix, h, links + f[cl]);
            e[3] = pattern.index(matrix, h, links + t[cl]);
            e[4] = pattern.index(matrix, cl, links + f[h]);
            e[5] = pattern.index(matrix, cl, links + t[h]);
            e[6] = pattern.index(matrix, cl, links + f[cl]);
            e[7] = pattern.index(matrix, cl, links + t[cl]);
        }
        pos = pattern.positions();
        factoredValues = new double[matrix.nz_length];
        rhs = new DMatrixRMaj(size, 1);
        solution = new DMatrixRMaj(size, 1);
        lu = LinearSolverFactory_DSCC.lu(FillReducing.NONE);
    }

    /** @return a builder over the given hydraulic network (its topology and flows) */
    public static Builder on(HydraulicNetwork hydraulics) {
        return new Builder(hydraulics);
    }

    /** Sets link k's heat input Q = c0 + c1·T_inlet (W, W/K); positive adds heat to the fluid. */
    public void setHeat(int link, double constantW, double perInletKelvinWK) {
        c0W[link] = constantW;
        c1WK[link] = perInletKelvinWK;
    }

    /** Sets a coupling's conductance G = ε·C_min, W/K (0 disables it). */
    public void setCouplingConductanceWK(int coupling, double conductanceWK) {
        couplingWK[coupling] = conductanceWK;
    }

    /** Advances all temperatures by one implicit-Euler step of dt seconds with the current flows and heat terms. */
    public void step(double dtS) {
        if (!(dtS > 0) || Double.isInfinite(dtS)) {
            throw new IllegalArgumentException("time step must be positive and finite, got " + dtS + " s");
        }
        solve(1.0 / dtS);
    }

    /** Solves for the steady temperatures with the current flows and heat terms (no storage). */
    public void solveSteadyState() {
        solve(0.0);
    }

    private void solve(double inverseDt) {
        int[] f = hydraulics.fromArray();
        int[] t = hydraulics.toArray();
        double[] q = hydraulics.flows();
        double[] v = matrix.nz_values;
        Arrays.fill(v, 0, matrix.nz_length, 0.0);
        System.arraycopy(linkTempK, 0, previousLinkTempK, 0, links);
        for (int k = 0; k < links; k++) {
            double mdotCp = densityKgM3[k] * Math.abs(q[k]) * cpJKgK[k];
            double storage = massKg[k] * cpJKgK[k] * inverseDt;
            int inletEntry = q[k] >= 0 ? linkFromEntry[k] : linkToEntry[k];
            frozen[k] = mdotCp + storage <= NO_FLOW_KG_S * cpJKgK[k];
            if (frozen[k]) { // stagnant and massless: keeps its temperature, takes no heat
                v[diag[k]] = 1.0;
                rhs.data[pos[k]] = linkTempK[k];
                continue;
            }
            v[diag[k]] += mdotCp + storage;
            v[inletEntry] -= mdotCp + c1WK[k];
            rhs.data[pos[k]] = storage * linkTempK[k] + c0W[k];
        }
        for (int c = 0; c < couplingWK.length; c++) {
            int h = couplingHot[c];
            int cl = couplingCold[c];
            double g = frozen[h] || frozen[cl] ? 0.0 : couplingWK[c];
            int[] e = couplingEntries[c];
            int hotIn = q[h] >= 0 ? e[0] : e[1];
            int coldInOnHotRow = q[cl] >= 0 ? e[2] : e[3];
            int hotInOnColdRow = q[h] >= 0 ? e[4] : e[5];
            int coldIn = q[cl] >= 0 ? e[6] : e[7];
            v[hotIn] += g;            // hot side loses G·(T_hot,in − T_cold,in)
            v[coldInOnHotRow] -= g;
            v[hotInOnColdRow] -= g;   // cold side gains it
            v[coldIn] += g;
        }
        for (int n = 0; n < nodes; n++) {
            double inflow = 0;
            int[] adj = nodeLinks[n];
            for (int a = 0; a < adj.length; a++) {
                int k = adj[a];
                boolean entersHere = q[k] >= 0 ? t[k] == n : f[k] == n;
                if (entersHere) {
                    // energy-weighted (ṁ·cp): the node rows then scale like the link rows, so the LU's pivoting keeps
                    // the diagonal and the fill-reducing order
                    double mdotCp = densityKgM3[k] * Math.abs(q[k]) * cpJKgK[k];
                    v[nodeLinkEntry[n][a]] -= mdotCp;
                    inflow += mdotCp;
                }
            }
            int row = pos[links + n];
            if (inflow <= NO_FLOW_KG_S * 4000) {
                for (int a = 0; a < adj.length; a++) {
                    v[nodeLinkEntry[n][a]] = 0.0;
                }
                v[nodeDiag[n]] = 1.0;
                rhs.data[row] = nodeTempK[n];
            } else {
                v[nodeDiag[n]] = inflow;
                rhs.data[row] = 0.0;
            }
        }
        // Flows, conductances and Δt often stay the same from step to step: then only the right-hand side changed
        // and the previous factorisation is reused.
        if (!factored || !Arrays.equals(v, 0, matrix.nz_length, factoredValues, 0, matrix.nz_length)) {
            System.arraycopy(v, 0, factoredValues, 0, matrix.nz_length);
            if (!lu.setA(matrix)) {
                factored = false;
                throw new NetworkDivergenceException("thermal network", "thermal solve: singular system (a loop "
                        + "with no flow and no heat capacity?)");
            }
            factored = true;
        }
        lu.solve(rhs, solution);
        double[] x = solution.data;
        for (int k = 0; k < links; k++) {
            if (!Double.isFinite(x[pos[k]])) {
                throw new NetworkDivergenceException(hydraulics.linkName(k), "thermal solve: non-finite "
                        + "temperature at link '" + hydraulics.linkName(k) + "'");
            }
            linkTempK[k] = x[pos[k]];
        }
        for (int n = 0; n < nodes; n++) {
            nodeTempK[n] = x[pos[links + n]];
        }
        for (int k = 0; k < links; k++) {
            heatW[k] = frozen[k] ? 0.0 : c0W[k] + c1WK[k] * inletTemperatureK(k);
        }
        for (int c = 0; c < couplingWK.length; c++) {
            if (frozen[couplingHot[c]] || frozen[couplingCold[c]]) {
                continue;
            }
            double flux = couplingWK[c] * (inletTemperatureK(couplingHot[c]) - inletTemperatureK(couplingCold[c]));
            heatW[couplingHot[c]] -= flux;
            heatW[couplingCold[c]] += flux;
        }
    }

    /** @return the link's outlet (well-mixed) temperature, K */
    public double outletTemperatureK(int link) {
        return linkTempK[link];
    }

    /** @return the temperature of the node upstream of the link for its current flow direction, K */
    public double inletTemperatureK(int link) {
        double q = hydraulics.flowM3s(link);
        return nodeTempK[q >= 0 ? hydraulics.from(link) : hydraulics.to(link)];
    }

    /** @return the node's mixed temperature, K */
    public double nodeTemperatureK(int node) {
        return nodeTempK[node];
    }

    /** @return heat added to the link's fluid during the last solve (heat term + couplings), W */
    public double heatW(int link) {
        return heatW[link];
    }

    /** @return heat stored in the link's fluid during the last step, W (M·cp·ΔT/Δt; 0 at steady state) */
    public double storageRateW(int link, double dtS) {
        return massKg[link] * cpJKgK[link] * (linkTempK[link] - previousLinkTempK[link]) / dtS;
    }

    /** @return mass flow through the link, kg/s (sign of the volumetric flow) */
    public double massFlowKgS(int link) {
        return densityKgM3[link] * hydraulics.flowM3s(link);
    }

    /** @return the link's specific heat, J/(kg·K) */
    public double cpJKgK(int link) {
        return cpJKgK[link];
    }

    /** Sets every link and node temperature, K (initial condition). */
    public void setAllTemperaturesK(double temperatureK) {
        Arrays.fill(linkTempK, temperatureK);
        Arrays.fill(nodeTempK, temperatureK);
    }

    /** Describes the fluid in each link and the exchanger couplings; {@link #build()} lays them out. */
    public static final class Builder {
        private final HydraulicNetwork hydraulics;
        private final double[] densityKgM3;
        private final double[] cpJKgK;
        private final double[] massKg;
        private final List<Integer> couplingHot = new ArrayList<>();
        private final List<Integer> couplingCold = new ArrayList<>();
        private double initialTempK = 293.15;

        private Builder(HydraulicNetwork hydraulics) {
            this.hydraulics = hydraulics;
            int n = hydraulics.linkCount();
            densityKgM3 = new double[n];
            cpJKgK = new double[n];
            massKg = new double[n];
            Arrays.fill(densityKgM3, Double.NaN);
        }

        /**
         * Sets a link's fluid: density (turns volumetric into mass flow) and specific heat (one value per loop keeps
         * the energy balance exact), and the fluid mass the link holds (its heat capacity; 0 for none).
         */
        public Builder fluid(int link, double densityKgM3, double cpJKgK, double massKg) {
            if (!(densityKgM3 > 0) || !(cpJKgK > 0) || !(massKg >= 0) || Double.isInfinite(massKg)) {
                throw new IllegalArgumentException("link '" + hydraulics.linkName(link) + "': density and cp must be"
                        + " positive and the mass non-negative (got " + densityKgM3 + " kg/m³, " + cpJKgK
                        + " J/(kg·K), " + massKg + " kg)");
            }
            this.densityKgM3[link] = densityKgM3;
            this.cpJKgK[link] = cpJKgK;
            this.massKg[link] = massKg;
            return this;
        }

        /** Declares a heat-exchanger coupling from the hot link to the cold link. @return its index */
        public int coupling(int hotLink, int coldLink) {
            if (hotLink == coldLink) {
                throw new IllegalArgumentException("a coupling needs two different links");
            }
            couplingHot.add(hotLink);
            couplingCold.add(coldLink);
            return couplingHot.size() - 1;
        }

        /** Sets the initial temperature of every link and node, K. */
        public Builder initialTemperatureK(double temperatureK) {
            this.initialTempK = temperatureK;
            return this;
        }

        /** @return the thermal network */
        public ThermalNetwork build() {
            for (int k = 0; k < densityKgM3.length; k++) {
                if (Double.isNaN(densityKgM3[k])) {
                    throw new IllegalArgumentException("link '" + hydraulics.linkName(k) + "' has no fluid set");
                }
            }
            return new ThermalNetwork(this);
        }
    }
}
