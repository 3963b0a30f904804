package io.liquidtwin.physics.component;

import io.liquidtwin.physics.OutOfRangeException;

/**
 * Root of an increasing scalar function on a closed interval (package-private): Newton's method with a
 * forward-difference slope, safeguarded by bisection inside a bracket that shrinks with every evaluation. It never
 * leaves [lo, hi], converges quadratically near a smooth root and at worst like bisection (each iteration halves the
 * bracket or takes a Newton step inside it), so it cannot diverge or produce NaN for a finite, increasing function.
 * The function object is created once by the caller (no allocation per solve).
 */
final class BracketedNewton {

    /** A scalar function (increasing on the interval searched). */
    @FunctionalInterface
    interface Function {
        double value(double x);
    }

    private static final int MAX_ITERATIONS = 200;

    private BracketedNewton() {
    }

    /**
     * @param f         an increasing function of x
     * @param guess     starting point (clamped into [lo, hi])
     * @param lo        lower end of the search interval
     * @param hi        upper end of the search interval
     * @param tolerance absolute tolerance on x
     * @param quantity  the unknown's name, for the error
     * @param unit      its unit
     * @param model     the model solving, for the error
     * @return x in [lo, hi] with f(x) = 0 to within tolerance in x
     * @throws OutOfRangeException if f has no root in [lo, hi]; the value reported is a linear extrapolation of the
     *                             root beyond the nearer end
     */
    static double solve(Function f, double guess, double lo, double hi, double tolerance, String quantity,
                        String unit, String model) {
        double a = lo;
        double b = hi;
        boolean aChecked = false;
        boolean bChecked = false;
        double x = Math.min(hi, Math.max(lo, guess));
        double fx = f.value(x);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            if (fx == 0) {
                return x;
            }
            if (fx < 0) {
                a = x;
                aChecked = true;
            } else {
                b = x;
                bChecked = true;
            }
            double h = 1e-7 * Math.max(1.0, Math.abs(x));
            double step = x + h <= hi ? h : -h;
            double slope = (f.value(x + step) - fx) / step;
            double next = x - fx / slope;
            if (!(slope > 0) || !(next > a && next < b)) {
                if (!aChecked) {
                    double fl = f.value(lo);
                    if (fl > 0) {
                        throw outside(f, lo, fl, -1, quantity, unit, model, lo, hi);
                    }
                    aChecked = true;
                    if (fl == 0) {
                        return lo;
                    }
                }
                if (!bChecked) {
                    double fh = f.value(hi);
                    if (fh < 0) {
                        throw outside(f, hi, fh, +1, quantity, unit, model, lo, hi);
                    }
                    bChecked = true;
                    if (fh == 0) {
                        return hi;
                    }
                }
                next = 0.5 * (a + b);
            }
            if (Math.abs(next - x) <= tolerance || b - a <= tolerance) {
                return next;
            }
            x = next;
            fx = f.value(x);
        }
        return x;
    }

    private static OutOfRangeException outside(Function f, double end, double fEnd, int direction, String quantity,
                                               String unit, String model, double lo, double hi) {
        double h = 1e-6 * Math.max(1.0, Math.abs(end)) * -direction;
        double slope = (f.value(end + h) - fEnd) / h;
        double estimate = slope > 0 ? end - fEnd / slope : end + direction * (hi - lo);
        estimate = direction < 0 ? Math.min(estimate, Math.nextDown(lo)) : Math.max(estimate, Math.nextUp(hi));
        if (!Double.isFinite(estimate)) {
            estimate = direction < 0 ? -Double.MAX_VALUE : Double.MAX_VALUE;
        }
        return new OutOfRangeException(quantity, estimate, lo, hi, unit, model);
    }
}
