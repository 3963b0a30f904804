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

    /**
     * @param quantity the quantity's name, e.g. {@code "temperature"}
     * @param value    the offending value (in {@code unit})
     * @param min      lowest valid value (inclusive)
     * @param max      highest valid value (inclusive)
     * @param unit     the unit of value, min and max (may be empty for dimensionless quantities)
     * @param model    the model or correlation whose range it is
     */
    public OutOfRangeException(String quantity, double value, double min, double max, String unit, String model) {
        super(message(quantity, value, min, max, unit, model));
        this.quantity = quantity;
        this.value = value;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.model = model;
    }

    private static String message(String quantity, double value, double min, double max, String unit, String model) {
        String u = unit == null || unit.isEmpty() ? "" : " " + unit;
        String lower = min == Double.MIN_VALUE ? "(0" : "[" + fmt(min);
        String upper = max == Double.POSITIVE_INFINITY ? "+Infinity)" : fmt(max) + "]";
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

    /** @return highest valid value */
    public double max() {
        return max;
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
