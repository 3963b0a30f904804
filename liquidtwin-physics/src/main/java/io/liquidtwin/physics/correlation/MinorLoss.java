package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Pressure loss of a fitting (bend, valve, tee, entrance, exit) by its loss coefficient:
 * <pre>Δp = K · ρ V² / 2</pre>
 *
 * <p>Source: the definition of K, e.g. Idelchik, <i>Handbook of Hydraulic Resistance</i>; Crane TP-410. V is the mean
 * velocity of the section K refers to. Validity: K ≥ 0, ρ &gt; 0, V finite; K itself is only valid for the Reynolds
 * number and geometry it was measured at (the caller's responsibility).
 */
public final class MinorLoss {

    /** Model name used in error messages. */
    public static final String MODEL = "minor loss K·ρV²/2";

    private MinorLoss() {
    }

    /**
     * @param lossCoefficient loss coefficient K, dimensionless, ≥ 0
     * @param densityKgM3     fluid density, kg/m³, &gt; 0
     * @param velocityMS      mean velocity, m/s (either sign)
     * @return pressure loss, Pa (≥ 0)
     */
    public static double pressureDropPa(double lossCoefficient, double densityKgM3, double velocityMS) {
        return signedPressureDropPa(lossCoefficient, densityKgM3, Math.abs(velocityMS));
    }

    /**
     * The loss with the sign of the flow, K·ρ·V·|V|/2, for network solvers where flow may reverse.
     *
     * @param lossCoefficient loss coefficient K, dimensionless, ≥ 0
     * @param densityKgM3     fluid density, kg/m³, &gt; 0
     * @param velocityMS      mean velocity, m/s (either sign)
     * @return pressure loss in the flow direction, Pa (sign of velocity)
     */
    public static double signedPressureDropPa(double lossCoefficient, double densityKgM3, double velocityMS) {
        Range.atLeast("loss coefficient K", lossCoefficient, 0, "", MODEL);
        Range.positive("density", densityKgM3, "kg/m³", MODEL);
        Checks.finite("velocity", velocityMS, "m/s", MODEL);
        return 0.5 * lossCoefficient * densityKgM3 * velocityMS * Math.abs(velocityMS);
    }
}
