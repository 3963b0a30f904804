package io.liquidtwin.physics;

import java.util.Locale;

/**
 * Thrown when a physics model is asked for a value outside its declared validity range (or given NaN/infinity).
 *
 * <p>This is the single out-of-range signal of the physics library: fluid properties and correlations all use it,
 * so a caller can catch one type. The message reads, for example:
 * {@code "temperature = 500 K is outside the valid range [273.15, 423.15] K of Water (IAPWS-IF97 region 1)"}.
 */
public final class OutOfRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String quantity;
    private final double value;
    private final double min;
    private final double max;
    private final String unit;
    private final String model;
    private final boolean maxExclusive;

    /**
     * @param quantity the quantity's name, e.g. {@code "temperature"}
     * @param value    the offending value (in {@code unit})
     * @param min      lowest valid value (inclusive)
     * @param max      highest valid value (inclusive)
     * @param unit     the unit of value, min and max (may be empty for dimensionless quantities)
     * @param model    the model or correlation whose range it is
     */
    public OutOfRangeException(String quantity, double value, double min, double max, String unit, String model) {
        this(quantity, value, min, max, false, unit, model);
    }

    /**
     * As {@link #OutOfRangeException(String, double, double, double, String, String)}, with the upper bound excluded
     * from the range when {@code maxExclusive} (printed as {@code [min, max)}).
     */
    public OutOfRangeException(String quantity, double value, double min, double max, boolean maxExclusive,
                               String unit, String model) {
        super(message(quantity, value, min, max, maxExclusive, unit, model));
        this.maxExclusive = maxExclusive;
        this.quantity = quantity;
        this.value = value;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.model = model;
    }

    /** A min of {@link Double#MIN_VALUE} stands for "greater than 0" and prints as {@code (0}. */
    private static String message(String quantity, double value, double min, double max, boolean maxExclusive,
                                  String unit, String model) {
        String u = unit == null || unit.isEmpty() ? "" : " " + unit;
        String lower = min == Double.MIN_VALUE ? "(0" : "[" + fmt(min);
        String upper = max == Double.POSITIVE_INFINITY ? "+Infinity)" : fmt(max) + (maxExclusive ? ")" : "]");
        return String.format(Locale.ROOT, "%s = %s%s is outside the valid range %s, %s%s of %s",
                quantity, fmt(value), u, lower, upper, u, model);
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Infinity" : "-Infinity";
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }

    /** @return the quantity's name */
    public String quantity() {
        return quantity;
    }

    /** @return the offending value */
    public double value() {
        return value;
    }

    /** @return lowest valid value */
    public double min() {
        return min;
    }

    /** @return highest valid value (excluded from the range when {@link #maxExclusive()}) */
    public double max() {
        return max;
    }

    /** @return whether {@link #max()} itself lies outside the range */
    public boolean maxExclusive() {
        return maxExclusive;
    }

    /** @return unit of value, min and max */
    public String unit() {
        return unit;
    }

    /** @return the model whose range was left */
    public String model() {
        return model;
    }
}
