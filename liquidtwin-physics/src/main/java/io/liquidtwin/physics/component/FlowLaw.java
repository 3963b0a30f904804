package io.liquidtwin.physics.component;

/**
 * The hydraulic law of one network branch: the pressure drop from its inlet to its outlet as a function of the
 * volumetric flow through it (SI: Pa and m³/s; flow may be negative, i.e. reversed).
 *
 * <p>A passive element (pipe, valve, filter, cold plate) has a drop with the sign of the flow; a running pump has a
 * negative drop (a rise) over its operating range. The hydraulic solver needs the derivative too; it must be finite
 * and, for passive elements, positive everywhere (elements whose drop is ∝ |Q|·Q add a small linear term near zero
 * flow so the Newton matrix stays non-singular — say so in the implementation). Implementations may read mutable
 * state (pump speed, valve position) but must not allocate.
 */
public interface FlowLaw {

    /** @return pressure drop inlet → outlet at volumetric flow Q, Pa */
    double pressureDropPa(double flowM3s);

    /** @return d(pressure drop)/dQ at Q, Pa·s/m³ (finite; &gt; 0 for passive elements) */
    double pressureDropDerivative(double flowM3s);
}
