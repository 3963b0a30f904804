package io.liquidtwin.physics.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.physics.testkit.PythonOracle;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Colebrook and Churchill 1977 against an independent implementation, Debian's python3-fluids
 * ({@code fluids.friction.Colebrook}, {@code fluids.friction.Churchill_1977}), at 250 seeded random points
 * (Re 4e3–1e8 log-uniform, ε/D 0–0.05 uniform) plus the domain's corners.
 *
 * <p>fluids' default Colebrook is not iterative: it evaluates the closed-form Lambert-W solution in double precision
 * and, where {@code 10^(Re·(ε/D)/9.287)} overflows (large Re·ε/D), falls back to a secant solve with xtol 1e-12. To be
 * sure the oracle itself is converged, the script also solves the Colebrook equation with mpmath's findroot in
 * 40-digit arithmetic and the test checks fluids' default against that too. (fluids' own "exact" path,
 * {@code Colebrook(..., tol=0)}, is <i>not</i> used: it multiplies the mpmath Lambert-W term by the binary float
 * 18.574 inside a cancelling difference, which leaves 2.5e-11 relative error at Re 1e8, ε/D 0.05.)
 */
class FrictionOracleTest {

    private static final String SCRIPT = """
            import sys
            import mpmath as mp
            from fluids.friction import Colebrook, Churchill_1977
            mp.mp.dps = 40
            def colebrook_mp(re, ed):
                re, ed = mp.mpf(re), mp.mpf(ed)
                g = lambda x: x + 2 * mp.log10(ed / mp.mpf('3.7') + mp.mpf('2.51') * x / re)
                x = mp.findroot(g, 1 / mp.sqrt(mp.mpf(Colebrook(float(re), float(ed)))))
                return float(1 / x**2)
            for line in sys.stdin:
                s = line.split()
                if not s:
                    continue
                re, ed = float(s[0]), float(s[1])
                print(repr(Colebrook(re, ed)), repr(colebrook_mp(re, ed)), repr(Churchill_1977(re, ed)))
            """;

    @Test
    void colebrookAndChurchillAgreeWithPythonFluids() {
        PythonOracle.require("fluids", "python3-fluids");
        PythonOracle.require("mpmath", "python3-mpmath");
        double[][] corners = {{4e3, 0}, {4e3, 0.05}, {1e8, 0}, {1e8, 0.05}, {1e5, 1e-4}};
        int random = 250;
        int n = corners.length + random;
        double[] re = new double[n];
        double[] rr = new double[n];
        SplittableRandom rng = new SplittableRandom(20_240_617L);
        double lo = Math.log10(4e3);
        for (int i = 0; i < n; i++) {
            if (i < corners.length) {
                re[i] = corners[i][0];
                rr[i] = corners[i][1];
            } else {
                re[i] = Math.min(1e8, Math.max(4e3, Math.pow(10, lo + (8 - lo) * rng.nextDouble())));
                rr[i] = 0.05 * rng.nextDouble();
            }
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            in.append(re[i]).append(' ').append(rr[i]).append('\n');
        }
        List<String> out = PythonOracle.run(SCRIPT, in.toString());
        assertThat(out).hasSize(n);

        double worstColebrook = 0;
        double worstVsExact = 0;
        double worstOracleSelf = 0;
        double worstChurchill = 0;
        int worstAt = -1;
        int oracleWorstAt = -1;
        for (int i = 0; i < n; i++) {
            String[] v = out.get(i).trim().split("\\s+");
            double fluidsColebrook = Double.parseDouble(v[0]);
            double exactColebrook = Double.parseDouble(v[1]);
            double fluidsChurchill = Double.parseDouble(v[2]);
            double ours = Colebrook.darcyFrictionFactor(re[i], rr[i]);
            double e = Rel.error(ours, fluidsColebrook);
            if (e > worstColebrook) {
                worstColebrook = e;
                worstAt = i;
            }
            worstVsExact = Math.max(worstVsExact, Rel.error(ours, exactColebrook));
            double self = Rel.error(fluidsColebrook, exactColebrook);
            if (self > worstOracleSelf) {
                worstOracleSelf = self;
                oracleWorstAt = i;
            }
            worstChurchill = Math.max(worstChurchill,
                    Rel.error(Churchill1977.darcyFrictionFactor(re[i], rr[i]), fluidsChurchill));
        }
        System.out.printf("vs python3-fluids (%d points): Colebrook %.2e (worst at Re %s, ε/D %s), Colebrook vs "
                        + "mpmath %.2e, fluids default vs mpmath %.2e (at Re %s, ε/D %s), Churchill 1977 "
                        + "%.2e%n", n, worstColebrook, at(re, worstAt), at(rr, worstAt), worstVsExact, worstOracleSelf,
                at(re, oracleWorstAt), at(rr, oracleWorstAt), worstChurchill);
        assertThat(worstColebrook).as("Colebrook vs fluids.friction.Colebrook").isLessThanOrEqualTo(1e-9);
        assertThat(worstChurchill).as("Churchill vs fluids.friction.Churchill_1977").isLessThanOrEqualTo(1e-9);
        assertThat(worstOracleSelf).as("fluids' default Colebrook vs the 40-digit root").isLessThanOrEqualTo(1e-12);
        assertThat(worstVsExact).as("Colebrook vs the 40-digit root").isLessThanOrEqualTo(1e-13);
    }

    private static double at(double[] values, int i) {
        return i >= 0 ? values[i] : Double.NaN;
    }
}
