package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Gnielinski's correlation for the mean Nusselt number of fully developed turbulent and transitional flow in a tube:
 * <pre>Nu = (f/8)(Re − 1000) Pr / [ 1 + 12.7 (f/8)^½ (Pr^⅔ − 1) ]</pre>
 * with f the Darcy friction factor (for smooth tubes Petukhov's f = (0.790 ln Re − 1.64)^−2, see
 * {@link #petukhovFrictionFactor(double)}).
 *
 * <p>Source: V. Gnielinski, "New equations for heat and mass transfer in turbulent pipe and channel flow",
 * Int. Chem. Eng. 16 (1976) 359–368; Petukhov, Adv. Heat Transfer 6 (1970). Validity: 3·10³ ≤ Re ≤ 5·10⁶ and
 * 0.5 ≤ Pr ≤ 2000 (Incropera, <i>Fundamentals of Heat and Mass Transfer</i>, eq. 8.62); fully developed flow, properties
 * at the bulk temperature. Nu is based on the hydraulic diameter. The friction factor is accepted in (0, 0.1]: the
 * Moody chart tops out near 0.08 over this Re range (Colebrook and Churchill at ε/D 0.05), and for f ≥ 0.362 the
 * denominator vanishes or turns negative at Pr = 0.5, which would give an infinite or negative Nu.
 */
public final class Gnielinski {

    /** Model name used in error messages. */
    public static final String MODEL = "Gnielinski Nusselt number";

    /** Validity range of the Reynolds number. */
    public static final Range REYNOLDS = new Range("Reynolds number", 3e3, 5e6, "", MODEL);

    /** Validity range of the Prandtl number. */
    public static final Range PRANDTL = new Range("Prandtl number", 0.5, 2000, "", MODEL);

    /** Accepted Darcy friction factors: (0, 0.1] (see the class comment). */
    public static final Range FRICTION_FACTOR = new Range("Darcy friction factor", Double.MIN_VALUE, 0.1, "", MODEL);

    private Gnielinski() {
    }

    /**
     * @param reynolds            Reynolds number, dimensionless, in [3e3, 5e6]
     * @param prandtl             Prandtl number, dimensionless, in [0.5, 2000]
     * @param darcyFrictionFactor Darcy friction factor of the tube at this Re, dimensionless, in (0, 0.1]
     * @return mean Nusselt number hD/k, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double nusselt(double reynolds, double prandtl, double darcyFrictionFactor) {
        REYNOLDS.check(reynolds);
        PRANDTL.check(prandtl);
        FRICTION_FACTOR.check(darcyFrictionFactor);
        double f8 = darcyFrictionFactor / 8.0;
        return f8 * (reynolds - 1000.0) * prandtl
                / (1.0 + 12.7 * Math.sqrt(f8) * (Math.pow(prandtl, 2.0 / 3.0) - 1.0));
    }

    /**
     * Gnielinski with Petukhov's smooth-tube friction factor.
     *
     * @param reynolds Reynolds number, dimensionless, in [3e3, 5e6]
     * @param prandtl  Prandtl number, dimensionless, in [0.5, 2000]
     * @return mean Nusselt number, dimensionless
     */
    public static double nusselt(double reynolds, double prandtl) {
        return nusselt(reynolds, prandtl, petukhovFrictionFactor(reynolds));
    }

    /**
     * Petukhov's (Filonenko's) smooth-tube Darcy friction factor f = (0.790 ln Re − 1.64)^−2, valid for
     * 3·10³ ≤ Re ≤ 5·10⁶ (Incropera eq. 8.21).
     *
     * @param reynolds Reynolds number, dimensionless, in [3e3, 5e6]
     * @return Darcy friction factor, dimensionless
     */
    public static double petukhovFrictionFactor(double reynolds) {
        REYNOLDS.check(reynolds);
        double d = 0.790 * Math.log(reynolds) - 1.64;
        return 1.0 / (d * d);
    }
}
