package io.liquidtwin.physics.correlation;

/**
 * The acceleration of gravity used by every correlation of this package that contains g (Rohsenow, Zuber, Nusselt).
 *
 * <p>Standard gravity g<sub>n</sub> = 9.80665 m/s² exactly (3rd CGPM, 1901). It is the value the independent reference
 * implementation behind PHYSICS.md §2 uses ({@code fluids.constants.g}); with 9.81 instead, Rohsenow, Zuber and Nusselt
 * would differ from the reference values by 1.7·10⁻⁴, 0.85·10⁻⁴ and 0.85·10⁻⁴ relative. Local gravity varies by ±0.3 %
 * over the Earth, far inside the uncertainty of any of these correlations.
 */
public final class Gravity {

    /** Standard acceleration of gravity, m/s². */
    public static final double STANDARD_M_S2 = 9.80665;

    private Gravity() {
    }
}
