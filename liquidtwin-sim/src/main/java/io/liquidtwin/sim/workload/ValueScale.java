package io.liquidtwin.sim.workload;

/** How the values of a utilisation column are written. */
public enum ValueScale {
    /** Fractions, 0–1. */
    FRACTION,
    /** Percent, 0–100 (divided by 100 when read). */
    PERCENT,
    /**
     * Decide from the data: {@link #FRACTION} if every value is ≤ 1, else {@link #PERCENT}. A percent column whose
     * values all stay ≤ 1 % would be misread as fractions; declare the scale for such data.
     */
    DETECT
}
