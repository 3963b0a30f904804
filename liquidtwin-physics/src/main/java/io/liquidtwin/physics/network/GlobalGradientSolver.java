package io.liquidtwin.physics.network;

import io.liquidtwin.physics.component.FlowLaw;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;

/**
 * Newton's method on the loop/node equations in the global-gradient form of Todini &amp; Pilati (1988), the method
 * EPANET uses. Unknowns: link flows Q and junction pressures p. Per link k (from i to j): f_k(Q_k) − (p_i − p_j) = 0;
 * per junction n: Σ inflow − Σ outflow − demand = 0. With D = diag(f'(Q)) the Newton step reduces to the symmetric
 * positive-definite system (A₂₁ D⁻¹ A₁₂) Δp = r₂ − A₂₁ D⁻¹ r₁ over junctions (a weighted graph Laplacian), solved by
 * a sparse Cholesky factorisation whose symbolic analysis is done once; then ΔQ = D⁻¹(−r₁ + A₁₂ Δp).
 *
 * <p>Each step satisfies continuity exactly (up to round-off), so a converged solve conserves mass at every node.
 * Derivatives are floored at a small positive value (as EPANET does near zero flow) so D stays invertible.
 * Convergence: the largest flow change is below 1e-10 of the largest flow (or 1e-12 m³/s) and the largest energy
 * residual below 1e-6 Pa relative to the largest pressure difference. Allocation-free after construction.
 */
final class GlobalGradientSolver {

    static final int MAX_ITERATIONS = 100;
    private static final double MIN_DERIVATIVE = 1e-3; // Pa·s/m³: far below any real element's f'(Q)

    private final HydraulicNetwork net;
    private final int[] unknown; // node -> row in the junction system, −1 for reference nodes
    private final int junctions;
    private final double[] inverseD;
    private final double[] r1;
    private final double[] nodeResidual;
    private final int[] diagFrom;
    private final int[] diagTo;
    private final int[] offFromTo;
    private final int[] offToFrom;
    private final DMatrixSparseCSC matrix;
    private final int[] pos;
    private final DMatrixRMaj rhs;
    private final DMatrixRMaj dp;
    private final LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> cholesky;
    private boolean analysed;

    GlobalGradientSolver(HydraulicNetwork net) {
        this.net = net;
        int nodes = net.nodeCount();
        int links = net.linkCount();
        unknown = new int[nodes];
        int rows = 0;
        for (int n = 0; n < nodes; n++) {
            unknown[n] = net.isReference(n) ? -1 : rows++;
        }
        junctions = rows;
        inverseD = new double[links];
        r1 = new double[links];
        nodeResidual = new double[nodes];
        diagFrom = new int[links];
        diagTo = new int[links];
        offFromTo = new int[links];
        offToFrom = new int[links];
        SparsePattern pattern = new SparsePattern(Math.max(junctions, 1), junctions + 4 * links);
        for (int r = 0; r < junctions; r++) {
            pattern.declare(r, r);
        }
        int[] f = net.fromArray();
        int[] t = net.toArray();
        for (int k = 0; k < links; k++) {
            int i = unknown[f[k]];
            int j = unknown[t[k]];
            if (i >= 0 && j >= 0 && i != j) {
                pattern.declare(i, j);
                pattern.declare(j, i);
            }
        }
        matrix = pattern.build();
        for (int k = 0; k < links; k++) {
            int i = unknown[f[k]];
            int j = unknown[t[k]];
            diagFrom[k] = i >= 0 ? pattern.index(matrix, i, i) : -1;
            diagTo[k] = j >= 0 ? pattern.index(matrix, j, j) : -1;
            boolean off = i >= 0 && j >= 0 && i != j;
            offFromTo[k] = off ? pattern.index(matrix, i, j) : -1;
            offToFrom[k] = off ? pattern.index(matrix, j, i) : -1;
        }
        pos = junctions > 0 ? pattern.positions() : new int[0];
        rhs = new DMatrixRMaj(Math.max(junctions, 1), 1);
        dp = new DMatrixRMaj(Math.max(junctions, 1), 1);
        cholesky = LinearSolverFactory_DSCC.cholesky(FillReducing.NONE);
    }

