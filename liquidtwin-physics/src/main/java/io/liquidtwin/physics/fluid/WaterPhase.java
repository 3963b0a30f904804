package io.liquidtwin.physics.fluid;

/** Which IAPWS-IF97 region a water state falls in (the two this library implements besides the saturation line). */
public enum WaterPhase {
    /** Region 1: compressed or saturated liquid, p ≥ p_sat(T). */
    LIQUID,
    /** Region 2: superheated or saturated vapour, p &lt; p_sat(T). */
    VAPOUR
}
