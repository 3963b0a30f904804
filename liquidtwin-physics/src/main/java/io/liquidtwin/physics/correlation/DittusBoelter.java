package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;
import java.util.Objects;

/**
 * Dittus–Boelter correlation for fully developed turbulent flow in a smooth tube:
 * <pre>Nu = 0.023 Re^0.8 Pr^n,   n = 0.4 when the fluid is heated, 0.3 when it is cooled</pre>
 *
 * <p>Source: F. W. Dittus, L. M. K. Boelter, Univ. Calif. Publ. Eng. 2 (1930) 443, in the form of McAdams (1942); see
 * Winterton, Int. J. Heat Mass Transfer 41 (1998) 809. Validity: Re ≥ 10⁴, 0.6 ≤ Pr ≤ 160, L/D ≳ 10, moderate
 * property variation (Incropera eq. 8.60). Errors of up to ±25 % are usual; prefer {@link Gnielinski}.
 */
public final class DittusBoelter {

    /** Model name used in error messages. */
    public static final String MODEL = "Dittus–Boelter Nusselt number";

    /** Validity range of the Prandtl number. */
    public static final Range PRANDTL = new Range("Prandtl number", 0.6, 160, "", MODEL);

    /** Lowest valid Reynolds number (no upper bound is given by the source). */
    public static final double MIN_REYNOLDS = 1e4;

    /** Whether the fluid is being heated (wall hotter than the fluid) or cooled; selects the Prandtl exponent. */
    public enum Mode {
        /** Fluid heated by the wall: n = 0.4. */
        HEATING(0.4),
        /** Fluid cooled by the wall: n = 0.3. */
        COOLING(0.3);

        private final double prandtlExponent;

        Mode(double prandtlExponent) {
            this.prandtlExponent = prandtlExponent;
        }

        /** @return the Prandtl exponent n, dimensionless */
        public double prandtlExponent() {
            return prandtlExponent;
        }
    }

    private DittusBoelter() {
    }

    /**
     * @param reynolds Reynolds number, dimensionless, ≥ 1e4
     * @param prandtl  Prandtl number, dimensionless, in [0.6, 160]
     * @param mode     heating or cooling of the fluid
     * @return mean Nusselt number hD/k, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double nusselt(double reynolds, double prandtl, Mode mode) {
        Objects.requireNonNull(mode, "mode");
        Range.atLeast("Reynolds number", reynolds, MIN_REYNOLDS, "", MODEL);
        PRANDTL.check(prandtl);
        return 0.023 * Math.pow(reynolds, 0.8) * Math.pow(prandtl, mode.prandtlExponent);
    }
}
