package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Churchill's (1977) single explicit Darcy friction factor for laminar, transitional and turbulent pipe flow:
 * <pre>
 * f = 8 [ (8/Re)^12 + (A + B)^−1.5 ]^(1/12)
 * A = [ 2.457 ln( 1 / ((7/Re)^0.9 + 0.27 ε/D) ) ]^16,   B = (37530/Re)^16
 * </pre>
 * evaluated as f = (64/Re)·[1 + (Re/8)^12 (A+B)^−1.5]^(1/12), which is algebraically identical and cannot overflow.
 *
 * <p>Source: S. W. Churchill, "Friction-factor equation spans all fluid-flow regimes", Chem. Eng. 84(24) (1977)
 * 91–92. Validity: 0 &lt; Re ≤ 10⁸, 0 ≤ ε/D ≤ 0.05. It tends to 64/Re in laminar flow and to Colebrook in fully
 * turbulent flow; across the transition it is an interpolation, not data. Against Colebrook it is within 2 % for
 * Re ≥ 1.2·10⁴, but up to 3.15 % off near Re ≈ 4.2·10³, ε/D ≈ 0.016 (this library's tests measure both). The result
 * is finite for every accepted Re except Re &lt; 64/Double.MAX_VALUE ≈ 3.6·10⁻³⁰⁷, where 64/Re overflows to +∞.
 */
public final class Churchill1977 {

    /** Model name used in error messages. */
    public static final String MODEL = "Churchill 1977 friction factor";

    /** Validity range of the Reynolds number: (0, 1e8]. */
    public static final Range REYNOLDS = new Range("Reynolds number", Double.MIN_VALUE, 1e8, "", MODEL);

    /** Validity range of the relative roughness ε/D. */
    public static final Range RELATIVE_ROUGHNESS = new Range("relative roughness ε/D", 0, 0.05, "", MODEL);

    private Churchill1977() {
    }

    /**
     * @param reynolds          Reynolds number, dimensionless, in (0, 1e8]
     * @param relativeRoughness ε/D, dimensionless, in [0, 0.05]
     * @return Darcy friction factor, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double darcyFrictionFactor(double reynolds, double relativeRoughness) {
        REYNOLDS.check(reynolds);
        RELATIVE_ROUGHNESS.check(relativeRoughness);
        // ln(1/x) = −ln x; the sign is irrelevant under the even power 16
        double a = Math.pow(2.457 * Math.log(Math.pow(7.0 / reynolds, 0.9) + 0.27 * relativeRoughness), 16);
        double b = Math.pow(37530.0 / reynolds, 16);
        double turbulent = Math.pow(reynolds / 8.0, 12) / Math.pow(a + b, 1.5);
        return 64.0 / reynolds * Math.pow(1.0 + turbulent, 1.0 / 12.0);
    }
}
