package io.liquidtwin.physics.component;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;

/**
 * One stage of the power chain (transformer, UPS, PDU) with the standard three-term loss model, as a function of
 * the power it delivers P (load fraction x = P/P_rated):
 * <pre>losses(P) = P₀ + k·P + P_q·x²,   input = P + losses,   η = P/input</pre>
 * P₀ is the no-load loss (transformer core, UPS control and fans), k·P the losses proportional to load
 * (semiconductor conduction in double-conversion UPSs), P_q·x² the resistive (copper) losses at rated load. Source:
 * IEC 60076-1 / EN 50588 for transformers (no-load and load losses); the same form fitted to UPS efficiency curves
 * (e.g. IEC 62040-3 efficiency at 25/50/75/100 % load) by {@link #throughEfficiencies}. A load above rating is
 * accepted (the curve extrapolates); it is the caller's job to flag overload.
 *
 * @param name                     how reports name the stage
 * @param ratedPowerW              rated output, W, &gt; 0
 * @param noLoadLossW              P₀, W, ≥ 0
 * @param proportionalLossFraction k, ≥ 0
 * @param quadraticLossAtRatedW    P_q, W, ≥ 0
 */
public record ElectricalStage(String name, double ratedPowerW, double noLoadLossW, double proportionalLossFraction,
                              double quadraticLossAtRatedW) {

    /** Model name used in error messages. */
    public static final String MODEL = "electrical stage";

    /** Checks the parameters. */
    public ElectricalStage {
        if (name == null) {
            throw new IllegalArgumentException("electrical stage name is null");
        }
        Range.positive("rated power", ratedPowerW, "W", MODEL + " " + name);
        Checks.nonNegative("no-load loss", noLoadLossW, "W", MODEL + " " + name);
        Checks.nonNegative("proportional loss fraction", proportionalLossFraction, "", MODEL + " " + name);
        Checks.nonNegative("quadratic loss at rated load", quadraticLossAtRatedW, "W", MODEL + " " + name);
    }

    /** @return a stage without losses (absent equipment) */
    public static ElectricalStage lossless(String name) {
        return new ElectricalStage(name, 1, 0, 0, 0);
    }

    /**
     * Fits P₀, k and P_q through the efficiencies at three distinct load fractions.
     *
     * @throws OutOfRangeException if an efficiency is not in (0, 1] or the fit gives a negative term
     */
    public static ElectricalStage throughEfficiencies(String name, double ratedPowerW, double x1, double eta1,
                                                      double x2, double eta2, double x3, double eta3) {
        double[] x = {x1, x2, x3};
        double[] eta = {eta1, eta2, eta3};
        double[][] a = new double[3][4];
        for (int i = 0; i < 3; i++) {
            Range.positive("load fraction", x[i], "", MODEL + " " + name);
            Checks.efficiency("efficiency", eta[i], MODEL + " " + name);
            double p = x[i] * ratedPowerW;
            a[i][0] = 1;
            a[i][1] = p;
            a[i][2] = x[i] * x[i];
            a[i][3] = p * (1 / eta[i] - 1); // losses at that point
        }
        double det = det3(a, -1);
        if (det == 0 || !Double.isFinite(det)) {
            throw new IllegalArgumentException("electrical stage " + name + ": load fractions must be distinct");
        }
        double p0 = det3(a, 0) / det;
        double k = det3(a, 1) / det;
        double pq = det3(a, 2) / det;
        String model = MODEL + " " + name + " (fitted)";
        return new ElectricalStage(name, ratedPowerW, Checks.nonNegative("no-load loss", clean(p0, ratedPowerW),
                "W", model), Checks.nonNegative("proportional loss fraction", clean(k, 1), "", model),
                Checks.nonNegative("quadratic loss", clean(pq, ratedPowerW), "W", model));
    }

    /** Rounds fitting noise (|v| below 1e-12 of its scale) to 0 so an exact zero term is not refused. */
    private static double clean(double v, double scale) {
        return Math.abs(v) < 1e-12 * scale ? 0 : v;
    }

    /** Cramer's rule: determinant of the 3×3 matrix with column {@code replace} replaced by the right side (−1: none). */
    private static double det3(double[][] a, int replace) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = j == replace ? a[i][3] : a[i][j];
            }
        }
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** @return losses at output power P ≥ 0, W */
    public double lossesW(double outputW) {
        if (!(outputW >= 0 && outputW < Double.POSITIVE_INFINITY)) { // the model name is built only on failure
            Checks.nonNegative("output power", outputW, "W", MODEL + " " + name);
        }
        double x = outputW / ratedPowerW;
        return noLoadLossW + proportionalLossFraction * outputW + quadraticLossAtRatedW * x * x;
    }

    /** @return efficiency at output power P (0 at P = 0 with no-load loss; 1 for a lossless stage) */
    public double efficiency(double outputW) {
        double losses = lossesW(outputW);
        return losses == 0 ? 1 : outputW / (outputW + losses);
    }
}
