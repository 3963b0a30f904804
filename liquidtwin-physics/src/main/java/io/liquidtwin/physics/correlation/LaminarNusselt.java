package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Nusselt number of hydrodynamically and thermally fully developed laminar flow in a circular tube.
 *
 * <p>Source: Incropera, <i>Fundamentals of Heat and Mass Transfer</i>, eqs. 8.53 and 8.55 (Graetz–Nusselt problem):
 * Nu = 3.66 for a uniform wall temperature (exact eigenvalue 3.6568) and Nu = 4.36 for a uniform wall heat flux
 * (exactly 48/11 = 4.3636). The rounded textbook values are used, as in PHYSICS.md §2; the difference (0.1 %) is far
 * below the model's uncertainty. Validity: Re ≤ 2300 and fully developed flow (x/D ≳ 0.05 Re Pr thermally);
 * in the entrance region the mean Nu is higher.
 */
public enum LaminarNusselt {

    /** Uniform (constant) wall temperature: Nu = 3.66. */
    CONSTANT_WALL_TEMPERATURE(3.66),

    /** Uniform (constant) wall heat flux: Nu = 4.36. */
    CONSTANT_HEAT_FLUX(4.36);

    /** Model name used in error messages. */
    public static final String MODEL = "laminar fully developed Nusselt number";

    /** Validity range of the Reynolds number: [0, 2300]. */
    public static final Range REYNOLDS = new Range("Reynolds number", 0, 2300, "", MODEL);

    private final double nusselt;

    LaminarNusselt(double nusselt) {
        this.nusselt = nusselt;
    }

    /** @return the Nusselt number hD/k, dimensionless */
    public double nusselt() {
        return nusselt;
    }

    /**
     * The Nusselt number after checking that the flow is laminar.
     *
     * @param reynolds Reynolds number, dimensionless, in [0, 2300]
     * @return the Nusselt number hD/k, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException if Re is outside [0, 2300] (or NaN)
     */
    public double nusselt(double reynolds) {
        REYNOLDS.check(reynolds);
        return nusselt;
    }
}
