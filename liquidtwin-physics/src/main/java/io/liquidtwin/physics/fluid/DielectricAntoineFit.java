package io.liquidtwin.physics.fluid;

/**
 * A saturation curve ln p = A − B/(T + C) (p in Pa, T in K) fitted to a record's saturation points.
 *
 * <p>With exactly two points the fit is Clausius–Clapeyron with C = 0 through both points. With three or more it is
 * Antoine's form, C included, fitted by least squares on ln p (Gauss–Newton from the C = 0 regression, with step
 * halving). The saturation temperature is the exact inverse T = B/(A − ln p) − C.
 *
 * @param a           A, dimensionless (ln Pa)
 * @param b           B, K (positive: pressure increases with temperature)
 * @param c           C, K
 * @param maxResidual largest |ln p − fit| over the points (0 for two points), i.e. a relative error in p
 */
record DielectricAntoineFit(double a, double b, double c, double maxResidual) {

    /** Fits the curve; temperatures strictly increasing, pressures positive (checked by the caller). */
    static DielectricAntoineFit fit(double[] temperaturesK, double[] pressuresPa) {
        int n = temperaturesK.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.log(pressuresPa[i]);
        }
        double[] x = clausiusClapeyron(temperaturesK, y);
        if (n >= 3) {
            x = gaussNewton(temperaturesK, y, x);
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(y[i] - lnP(x, temperaturesK[i])));
        }
        return new DielectricAntoineFit(x[0], x[1], x[2], worst);
    }

    /** @return ln of the saturation pressure (Pa) at T (K) */
    double lnPressure(double temperatureK) {
        return a - b / (temperatureK + c);
    }

    /** @return saturation pressure at T, Pa */
    double pressurePa(double temperatureK) {
        return Math.exp(lnPressure(temperatureK));
    }

    /** @return saturation temperature at p, K (exact inverse of {@link #pressurePa}) */
    double temperatureK(double pressurePa) {
        return b / (a - Math.log(pressurePa)) - c;
    }

    /** @return d(ln p)/d(1/T) at T, K (negative) */
    double slopeLnPInverseT(double temperatureK) {
        double s = temperatureK + c;
        return -b * temperatureK * temperatureK / (s * s);
    }

    /** @return whether T + C stays positive at T (the form's pole lies below it) */
    boolean regularAt(double temperatureK) {
        return temperatureK + c > 0;
    }

    private static double lnP(double[] x, double t) {
        return x[0] - x[1] / (t + x[2]);
    }

    /** Linear least squares of ln p on 1/T (C = 0); exact through two points. */
    private static double[] clausiusClapeyron(double[] t, double[] y) {
        int n = t.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += 1.0 / t[i] / n;
            my += y[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = 1.0 / t[i] - mx;
            sxx += dx * dx;
            sxy += dx * (y[i] - my);
        }
        double slope = sxy / sxx; // = −B
        return new double[] {my - slope * mx, -slope, 0.0};
    }

    private static double[] gaussNewton(double[] t, double[] y, double[] start) {
        double[] x = start.clone();
        double ssr = ssr(t, y, x);
        for (int iter = 0; iter < 200 && ssr > 0; iter++) {
            double[][] jtj = new double[3][3];
            double[] jtr = new double[3];
            for (int i = 0; i < t.length; i++) {
                double s = t[i] + x[2];
                double[] row = {1.0, -1.0 / s, x[1] / (s * s)};
                double r = y[i] - lnP(x, t[i]);
                for (int j = 0; j < 3; j++) {
                    jtr[j] += row[j] * r;
                    for (int k = 0; k < 3; k++) {
                        jtj[j][k] += row[j] * row[k];
                    }
                }
            }
            double[] step = solveScaled(jtj, jtr);
            if (step == null) {
                break;
            }
            boolean improved = false;
            for (double lambda = 1.0; lambda > 1e-9; lambda /= 2) {
                double[] trial = {x[0] + lambda * step[0], x[1] + lambda * step[1], x[2] + lambda * step[2]};
                if (!poleBelow(t, trial[2])) {
                    continue;
                }
                double trialSsr = ssr(t, y, trial);
                if (trialSsr < ssr) {
                    improved = ssr - trialSsr > 1e-15 * ssr;
                    x = trial;
                    ssr = trialSsr;
                    break;
                }
            }
            if (!improved) {
                break;
            }
        }
        return x;
    }

    private static boolean poleBelow(double[] t, double c) {
        for (double ti : t) {
            if (!(ti + c > 0)) {
                return false;
            }
        }
        return true;
    }

    private static double ssr(double[] t, double[] y, double[] x) {
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double r = y[i] - lnP(x, t[i]);
            sum += r * r;
        }
        return sum;
    }

    /** Solves (JᵀJ) δ = Jᵀr after scaling to unit diagonal; null if singular. */
    private static double[] solveScaled(double[][] m, double[] g) {
        double[] d = new double[3];
        for (int j = 0; j < 3; j++) {
            d[j] = Math.sqrt(m[j][j]);
            if (!(d[j] > 0)) {
                return null;
            }
        }
        double[][] a = new double[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = m[i][j] / (d[i] * d[j]);
            }
            a[i][3] = g[i] / d[i];
        }
        for (int col = 0; col < 3; col++) {
            int pivot = col;
            for (int r = col + 1; r < 3; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-14) {
                return null;
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = col + 1; r < 3; r++) {
                double f = a[r][col] / a[col][col];
                for (int k = col; k < 4; k++) {
                    a[r][k] -= f * a[col][k];
                }
            }
        }
        double[] z = new double[3];
        for (int i = 2; i >= 0; i--) {
            double s = a[i][3];
            for (int k = i + 1; k < 3; k++) {
                s -= a[i][k] * z[k];
            }
            z[i] = s / a[i][i];
        }
        return new double[] {z[0] / d[0], z[1] / d[1], z[2] / d[2]};
    }
}
