package io.liquidtwin.sim.plant;

/**
 * Accepted range of a plant-file number, in the field's user unit.
 *
 * @param min     lower bound
 * @param minOpen whether min itself is excluded
 * @param max     upper bound
 * @param maxOpen whether max itself is excluded
 */
record Limits(double min, boolean minOpen, double max, boolean maxOpen) {

    /** Dimensionless fraction 0…1 inclusive. */
    static final Limits FRACTION = between(0, 1);
    /** Efficiency: (0, 1]. */
    static final Limits EFFICIENCY = new Limits(0, true, 1, false);

    /** @return (0, max] */
    static Limits positive(double max) {
        return new Limits(0, true, max, false);
    }

    /** @return [min, max] */
    static Limits between(double min, double max) {
        return new Limits(min, false, max, false);
    }

    boolean contains(double v) {
        boolean lo = minOpen ? v > min : v >= min;
        boolean hi = maxOpen ? v < max : v <= max;
        return lo && hi;
    }

    /** @return e.g. {@code "> 0 kW and ≤ 100000 kW"} or {@code "between 5 °C and 70 °C"} */
    String describe(Unit unit) {
        if (!minOpen && !maxOpen) {
            return "between " + unit.format(min) + " and " + unit.format(max);
        }
        return (minOpen ? "> " : "≥ ") + unit.format(min) + " and " + (maxOpen ? "< " : "≤ ") + unit.format(max);
    }
}
