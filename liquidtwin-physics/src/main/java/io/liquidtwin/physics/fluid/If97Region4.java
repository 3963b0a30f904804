package io.liquidtwin.physics.fluid;

/**
 * IAPWS-IF97 region 4: the saturation line of water, p_sat(T) and its exact inverse T_sat(p).
 *
 * <p>Source: IAPWS R7-97(2012), eqs. 30–31 and table 34. Valid for 273.15 K ≤ T ≤ 647.096 K
 * (611.213 Pa ≤ p ≤ 22.064 MPa); range checks are the caller's ({@link Water}). SI units.
 */
final class If97Region4 {

    /** Index 0 unused so the indices match the release's n₁ … n₁₀. */
    private static final double[] N = {
            0.0, 1167.0521452767, -724213.16703206,
            -17.073846940092, 12020.82470247, -3232555.0322333,
            14.91510861353, -4823.2657361591, 405113.40542057,
            -0.23855557567849, 650.17534844798
    };

    private If97Region4() {
    }

    /** @return saturation pressure at temperature T, Pa (eq. 30) */
    static double saturationPressure(double temperatureK) {
        double theta = temperatureK + N[9] / (temperatureK - N[10]);
        double a = theta * theta + N[1] * theta + N[2];
        double b = N[3] * theta * theta + N[4] * theta + N[5];
        double c = N[6] * theta * theta + N[7] * theta + N[8];
        double r = 2 * c / (-b + Math.sqrt(b * b - 4 * a * c));
        double r2 = r * r;
        return r2 * r2 * 1.0e6;
    }

    /** @return saturation temperature at pressure p, K (eq. 31) */
    static double saturationTemperature(double pressurePa) {
        double beta = Math.sqrt(Math.sqrt(pressurePa / 1.0e6));
        double e = beta * beta + N[3] * beta + N[6];
        double f = N[1] * beta * beta + N[4] * beta + N[7];
        double g = N[2] * beta * beta + N[5] * beta + N[8];
        double d = 2 * g / (-f - Math.sqrt(f * f - 4 * e * g));
        double s = N[10] + d;
        return (s - Math.sqrt(s * s - 4 * (N[9] + N[10] * d))) / 2;
    }
}
