package io.liquidtwin.physics.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.physics.testkit.PythonOracle;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exact crossflow (both unmixed) series against an independent formulation evaluated in 60-digit arithmetic
 * (mpmath, a dependency of python3-fluids): the classic double series
 * ε = 1 − e^(−NTU) − e^(−(1+Cr)NTU) Σ_{n≥1} Cr^n P_n(NTU), P_n(y) = 1/(n+1)! Σ_{j=1..n} (n+1−j)/j! y^(n+j)
 * (the form the {@code ht} library's own test suite checks its crossflow solution against).
 */
class CrossflowOracleTest {

    private static final String SCRIPT = """
            import sys, mpmath as mp
            mp.mp.dps = 60
            def eps(N, C):
                N = mp.mpf(N); C = mp.mpf(C)
                tot = mp.mpf(0); n = 1
                fact = [mp.mpf(1)]
                while True:
                    while len(fact) < n + 2:
                        fact.append(fact[-1] * len(fact))
                    P = mp.fsum((n + 1 - j) / fact[j] * N**(n + j) for j in range(1, n + 1)) / fact[n + 1]
                    t = C**n * P
                    tot += t
                    if n > 3 * (1 + C) * N + 10 and t < mp.mpf(10)**-70 * tot:
                        break
                    n += 1
                return 1 - mp.exp(-N) - mp.exp(-(1 + C) * N) * tot
            for line in sys.stdin:
                s = line.split()
                if s:
                    print(mp.nstr(eps(float(s[0]), float(s[1])), 25))
            """;

    @Test
    void exactSeriesAgreesWithMpmath() {
        PythonOracle.require("mpmath", "python3-mpmath");
        double[][] fixed = {{5, 0.7}, {1e-6, 0.5}, {0.01, 1}, {20, 1}, {50, 1}, {50, 0.3}, {3, 1e-9}, {10, 1e-30}};
        int n = fixed.length + 80;
        double[] ntu = new double[n];
        double[] cr = new double[n];
        SplittableRandom rng = new SplittableRandom(7L);
        for (int i = 0; i < n; i++) {
            ntu[i] = i < fixed.length ? fixed[i][0] : 20 * rng.nextDouble();
            cr[i] = i < fixed.length ? fixed[i][1] : rng.nextDouble();
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            in.append(ntu[i]).append(' ').append(cr[i]).append('\n');
        }
        List<String> out = PythonOracle.run(SCRIPT, in.toString());
        assertThat(out).hasSize(n);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double expected = Double.parseDouble(out.get(i).trim());
            double e = Rel.error(CrossflowUnmixedHx.effectiveness(ntu[i], cr[i]), expected);
            assertThat(e).as("NTU %s, Cr %s", ntu[i], cr[i]).isLessThanOrEqualTo(1e-13);
            worst = Math.max(worst, e);
        }
        System.out.printf("crossflow exact series vs mpmath (%d points): worst relative error %.2e%n", n, worst);
    }
}
