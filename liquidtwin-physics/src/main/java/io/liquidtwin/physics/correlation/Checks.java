package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.OutOfRangeException;

/** Input checks shared by the correlations (package-private; the public ones are in {@link io.liquidtwin.physics.Range}). */
final class Checks {

    private Checks() {
    }

    /**
     * Checks {@code 0 <= value < upperExclusive} (e.g. a vapour density below the liquid density). The exception
     * reports the largest double below {@code upperExclusive} as the range's maximum.
     */
    static double belowExclusive(String quantity, double value, double upperExclusive, String unit, String model) {
        if (value >= 0 && value < upperExclusive) { // false for NaN
            return value;
        }
        throw new OutOfRangeException(quantity, value, 0, Math.nextDown(upperExclusive), unit, model);
    }

    /** Checks that value is finite (any sign). */
    static double finite(String quantity, double value, String unit, String model) {
        if (Double.isFinite(value)) {
            return value;
        }
        throw new OutOfRangeException(quantity, value, -Double.MAX_VALUE, Double.MAX_VALUE, unit, model);
    }
}
