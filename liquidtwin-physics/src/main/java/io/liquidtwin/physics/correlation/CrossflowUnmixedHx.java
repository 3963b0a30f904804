package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;

/**
 * ε-NTU relation of a single-pass crossflow heat exchanger with both fluids unmixed, exact and approximate, and the
 * inverses NTU(ε).
 *
 * <p><b>Exact</b> ({@link #effectiveness}): the analytical solution of Mason (1954) / Baclic (1990) as a series,
 * <pre>
 * ε = 1/(Cr·NTU) · Σ_{n≥0} P(X &gt; n) · P(Y &gt; n),   X ~ Poisson(NTU), Y ~ Poisson(Cr·NTU)
 * (P(X &gt; n) = 1 − e^(−NTU) Σ_{m≤n} NTU^m/m!)
 * </pre>
 * summed with the Poisson tails accumulated backwards (sums of positive terms only, no cancellation), accurate to a
 * few 10⁻¹⁵ relative. This is the form that reproduces PHYSICS.md's reference value 0.8444821800 (NTU 5, Cr 0.7).
 * Validity: 0 ≤ NTU ≤ 500 (the cost grows like NTU; at NTU 500, Cr 1 it has reached ε = 0.975), 0 ≤ Cr ≤ 1.
 *
 * <p><b>Approximate</b> ({@link #approximateEffectiveness}), Incropera Table 11.3 (after Kays &amp; London):
 * <pre>ε = 1 − exp[ (NTU^0.22 / Cr) (exp(−Cr·NTU^0.78) − 1) ]</pre>
 * cheap and closed-form but up to 3.8 % (relative) or 0.033 (absolute, NTU 20, Cr 0.78) away from the exact solution
 * for NTU ≤ 20; it gives 0.8444804 at NTU 5, Cr 0.7 (2·10⁻⁶ from the exact value). Validity: NTU ≥ 0, 0 ≤ Cr ≤ 1.
 *
 * <p>Cr = 0 gives ε = 1 − e^(−NTU) in both. Both tend to 1 as NTU → ∞. The inverses use a bracketed Brent solve
 * between the counterflow NTU (a lower bound) and the parallel-flow NTU (an upper bound where it exists).
 */
public final class CrossflowUnmixedHx {

    /** Model name (exact series) used in error messages. */
    public static final String MODEL = "ε-NTU crossflow, both fluids unmixed (exact series)";

    /** Model name (approximation) used in error messages. */
    public static final String MODEL_APPROXIMATE = "ε-NTU crossflow, both fluids unmixed (approximation)";

    /** Largest NTU accepted by the exact series. */
    public static final double MAX_NTU = 500;

    /** Validity range of NTU for the exact series. */
    public static final Range NTU = new Range("NTU", 0, MAX_NTU, "", MODEL);

    /** Validity range of the capacity ratio Cmin/Cmax (exact series). */
    public static final Range CAPACITY_RATIO = new Range("capacity ratio Cmin/Cmax", 0, 1, "", MODEL);

    /** Validity range of the capacity ratio Cmin/Cmax (approximation). */
    public static final Range CAPACITY_RATIO_APPROXIMATE =
            new Range("capacity ratio Cmin/Cmax", 0, 1, "", MODEL_APPROXIMATE);

    /** Poisson probabilities below this are dropped (well above the subnormal range). */
    private static final double TINY = 1e-280;
    /** Below this Cr·NTU the series equals its Cr → 0 limit to better than 1e-21 relative. */
    private static final double NEGLIGIBLE_CR_NTU = 1e-24;
    private static final double MAX_NTU_APPROXIMATE_SOLVE = 1e15;
    private static final int MAX_BRENT_ITERATIONS = 200;

    private CrossflowUnmixedHx() {
    }

    /**
     * Exact effectiveness (series solution).
     *
     * @param ntu           number of transfer units UA/Cmin, dimensionless, in [0, 500]
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return effectiveness, dimensionless, in [0, 1]
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double effectiveness(double ntu, double capacityRatio) {
        NTU.check(ntu);
        CAPACITY_RATIO.check(capacityRatio);
        return exact(ntu, capacityRatio);
    }

    /**
     * Approximate effectiveness (Incropera's closed form).
     *
     * @param ntu           number of transfer units UA/Cmin, dimensionless, ≥ 0
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return effectiveness, dimensionless, in [0, 1]
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double approximateEffectiveness(double ntu, double capacityRatio) {
        Range.atLeast("NTU", ntu, 0, "", MODEL_APPROXIMATE);
        CAPACITY_RATIO_APPROXIMATE.check(capacityRatio);
        return approximate(ntu, capacityRatio);
    }

    /**
     * Inverse of {@link #effectiveness}: the NTU in [0, 500] giving effectiveness ε.
     *
     * @param effectiveness effectiveness, dimensionless, in [0, ε(500, Cr)] (ε(500, Cr) is 0.9748 at Cr = 1, 0.9985
     *                      at Cr = 0.9 and within 2·10⁻⁹ of 1 for Cr ≤ 0.7)
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return NTU, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double ntu(double effectiveness, double capacityRatio) {
        CAPACITY_RATIO.check(capacityRatio);
        Checks.belowExclusive("effectiveness", effectiveness, 1.0, "", MODEL);
        return solve(true, effectiveness, capacityRatio, MAX_NTU, MODEL);
    }

    /**
     * Inverse of {@link #approximateEffectiveness}.
     *
     * @param effectiveness effectiveness, dimensionless, in [0, 1)
     * @param capacityRatio Cmin/Cmax, dimensionless, in [0, 1]
     * @return NTU, dimensionless
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN)
     */
    public static double approximateNtu(double effectiveness, double capacityRatio) {
        CAPACITY_RATIO_APPROXIMATE.check(capacityRatio);
        Checks.belowExclusive("effectiveness", effectiveness, 1.0, "", MODEL_APPROXIMATE);
        return solve(false, effectiveness, capacityRatio, MAX_NTU_APPROXIMATE_SOLVE, MODEL_APPROXIMATE);
    }

