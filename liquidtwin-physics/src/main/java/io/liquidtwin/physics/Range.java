package io.liquidtwin.physics;

/**
 * A closed validity interval of one input quantity of a model, with the check every model uses.
 *
 * @param quantity the quantity's name as users read it, e.g. {@code "temperature"}
 * @param min      lowest valid value (inclusive)
 * @param max      highest valid value (inclusive)
 * @param unit     unit of min and max (empty for dimensionless)
 * @param model    the model the range belongs to, named in error messages
 */
public record Range(String quantity, double min, double max, String unit, String model) {

    public Range {
        if (!(min <= max)) {
            throw new IllegalArgumentException("range of " + quantity + " has min " + min + " > max " + max);
        }
    }

    /**
     * Returns {@code value} if it lies in [min, max]; otherwise throws.
     *
     * @throws OutOfRangeException if value is NaN, infinite or outside [min, max]
     */
    public double check(double value) {
        if (value >= min && value <= max) { // false for NaN
            return value;
        }
        throw new OutOfRangeException(quantity, value, min, max, unit, model);
    }

    /** @return whether value lies in [min, max] (false for NaN) */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * Checks a value that has no upper bound but must be finite and at least min (e.g. a Reynolds number ≥ 0).
     */
    public static double atLeast(String quantity, double value, double min, String unit, String model) {
        if (value >= min && value < Double.POSITIVE_INFINITY) {
            return value;
        }
        throw new OutOfRangeException(quantity, value, min, Double.POSITIVE_INFINITY, unit, model);
    }

    /**
     * Checks {@code min <= value < maxExclusive} (e.g. an effectiveness below its asymptote); the error prints the
     * range as {@code [min, maxExclusive)}.
     */
    public static double belowExclusive(String quantity, double value, double min, double maxExclusive, String unit,
                                        String model) {
        if (value >= min && value < maxExclusive) { // false for NaN
            return value;
        }
        throw new OutOfRangeException(quantity, value, min, maxExclusive, true, unit, model);
    }

    /** Checks a value that must be finite and strictly positive. */
    public static double positive(String quantity, double value, String unit, String model) {
        if (value > 0 && value < Double.POSITIVE_INFINITY) {
            return value;
        }
        throw new OutOfRangeException(quantity, value, Double.MIN_VALUE, Double.POSITIVE_INFINITY, unit, model);
    }
}
