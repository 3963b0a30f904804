package io.liquidtwin.physics.correlation;

/**
 * Flow arrangement of a two-stream heat exchanger, with its ε-NTU relation and inverse.
 *
 * <p>NTU = UA/Cmin, Cr = Cmin/Cmax (0 ≤ Cr ≤ 1), ε = Q/[Cmin (T_hot,in − T_cold,in)]. Each constant delegates to the
 * class documenting its formula, source and validity range; all refuse out-of-range input with
 * {@link io.liquidtwin.physics.OutOfRangeException}.
 */
public enum FlowArrangement {

    /** Pure counterflow ({@link CounterflowHx}). */
    COUNTERFLOW,

    /** Parallel flow / co-current ({@link ParallelFlowHx}). */
    PARALLEL_FLOW,

    /** Single-pass crossflow, both fluids unmixed, exact series solution ({@link CrossflowUnmixedHx#effectiveness}). */
    CROSSFLOW_UNMIXED,

    /**
     * Single-pass crossflow, both fluids unmixed, Incropera's closed-form approximation
     * ({@link CrossflowUnmixedHx#approximateEffectiveness}); up to 3.8 % from the exact solution.
     */
    CROSSFLOW_UNMIXED_APPROXIMATE;

    /**
     * @param ntu           number of transfer units UA/Cmin, dimensionless, ≥ 0 (≤ 500 for {@link #CROSSFLOW_UNMIXED})
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return effectiveness, dimensionless, in [0, {@link #maxEffectiveness}]
     */
    public double effectiveness(double ntu, double capacityRatio) {
        return switch (this) {
            case COUNTERFLOW -> CounterflowHx.effectiveness(ntu, capacityRatio);
            case PARALLEL_FLOW -> ParallelFlowHx.effectiveness(ntu, capacityRatio);
            case CROSSFLOW_UNMIXED -> CrossflowUnmixedHx.effectiveness(ntu, capacityRatio);
            case CROSSFLOW_UNMIXED_APPROXIMATE -> CrossflowUnmixedHx.approximateEffectiveness(ntu, capacityRatio);
        };
    }

    /**
     * {@link #effectiveness} for a physical exchanger of any size: beyond the exact crossflow series' NTU limit (500)
     * the effectiveness has long reached its asymptote, so a larger NTU is taken at that limit instead of refused.
     *
     * @param ntu           number of transfer units UA/Cmin, dimensionless, ≥ 0
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return effectiveness, dimensionless
     */
    public double saturatingEffectiveness(double ntu, double capacityRatio) {
        return effectiveness(this == CROSSFLOW_UNMIXED ? Math.min(ntu, CrossflowUnmixedHx.MAX_NTU) : ntu, capacityRatio);
    }

    /**
     * Inverse of {@link #effectiveness}.
     *
     * @param effectiveness effectiveness, dimensionless, in [0, {@link #maxEffectiveness}) (closed at the top for
     *                      {@link #CROSSFLOW_UNMIXED}, whose NTU is capped at 500, unless that maximum rounds to 1;
     *                      ε = 1 is always refused)
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return NTU, dimensionless
     */
    public double ntu(double effectiveness, double capacityRatio) {
        return switch (this) {
            case COUNTERFLOW -> CounterflowHx.ntu(effectiveness, capacityRatio);
            case PARALLEL_FLOW -> ParallelFlowHx.ntu(effectiveness, capacityRatio);
            case CROSSFLOW_UNMIXED -> CrossflowUnmixedHx.ntu(effectiveness, capacityRatio);
            case CROSSFLOW_UNMIXED_APPROXIMATE -> CrossflowUnmixedHx.approximateNtu(effectiveness, capacityRatio);
        };
    }

    /**
     * The supremum of the effectiveness over the arrangement's NTU range: 1 for counterflow and the approximate
     * crossflow, 1/(1 + Cr) for parallel flow (asymptotes, not reached), ε(500, Cr) for the exact crossflow series.
     *
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return the largest effectiveness, dimensionless
     */
    public double maxEffectiveness(double capacityRatio) {
        return switch (this) {
            case COUNTERFLOW -> {
                CounterflowHx.CAPACITY_RATIO.check(capacityRatio);
                yield 1.0;
            }
            case PARALLEL_FLOW -> ParallelFlowHx.maxEffectiveness(capacityRatio);
            case CROSSFLOW_UNMIXED -> CrossflowUnmixedHx.effectiveness(CrossflowUnmixedHx.MAX_NTU, capacityRatio);
            case CROSSFLOW_UNMIXED_APPROXIMATE -> {
                CrossflowUnmixedHx.CAPACITY_RATIO_APPROXIMATE.check(capacityRatio);
                yield 1.0;
            }
        };
    }
}
