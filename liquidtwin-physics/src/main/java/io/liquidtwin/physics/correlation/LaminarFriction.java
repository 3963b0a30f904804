package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Darcy friction factor of fully developed laminar flow in a circular pipe (Hagen–Poiseuille):
 * <pre>f = 64 / Re</pre>
 *
 * <p>Source: Hagen (1839), Poiseuille (1840); any fluid-mechanics text, e.g. White, <i>Fluid Mechanics</i>, §6.4.
 * Independent of wall roughness. Validity: 0 &lt; Re ≤ 2300 (the usual lower bound of transition in pipes). The result
 * overflows to +∞ only for Re &lt; 64/Double.MAX_VALUE ≈ 3.6·10⁻³⁰⁷.
 */
public final class LaminarFriction {

    /** Model name used in error messages. */
    public static final String MODEL = "laminar friction factor 64/Re";

    /** Validity range of the Reynolds number: (0, 2300]. */
    public static final Range REYNOLDS = new Range("Reynolds number", Double.MIN_VALUE, 2300, "", MODEL);

    private LaminarFriction() {
    }

    /**
     * @param reynolds Reynolds number ρVD/μ, dimensionless, in (0, 2300]
     * @return Darcy friction factor, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the range above (or NaN)
     */
    public static double darcyFrictionFactor(double reynolds) {
        return 64.0 / REYNOLDS.check(reynolds);
    }
}
