package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * Geometry and losses of a circular pipe run ({@link Pipe}).
 *
 * @param lengthM              length, m, &gt; 0
 * @param diameterM            inner diameter, m, &gt; 0
 * @param roughnessM           absolute wall roughness ε, m, ≥ 0 (commercial steel 4.5e-5, drawn tubing 1.5e-6),
 *                             with ε/D ≤ 0.05
 * @param minorLossK           sum of the fittings' loss coefficients ΣK (bends, tees, entrance/exit), ≥ 0,
 *                             referred to the pipe's mean velocity
 * @param heatLossUaPerLengthWMK heat-loss conductance to ambient per length, W/(m·K), ≥ 0 (0: adiabatic)
 */
public record PipeGeometry(double lengthM, double diameterM, double roughnessM, double minorLossK,
                           double heatLossUaPerLengthWMK) {

    /** Model name used in error messages. */
    public static final String MODEL = "pipe";

    /** Checks the geometry. */
    public PipeGeometry {
        Range.positive("length", lengthM, "m", MODEL);
        Range.positive("diameter", diameterM, "m", MODEL);
        Checks.nonNegative("roughness", roughnessM, "m", MODEL);
        new Range("relative roughness ε/D", 0, 0.05, "", MODEL).check(roughnessM / diameterM);
        Checks.nonNegative("minor loss coefficient ΣK", minorLossK, "", MODEL);
        Checks.nonNegative("heat-loss UA per length", heatLossUaPerLengthWMK, "W/(m·K)", MODEL);
    }

    /** An adiabatic pipe. */
    public PipeGeometry(double lengthM, double diameterM, double roughnessM, double minorLossK) {
        this(lengthM, diameterM, roughnessM, minorLossK, 0);
    }

    /** @return flow area πD²/4, m² */
    public double areaM2() {
        return 0.25 * Math.PI * diameterM * diameterM;
    }

    /** @return internal volume, m³ */
    public double volumeM3() {
        return areaM2() * lengthM;
    }
}