    static double exact(double ntu, double cr) {
        double x = ntu;
        double y = cr * ntu;
        if (y < NEGLIGIBLE_CR_NTU) {
            return -Math.expm1(-x); // Cr → 0 limit (also NTU = 0)
        }
        double a0 = -Math.expm1(-x);
        // Forward pass: Poisson pmf p_x(n), p_y(n) by recurrence up to K where the rest of the sum is < 1e-20 of it;
        // remember the last index (and value) at which each pmf is still representable with full precision.
        double px = Math.exp(-x);
        double py = Math.exp(-y);
        int kx = 0;
        int ky = 0;
        double pxAtKx = px;
        double pyAtKy = py;
        int n = 0;
        int limit = (int) (2 * x) + 1000;
        while (n < limit) {
            n++;
            px *= x / n;
            py *= y / n;
            if (px >= TINY) {
                kx = n;
                pxAtKx = px;
            }
            if (py >= TINY) {
                ky = n;
                pyAtKy = py;
            }
            if (n > x + 1) {
                double g = 1.0 - x / (n + 1);
                if (px <= 1e-20 * a0 * g * g) {
                    break;
                }
            }
        }
        // Backward pass: tails A = P(X > m) = Σ_{j>m} p_x(j) (and B likewise), sum of A·B for m = n−1 … 0.
        double tailX = 0;
        double tailY = 0;
        double sum = 0;
        px = pxAtKx;
        py = pyAtKy;
        for (int m = n - 1; m >= 0; m--) {
            int j = m + 1;
            if (j <= kx) {
                tailX += px;
                px *= j / x;
            }
            if (j <= ky) {
                tailY += py;
                py *= j / y;
            }
            sum += tailX * tailY;
        }
        return Math.min(1.0, sum / y);
    }

    static double approximate(double ntu, double cr) {
        if (cr * ntu < NEGLIGIBLE_CR_NTU) {
            return -Math.expm1(-ntu);
        }
        return -Math.expm1(Math.pow(ntu, 0.22) / cr * Math.expm1(-cr * Math.pow(ntu, 0.78)));
    }

    private static double eval(boolean exact, double ntu, double cr) {
        return exact ? exact(ntu, cr) : approximate(ntu, cr);
    }

    /** Requires 0 ≤ ε &lt; 1, 0 ≤ Cr ≤ 1. */
    private static double solve(boolean exact, double eff, double cr, double maxNtu, String model) {
        if (eff == 0) {
            return 0;
        }
        if (cr == 0) {
            return -Math.log1p(-eff);
        }
        double lo = CounterflowHx.ntuUnchecked(eff, cr); // counterflow needs the least NTU for a given ε
        double flo = eval(exact, lo, cr) - eff;
        if (flo > 0) {
            lo = 0;
            flo = -eff;
        }
        double hi = eff * (1.0 + cr) < 1.0 ? ParallelFlowHx.ntuUnchecked(eff, cr) : Math.max(2 * lo, 1.0);
        hi = Math.min(Math.max(hi, lo), maxNtu);
        double fhi = eval(exact, hi, cr) - eff;
        while (fhi < 0) {
            if (hi >= maxNtu) {
                throw new OutOfRangeException("effectiveness", eff, 0, eval(exact, maxNtu, cr), "", model);
            }
            lo = hi;
            flo = fhi;
            hi = Math.min(2 * hi, maxNtu);
            fhi = eval(exact, hi, cr) - eff;
        }
        if (flo == 0) {
            return lo;
        }
        if (fhi == 0) {
            return hi;
        }
        return brent(exact, cr, eff, lo, flo, hi, fhi);
    }

    /** Brent's method (R. P. Brent, Algorithms for Minimization without Derivatives, 1973, ch. 4) on a bracket. */
    private static double brent(boolean exact, double cr, double eff, double a, double fa, double b, double fb) {
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int i = 0; i < MAX_BRENT_ITERATIONS; i++) {
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * Math.ulp(1.0) * Math.abs(b) + Double.MIN_NORMAL;
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                return b;
            }
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = m;
            } else {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) { // secant
                    p = 2 * m * s;
                    q = 1 - s;
                } else { // inverse quadratic interpolation
                    double qa = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                double ePrev = e;
                e = d;
                if (p >= 1.5 * m * q - Math.abs(tol * q) || p >= Math.abs(0.5 * ePrev * q)) {
                    d = m;
                    e = m;
                } else {
                    d = p / q;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = eval(exact, b, cr) - eff;
            if ((fb > 0) == (fc > 0)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
        }
        return b;
    }
}
