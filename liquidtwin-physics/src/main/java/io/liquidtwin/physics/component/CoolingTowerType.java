package io.liquidtwin.physics.component;

/** Cooling-tower circuits. */
public enum CoolingTowerType {
    /** Open (direct-contact): the process water is sprayed over the fill. */
    OPEN,
    /**
     * Closed circuit (evaporative fluid cooler): the process fluid stays in a coil over which spray water
     * evaporates. Modelled with the same effectiveness relation, its NTU correlation fitted to the closed-circuit
     * unit's ratings (coil and spray lumped), the leaving temperature being the process fluid's.
     */
    CLOSED_CIRCUIT
}
