package io.liquidtwin.physics.component;

/** Operating mode of a water-side economiser in series with a chiller. */
public enum EconomiserMode {
    /** The economiser alone meets the supply setpoint; the chiller is off. */
    FREE_COOLING,
    /** The economiser pre-cools the return water; the chiller trims to the setpoint. */
    PARTIAL,
    /** The economiser is bypassed; the chiller does all the cooling. */
    MECHANICAL
}
