package io.liquidtwin.physics.fluid;

/**
 * IAPWS-IF97 region 1 (compressed and saturated liquid water): the dimensionless Gibbs free energy
 * γ(π, τ) = Σ nᵢ (7.1 − π)^Iᵢ (τ − 1.222)^Jᵢ with π = p / 16.53 MPa and τ = 1386 K / T, and its derivatives.
 *
 * <p>Source: IAPWS R7-97(2012), Revised Release on the IAPWS Industrial Formulation 1997 for the Thermodynamic
 * Properties of Water and Steam, eq. 7 and table 2 (coefficients). Valid for 273.15 K ≤ T ≤ 623.15 K and
 * p_sat(T) ≤ p ≤ 100 MPa; range checks are the caller's ({@link Water}). SI units; no allocation besides the result.
 */
final class If97Region1 {

    /** Reducing pressure p*, Pa. */
    static final double P_STAR_PA = 16.53e6;
    /** Reducing temperature T*, K. */
    static final double T_STAR_K = 1386.0;

    private static final int[] I = {
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2,
            2, 2, 3, 3, 3, 4, 4, 4, 5, 8, 8, 21, 23, 29, 30, 31, 32
    };
    private static final int[] J = {
            -2, -1, 0, 1, 2, 3, 4, 5, -9, -7, -1, 0, 1, 3, -3, 0, 1,
            3, 17, -4, 0, 6, -5, -2, 10, -8, -11, -6, -29, -31, -38, -39, -40, -41
    };
    private static final double[] N = {
            0.14632971213167, -0.84548187169114, -3.756360367204,
            3.3855169168385, -0.95791963387872, 0.15772038513228,
            -0.016616417199501, 0.00081214629983568, 0.00028319080123804,
            -0.00060706301565874, -0.018990068218419, -0.032529748770505,
            -0.021841717175414, -5.283835796993e-05, -0.00047184321073267,
            -0.00030001780793026, 4.7661393906987e-05, -4.4141845330846e-06,
            -7.2694996297594e-16, -3.1679644845054e-05, -2.8270797985312e-06,
            -8.5205128120103e-10, -2.2425281908e-06, -6.5171222895601e-07,
            -1.4341729937924e-13, -4.0516996860117e-07, -1.2734301741641e-09,
            -1.7424871230634e-10, -6.8762131295531e-19, 1.4478307828521e-20,
            2.6335781662795e-23, -1.1947622640071e-23, 1.8228094581404e-24,
            -9.3537087292458e-26
    };

    private If97Region1() {
    }

    /** Lowest and highest exponents of (τ − 1.222) any derivative needs: J − 2 ≥ −43, J ≤ 17. */
    private static final int Y_MIN = -43;
    private static final int Y_MAX = 17;
    /** Highest exponent of (7.1 − π). */
    private static final int X_MAX = 32;

    /**
     * @return γ and its first and second derivatives at (T, p). The powers of (7.1 − π) and (τ − 1.222) are tabulated
     *     once per call by repeated multiplication, which is several times faster than a power per term.
     */
    static Gibbs gibbs(double temperatureK, double pressurePa) {
        double pi = pressurePa / P_STAR_PA;
        double tau = T_STAR_K / temperatureK;
        double x = 7.1 - pi;
        double y = tau - 1.222;
        double[] xp = new double[X_MAX + 3]; // xp[k + 2] = x^k, k = −2 … 32
        double[] yp = new double[Y_MAX - Y_MIN + 1]; // yp[k − Y_MIN] = y^k
        Powers.fill(xp, x, 2);
        Powers.fill(yp, y, -Y_MIN);
        double g = 0;
        double gp = 0;
        double gpp = 0;
        double gt = 0;
        double gtt = 0;
        double gpt = 0;
        for (int k = 0; k < N.length; k++) {
            int i = I[k];
            int j = J[k];
            double xi2 = xp[i];
            double xi1 = xp[i + 1];
            double xi = xp[i + 2];
            int jy = j - Y_MIN;
            double yj2 = yp[jy - 2];
            double yj1 = yp[jy - 1];
            double yj = yp[jy];
            double n = N[k];
            g += n * xi * yj;
            gp -= n * i * xi1 * yj;
            gpp += n * i * (i - 1) * xi2 * yj;
            gt += n * j * xi * yj1;
            gtt += n * j * (j - 1) * xi * yj2;
            gpt -= n * i * j * xi1 * yj1;
        }
        return new Gibbs(pi, tau, g, gp, gpp, gt, gtt, gpt);
    }

    /**
     * The transport-property set at (T, p) without allocating anything but the result: only γπ (density) and γττ
     * (cp) are summed. Terms are visited in order of rising I, so (7.1 − π)^(I−1) is a running product; (τ − 1.222)^J
     * comes from {@link Powers#ipow} of y or 1/y, so no division happens inside the loop.
     */
    static FluidProperties properties(double temperatureK, double pressurePa) {
        double pi = pressurePa / P_STAR_PA;
        double tau = T_STAR_K / temperatureK;
        double x = 7.1 - pi;
        double y = tau - 1.222;
        double yInv = 1.0 / y;
        double yInv2 = yInv * yInv;
        double xPow = 1.0 / x; // x^(I−1) for the current I
        int xExp = 0;
        double gp = 0;
        double gtt = 0;
        for (int k = 0; k < N.length; k++) {
            int i = I[k];
            int j = J[k];
            while (xExp < i) {
                xPow *= x;
                xExp++;
            }
            double yj = j >= 0 ? Powers.ipow(y, j) : Powers.ipow(yInv, -j);
            double n = N[k];
            gp -= n * i * xPow * yj;
            gtt += n * j * (j - 1) * xPow * x * yj * yInv2;
        }
        double rho = pressurePa / (pi * gp * Water.R_J_KG_K * temperatureK);
        double cp = -tau * tau * gtt * Water.R_J_KG_K;
        return new FluidProperties(rho, cp, Iapws2008Viscosity.viscosity(temperatureK, rho),
                Iapws2011Conductivity.conductivity(temperatureK, rho));
    }

    /** @return density, kg/m³ */
    static double density(double temperatureK, double pressurePa) {
        return 1.0 / gibbs(temperatureK, pressurePa).specificVolume(temperatureK, pressurePa);
    }
}
