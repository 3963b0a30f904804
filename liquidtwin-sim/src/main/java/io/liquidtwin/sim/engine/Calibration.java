package io.liquidtwin.sim.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * Finds a model parameter (a UA, an NTU coefficient) that makes the component's own model reproduce its catalogue
 * rating, by bisection on a logarithmic bracket. Used once when a plant is built, never in the step loop.
 */
final class Calibration {

    private Calibration() {
    }

    /**
     * @param ratingW    the rated heat the model must reproduce, W
     * @param heatAtW    the model's heat for a parameter value (increasing in the parameter)
     * @param lo         lowest parameter value to try (&gt; 0)
     * @param hi         highest parameter value to try
     * @param what       named in the error when the rating cannot be met
     * @return the parameter, to 1e-10 relative
     */
    static double solve(double ratingW, DoubleUnaryOperator heatAtW, double lo, double hi, String what) {
        double a = lo;
        double b = hi;
        if (heatAtW.applyAsDouble(b) < ratingW) {
            throw new IllegalArgumentException(what + ": its rating of " + Math.round(ratingW / 1e3)
                    + " kW cannot be reached by the model at the rating conditions");
        }
        for (int i = 0; i < 200 && b / a > 1 + 1e-10; i++) {
            double m = Math.sqrt(a * b);
            if (heatAtW.applyAsDouble(m) < ratingW) {
                a = m;
            } else {
                b = m;
            }
        }
        return Math.sqrt(a * b);
    }
}
