package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * ε-NTU relation of a pure counterflow heat exchanger, and its inverse.
 * <pre>
 * ε = (1 − e^(−NTU(1−Cr))) / (1 − Cr e^(−NTU(1−Cr)))      (Cr &lt; 1)
 * ε = NTU / (1 + NTU)                                    (Cr = 1)
 * NTU = ln[(1 − ε Cr)/(1 − ε)] / (1 − Cr),  NTU = ε/(1 − ε) (Cr = 1)
 * </pre>
 * with NTU = UA/Cmin and Cr = Cmin/Cmax. Cr = 0 gives ε = 1 − e^(−NTU) (one fluid changing phase).
 *
 * <p>Source: Kays &amp; London, <i>Compact Heat Exchangers</i>; Incropera Table 11.3/11.4. Exact for the idealised
 * exchanger (constant U and heat capacities). Validity: NTU ≥ 0, 0 ≤ Cr ≤ 1; the inverse needs 0 ≤ ε &lt; 1.
 * Evaluated with expm1/log1p in forms that stay accurate as Cr → 1 and as NTU → 0.
 */
public final class CounterflowHx {

    /** Model name used in error messages. */
    public static final String MODEL = "ε-NTU counterflow";

    /** Validity range of the capacity ratio Cmin/Cmax. */
    public static final Range CAPACITY_RATIO = new Range("capacity ratio Cmin/Cmax", 0, 1, "", MODEL);

    private CounterflowHx() {
    }

    /**
     * @param ntu           number of transfer units UA/Cmin, dimensionless, ≥ 0
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return effectiveness Q/Qmax, dimensionless, in [0, 1] (exactly 1 only where 1 − ε rounds away at large NTU,
     *         which the inverse then refuses)
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double effectiveness(double ntu, double capacityRatio) {
        Range.atLeast("NTU", ntu, 0, "", MODEL);
        CAPACITY_RATIO.check(capacityRatio);
        return effectivenessUnchecked(ntu, capacityRatio);
    }

    /**
     * @param effectiveness effectiveness, dimensionless, in [0, 1)
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return the NTU giving that effectiveness, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double ntu(double effectiveness, double capacityRatio) {
        CAPACITY_RATIO.check(capacityRatio);
        Checks.belowExclusive("effectiveness", effectiveness, 1.0, "", MODEL);
        return ntuUnchecked(effectiveness, capacityRatio);
    }

    static double effectivenessUnchecked(double ntu, double cr) {
        if (cr == 0) {
            return -Math.expm1(-ntu);
        }
        if (cr == 1) {
            return ntu / (1.0 + ntu);
        }
        double x = ntu * (1.0 - cr);
        double a = -Math.expm1(-x); // 1 − e^−x
        // 1 − Cr e^−x = (1 − e^−x) + (1 − Cr) e^−x: no cancellation as Cr → 1
        return a / (a + (1.0 - cr) * Math.exp(-x));
    }

    /** Requires 0 ≤ ε &lt; 1. */
    static double ntuUnchecked(double effectiveness, double cr) {
        if (cr == 0) {
            return -Math.log1p(-effectiveness);
        }
        if (cr == 1) {
            return effectiveness / (1.0 - effectiveness);
        }
        // (1 − εCr)/(1 − ε) = 1 + ε(1 − Cr)/(1 − ε)
        return Math.log1p(effectiveness * (1.0 - cr) / (1.0 - effectiveness)) / (1.0 - cr);
    }
}
