package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;

/** Input checks shared by the correlations (package-private; the public ones are in {@link io.liquidtwin.physics.Range}). */
final class Checks {

    private Checks() {
    }

    /** Checks {@code 0 <= value < upperExclusive} (e.g. a vapour density below the liquid density). */
    static double belowExclusive(String quantity, double value, double upperExclusive, String unit, String model) {
        return Range.belowExclusive(quantity, value, 0, upperExclusive, unit, model);
    }

    /** Checks that value is finite (any sign). */
    static double finite(String quantity, double value, String unit, String model) {
        if (Double.isFinite(value)) {
            return value;
        }
        throw new OutOfRangeException(quantity, value, -Double.MAX_VALUE, Double.MAX_VALUE, unit, model);
    }

    /**
     * Guards a correlation's result: absurd but finite inputs (say 1e200 kg/m³) can overflow to ±∞ or ∞/∞ = NaN;
     * the caller then gets the library's one out-of-range signal instead of a non-finite number.
     */
    static double finiteResult(String quantity, double value, String unit, String model) {
        if (Double.isFinite(value)) {
            return value;
        }
        throw new OutOfRangeException(quantity + " (result; inputs far outside physical values)", value,
                -Double.MAX_VALUE, Double.MAX_VALUE, unit, model);
    }
}
