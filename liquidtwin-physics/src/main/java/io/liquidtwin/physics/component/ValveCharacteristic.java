package io.liquidtwin.physics.component;

/**
 * Inherent flow characteristic of a control valve: the relative flow coefficient f(x) = Kv(x)/Kv,100 at opening
 * x ∈ [0, 1] (IEC 60534-2-4 / ISA-75.11).
 * <ul>
 *   <li>{@link #LINEAR}: f = x.</li>
 *   <li>{@link #EQUAL_PERCENTAGE}: f = R^(x − 1) for x ≥ δ = {@value #EQUAL_PERCENTAGE_LINEAR_BELOW}, and the straight
 *       line f = (x/δ)·R^(δ − 1) below, so that the valve closes (the pure law gives f(0) = 1/R). R is the
 *       rangeability (inherent, typically 30–50). The same blend is used by Modelica.Fluid's valve library.</li>
 * </ul>
 */
public enum ValveCharacteristic {

    /** f = x. */
    LINEAR,

    /** f = R^(x−1), linear to zero below δ. */
    EQUAL_PERCENTAGE;

    /** Opening below which the equal-percentage law is replaced by a line through the origin. */
    public static final double EQUAL_PERCENTAGE_LINEAR_BELOW = 0.02;

    /**
     * @param opening      x, in [0, 1] (not checked here)
     * @param rangeability R &gt; 1 (used by {@link #EQUAL_PERCENTAGE})
     * @return f(x), in [0, 1]
     */
    public double relativeKv(double opening, double rangeability) {
        if (this == LINEAR) {
            return opening;
        }
        double d = EQUAL_PERCENTAGE_LINEAR_BELOW;
        return opening >= d ? Math.pow(rangeability, opening - 1)
                : opening / d * Math.pow(rangeability, d - 1);
    }
}
