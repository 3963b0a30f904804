package io.liquidtwin.physics.component;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;

/** Input checks shared by the component models (package-private; each throws {@link OutOfRangeException}). */
final class Checks {

    private Checks() {
    }

    /** Checks 0 ≤ value ≤ 1. */
    static double fraction(String quantity, double value, String model) {
        if (value >= 0 && value <= 1) {
            return value;
        }
        throw new OutOfRangeException(quantity, value, 0, 1, "", model);
    }

    /** Checks min ≤ value ≤ max without allocating a {@link Range} (for per-call checks with variable bounds). */
    static double between(String quantity, double value, double min, double max, String unit, String model) {
        if (value >= min && value <= max) {
            return value;
        }
        throw new OutOfRangeException(quantity, value, min, max, unit, model);
    }

    /** Checks 0 &lt; value ≤ 1 (an efficiency). */
    static double efficiency(String quantity, double value, String model) {
        if (value > 0 && value <= 1) {
            return value;
        }
        throw new OutOfRangeException(quantity, value, Double.MIN_VALUE, 1, "", model);
    }

    /** Checks a finite value ≥ 0. */
    static double nonNegative(String quantity, double value, String unit, String model) {
        return Range.atLeast(quantity, value, 0, unit, model);
    }

    /** Checks a finite, strictly positive value. */
    static double positive(String quantity, double value, String unit, String model) {
        return Range.positive(quantity, value, unit, model);
    }

    /** Checks a finite value of any sign. */
    static double finite(String quantity, double value, String unit, String model) {
        if (Double.isFinite(value)) {
            return value;
        }
        throw new OutOfRangeException(quantity, value, -Double.MAX_VALUE, Double.MAX_VALUE, unit, model);
    }

    /** Checks a finite absolute temperature (&gt; 0 K, ≤ 1000 K: far beyond any plant state). */
    static double temperature(String quantity, double valueK, String model) {
        if (valueK > 0 && valueK <= 1000) {
            return valueK;
        }
        throw new OutOfRangeException(quantity, valueK, Double.MIN_VALUE, 1000, "K", model);
    }

    /** Guards a result against overflow from absurd but finite inputs. */
    static double finiteResult(String quantity, double value, String unit, String model) {
        if (Double.isFinite(value)) {
            return value;
        }
        throw new OutOfRangeException(quantity + " (result; inputs far outside physical values)", value,
                -Double.MAX_VALUE, Double.MAX_VALUE, unit, model);
    }
}