    int solve() {
        double[] q = net.flows();
        double[] p = net.pressures();
        double[] demand = net.demands();
        FlowLaw[] laws = net.laws();
        int[] f = net.fromArray();
        int[] t = net.toArray();
        int links = q.length;
        for (int iter = 1; iter <= MAX_ITERATIONS; iter++) {
            java.util.Arrays.fill(matrix.nz_values, 0, matrix.nz_length, 0.0);
            java.util.Arrays.fill(rhs.data, 0.0);
            double maxResidual = 0;
            double maxDp = 0;
            for (int k = 0; k < links; k++) {
                double drop = laws[k].pressureDropPa(q[k]);
                double d = laws[k].pressureDropDerivative(q[k]);
                if (!Double.isFinite(drop) || !Double.isFinite(d)) {
                    throw new NetworkDivergenceException(net.linkName(k), "hydraulic solve: link '"
                            + net.linkName(k) + "' returned a non-finite pressure drop at flow " + q[k] + " m³/s");
                }
                inverseD[k] = 1.0 / Math.max(d, MIN_DERIVATIVE);
                double dpLink = p[f[k]] - p[t[k]];
                r1[k] = drop - dpLink;
                maxResidual = Math.max(maxResidual, Math.abs(r1[k]));
                maxDp = Math.max(maxDp, Math.abs(dpLink));
                int i = unknown[f[k]];
                int j = unknown[t[k]];
                double w = inverseD[k];
                if (diagFrom[k] >= 0) {
                    matrix.nz_values[diagFrom[k]] += w;
                    rhs.data[pos[i]] += r1[k] * w; // out-link of i: + r1/D
                }
                if (diagTo[k] >= 0) {
                    matrix.nz_values[diagTo[k]] += w;
                    rhs.data[pos[j]] -= r1[k] * w; // in-link of j: − r1/D
                }
                if (offFromTo[k] >= 0) {
                    matrix.nz_values[offFromTo[k]] -= w;
                    matrix.nz_values[offToFrom[k]] -= w;
                }
            }
            for (int n = 0; n < unknown.length; n++) {
                nodeResidual[n] = -demand[n];
            }
            for (int k = 0; k < links; k++) {
                nodeResidual[t[k]] += q[k];
                nodeResidual[f[k]] -= q[k];
            }
            for (int n = 0; n < unknown.length; n++) {
                if (unknown[n] >= 0) {
                    rhs.data[pos[unknown[n]]] += nodeResidual[n];
                }
            }
            if (junctions > 0) {
                if (!cholesky.setA(matrix)) {
                    throw new NetworkDivergenceException(worstLink(), "hydraulic solve: singular junction matrix "
                            + "(a junction with no flow path?) at iteration " + iter);
                }
                if (!analysed) {
                    cholesky.setStructureLocked(true);
                    analysed = true;
                }
                cholesky.solve(rhs, dp);
            }
            double maxFlow = 0;
            double maxChange = 0;
            for (int n = 0; n < unknown.length; n++) {
                if (unknown[n] >= 0) {
                    p[n] += dp.data[pos[unknown[n]]];
                }
            }
            for (int k = 0; k < links; k++) {
                double dpi = unknown[f[k]] >= 0 ? dp.data[pos[unknown[f[k]]]] : 0.0;
                double dpj = unknown[t[k]] >= 0 ? dp.data[pos[unknown[t[k]]]] : 0.0;
                double dq = (-r1[k] + dpi - dpj) * inverseD[k];
                q[k] += dq;
                if (!Double.isFinite(q[k])) {
                    throw new NetworkDivergenceException(net.linkName(k), "hydraulic solve diverged at link '"
                            + net.linkName(k) + "' (iteration " + iter + ")");
                }
                maxChange = Math.max(maxChange, Math.abs(dq));
                maxFlow = Math.max(maxFlow, Math.abs(q[k]));
            }
            boolean flowsSettled = maxChange <= Math.max(1e-10 * maxFlow, 1e-12);
            boolean energySettled = maxResidual <= 1e-6 * Math.max(maxDp, 1.0);
            if (flowsSettled && energySettled && iter > 1) {
                return iter;
            }
        }
        throw new NetworkDivergenceException(worstLink(), "hydraulic solve did not converge in " + MAX_ITERATIONS
                + " iterations; worst energy residual at link '" + worstLink() + "'");
    }

    private String worstLink() {
        int worst = 0;
        for (int k = 1; k < r1.length; k++) {
            if (!(Math.abs(r1[k]) <= Math.abs(r1[worst]))) {
                worst = k;
            }
        }
        return r1.length == 0 ? "(no links)" : net.linkName(worst);
    }
}
