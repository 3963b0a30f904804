package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Colebrook–White equation for the Darcy friction factor of turbulent flow in a rough circular pipe, solved to
 * machine precision:
 * <pre>1/√f = −2 log10( (ε/D)/3.7 + 2.51/(Re·√f) )</pre>
 *
 * <p>Source: C. F. Colebrook, "Turbulent flow in pipes, with particular reference to the transition region between the
 * smooth and rough pipe laws", J. Inst. Civ. Eng. 11 (1939) 133–156 (the basis of the Moody chart).
 * Validity: 4·10³ ≤ Re ≤ 10⁸ and 0 ≤ ε/D ≤ 0.05 (the extent of the Moody chart).
 *
 * <p>Solution: Newton's method on x = 1/√f for F(x) = x + 2 log10(a + b·x), a = (ε/D)/3.7, b = 2.51/Re, started from
 * Haaland's explicit value (within 1.5 %). F is increasing and concave, so after the first step the iterates increase
 * monotonically to the root; iteration stops when the Newton step is within 4 ulp of x (typically 3–4 steps).
 */
public final class Colebrook {

    /** Model name used in error messages. */
    public static final String MODEL = "Colebrook friction factor";

    /** Validity range of the Reynolds number. */
    public static final Range REYNOLDS = new Range("Reynolds number", 4e3, 1e8, "", MODEL);

    /** Validity range of the relative roughness ε/D. */
    public static final Range RELATIVE_ROUGHNESS = new Range("relative roughness ε/D", 0, 0.05, "", MODEL);

    private static final double TWO_OVER_LN10 = 2.0 / Math.log(10.0);
    private static final int MAX_ITERATIONS = 50;

    private Colebrook() {
    }

    /**
     * @param reynolds          Reynolds number, dimensionless, in [4e3, 1e8]
     * @param relativeRoughness ε/D (absolute roughness over diameter), dimensionless, in [0, 0.05]
     * @return Darcy friction factor, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double darcyFrictionFactor(double reynolds, double relativeRoughness) {
        REYNOLDS.check(reynolds);
        RELATIVE_ROUGHNESS.check(relativeRoughness);
        double a = relativeRoughness / 3.7;
        double b = 2.51 / reynolds;
        double x = 1.0 / Math.sqrt(Haaland.unchecked(reynolds, relativeRoughness));
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double arg = a + b * x;
            double dx = (x + TWO_OVER_LN10 * Math.log(arg)) / (1.0 + TWO_OVER_LN10 * b / arg);
            x -= dx;
            if (Math.abs(dx) <= 4 * Math.ulp(x)) {
                break;
            }
        }
        return 1.0 / (x * x);
    }
}
