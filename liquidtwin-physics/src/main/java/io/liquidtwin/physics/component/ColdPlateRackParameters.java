package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * Parameters of a cold-plate rack ({@link ColdPlateRack}).
 *
 * <p>Thermal resistance of one cold plate, case to inlet liquid, versus its own flow (the form of OCP cold-plate
 * characterisation curves, R falling toward a conduction floor as flow rises):
 * <pre>R(V̇) = R∞ + b·(V̇ / V̇_ref)^(−c),   V̇_ref = 1 L/min</pre>
 * held at R(V̇_min) below the lowest fitted flow V̇_min.
 *
 * @param captureFraction         share of IT power taken by the liquid, in [0, 1] (the rest goes to room air)
 * @param designDropPa            rack pressure drop at the design flow, Pa
 * @param designMassFlowKgS       rack design mass flow, kg/s
 * @param platesInParallel        number of plates sharing the rack flow equally, ≥ 1
 * @param resistanceFloorKW       R∞, K/W, ≥ 0
 * @param resistanceCoefficientKW b, K/W at 1 L/min, ≥ 0
 * @param resistanceExponent      c, in [0, 2]
 * @param minimumFitFlowM3s       V̇_min per plate, m³/s, &gt; 0
 * @param caseTimeConstantS       first-order lag of the case temperature, s, ≥ 0 (≈ 2 s; 0: no lag)
 */
public record ColdPlateRackParameters(double captureFraction, double designDropPa, double designMassFlowKgS,
                                      int platesInParallel, double resistanceFloorKW, double resistanceCoefficientKW,
                                      double resistanceExponent, double minimumFitFlowM3s, double caseTimeConstantS) {

    /** Model name used in error messages. */
    public static final String MODEL = "cold-plate rack";

    /** The reference flow of the resistance fit, 1 L/min in m³/s. */
    public static final double REFERENCE_FLOW_M3S = 1e-3 / 60;

    /** Checks the parameters. */
    public ColdPlateRackParameters {
        Checks.fraction("capture fraction", captureFraction, MODEL);
        Range.positive("design pressure drop", designDropPa, "Pa", MODEL);
        Range.positive("design mass flow", designMassFlowKgS, "kg/s", MODEL);
        Range.atLeast("plates in parallel", platesInParallel, 1, "", MODEL);
        Checks.nonNegative("resistance floor R∞", resistanceFloorKW, "K/W", MODEL);
        Checks.nonNegative("resistance coefficient b", resistanceCoefficientKW, "K/W", MODEL);
        new Range("resistance exponent c", 0, 2, "", MODEL).check(resistanceExponent);
        Range.positive("minimum fitted flow", minimumFitFlowM3s, "m³/s", MODEL);
        Checks.nonNegative("case time constant", caseTimeConstantS, "s", MODEL);
    }

    /**
     * An illustrative GPU rack: 94.5 % capture (the Frontier figure of PHYSICS.md §5), 60 kPa at 1.2 kg/s over 48
     * plates, R = 0.010 + 0.025·(V̇/1 L/min)^−0.7 K/W fitted from 0.2 L/min (a shape typical of published
     * OCP-style curves, not a product's datasheet), τ = 2 s.
     */
    public static ColdPlateRackParameters illustrativeGpuRack() {
        return new ColdPlateRackParameters(0.945, 60e3, 1.2, 48, 0.010, 0.025, 0.7, 0.2 * REFERENCE_FLOW_M3S, 2.0);
    }

    /** @return R(V̇) of one plate at its flow, K/W */
    public double thermalResistanceKW(double plateFlowM3s) {
        Checks.nonNegative("plate flow", plateFlowM3s, "m³/s", MODEL);
        double x = Math.max(plateFlowM3s, minimumFitFlowM3s) / REFERENCE_FLOW_M3S;
        return resistanceFloorKW + resistanceCoefficientKW * Math.pow(x, -resistanceExponent);
    }
}
