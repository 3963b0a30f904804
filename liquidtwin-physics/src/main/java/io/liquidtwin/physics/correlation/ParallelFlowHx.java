package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;

/**
 * ε-NTU relation of a parallel-flow (co-current) heat exchanger, and its inverse.
 * <pre>
 * ε = (1 − e^(−NTU(1+Cr))) / (1 + Cr)
 * NTU = −ln(1 − ε(1 + Cr)) / (1 + Cr)
 * </pre>
 * ε tends to ε_max = 1/(1 + Cr) as NTU → ∞; Cr = 0 gives ε = 1 − e^(−NTU).
 *
 * <p>Source: Kays &amp; London, <i>Compact Heat Exchangers</i>; Incropera Tables 11.3/11.4. Validity: NTU ≥ 0,
 * 0 ≤ Cr ≤ 1; the inverse needs 0 ≤ ε &lt; 1/(1 + Cr).
 */
public final class ParallelFlowHx {

    /** Model name used in error messages. */
    public static final String MODEL = "ε-NTU parallel flow";

    /** Validity range of the capacity ratio Cmin/Cmax. */
    public static final Range CAPACITY_RATIO = new Range("capacity ratio Cmin/Cmax", 0, 1, "", MODEL);

    private ParallelFlowHx() {
    }

    /**
     * @param ntu           number of transfer units UA/Cmin, dimensionless, ≥ 0
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return effectiveness, dimensionless, in [0, 1/(1+Cr)] (the asymptote itself only by rounding at large NTU,
     *         which the inverse then refuses)
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double effectiveness(double ntu, double capacityRatio) {
        Range.atLeast("NTU", ntu, 0, "", MODEL);
        CAPACITY_RATIO.check(capacityRatio);
        return effectivenessUnchecked(ntu, capacityRatio);
    }

    /**
     * @param effectiveness effectiveness, dimensionless, in [0, 1/(1+Cr))
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return the NTU giving that effectiveness, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double ntu(double effectiveness, double capacityRatio) {
        CAPACITY_RATIO.check(capacityRatio);
        double s = 1.0 + capacityRatio;
        if (!(effectiveness >= 0 && effectiveness * s < 1.0)) {
            throw new OutOfRangeException("effectiveness", effectiveness, 0, 1.0 / s, true, "", MODEL);
        }
        return ntuUnchecked(effectiveness, capacityRatio);
    }

    /**
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return the asymptotic effectiveness 1/(1 + Cr) (not reached at finite NTU)
     */
    public static double maxEffectiveness(double capacityRatio) {
        return 1.0 / (1.0 + CAPACITY_RATIO.check(capacityRatio));
    }

    static double effectivenessUnchecked(double ntu, double cr) {
        double s = 1.0 + cr;
        return -Math.expm1(-ntu * s) / s;
    }

    /** Requires 0 ≤ ε(1 + Cr) &lt; 1. */
    static double ntuUnchecked(double effectiveness, double cr) {
        double s = 1.0 + cr;
        return -Math.log1p(-effectiveness * s) / s;
    }
}
