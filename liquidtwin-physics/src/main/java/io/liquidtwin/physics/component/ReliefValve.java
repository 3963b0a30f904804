package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * A pressure-relief valve venting vapour from a sealed tank. Proportional lift: closed up to the set pressure, mass
 * flow rising linearly with the overpressure to its rated capacity at the set pressure plus the accumulation
 * (10 % is the usual ASME/ISO 4126 allowance), constant above:
 * <pre>ṁ = ṁ_rated · min(1, max(0, (p − p_set)/(a·p_set)))</pre>
 * Continuous and non-decreasing in p, which the tank's implicit integrator relies on.
 *
 * @param setPressurePa        set (opening) pressure, Pa absolute, &gt; 0
 * @param ratedCapacityKgS     vapour flow at full lift, kg/s, ≥ 0 (0: no relief valve)
 * @param accumulationFraction overpressure for full lift as a fraction of the set pressure, &gt; 0
 */
public record ReliefValve(double setPressurePa, double ratedCapacityKgS, double accumulationFraction) {

    /** Model name used in error messages. */
    public static final String MODEL = "relief valve";

    /** Checks the parameters. */
    public ReliefValve {
        Range.positive("set pressure", setPressurePa, "Pa", MODEL);
        Checks.nonNegative("rated capacity", ratedCapacityKgS, "kg/s", MODEL);
        Range.positive("accumulation fraction", accumulationFraction, "", MODEL);
    }

    /** A relief valve with the usual 10 % accumulation. */
    public ReliefValve(double setPressurePa, double ratedCapacityKgS) {
        this(setPressurePa, ratedCapacityKgS, 0.10);
    }

    /** @return vented mass flow at tank pressure p, kg/s */
    public double massFlowKgS(double pressurePa) {
        double lift = (pressurePa - setPressurePa) / (accumulationFraction * setPressurePa);
        return ratedCapacityKgS * Math.min(1.0, Math.max(0.0, lift));
    }
}
