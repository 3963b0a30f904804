package io.liquidtwin.physics.fluid;

/**
 * IAPWS-IF97 region 2 (superheated and saturated steam): γ = γ° + γʳ with the ideal-gas part
 * γ° = ln π + Σ n⁰ᵢ τ^J⁰ᵢ and the residual part γʳ = Σ nᵢ π^Iᵢ (τ − 0.5)^Jᵢ, π = p / 1 MPa, τ = 540 K / T.
 *
 * <p>Source: IAPWS R7-97(2012), eqs. 15–17 and tables 10–11. Used here for 273.15 K ≤ T ≤ 623.15 K and
 * 0 &lt; p ≤ p_sat(T); range checks are the caller's ({@link Water}). SI units.
 */
final class If97Region2 {

    /** Reducing pressure p*, Pa. */
    static final double P_STAR_PA = 1.0e6;
    /** Reducing temperature T*, K. */
    static final double T_STAR_K = 540.0;

    private static final int[] J0 = {
            0, 1, -5, -4, -3, -2, -1, 2, 3
    };
    private static final double[] N0 = {
            -9.6927686500217, 10.086655968018, -0.005608791128302,
            0.071452738081455, -0.40710498223928, 1.4240819171444,
            -4.383951131945, -0.28408632460772, 0.021268463753307
    };
    private static final int[] IR = {
            1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 6, 6, 6,
            7, 7, 7, 8, 8, 9, 10, 10, 10, 16, 16, 18, 20, 20, 20, 21, 22, 23, 24, 24, 24
    };
    private static final int[] JR = {
            0, 1, 2, 3, 6, 1, 2, 4, 7, 36, 0, 1, 3, 6, 35, 1, 2, 3, 7, 3, 16, 35,
            0, 11, 25, 8, 36, 13, 4, 10, 14, 29, 50, 57, 20, 35, 48, 21, 53, 39, 26, 40, 58
    };
    private static final double[] NR = {
            -0.0017731742473213, -0.017834862292358, -0.045996013696365,
            -0.057581259083432, -0.05032527872793, -3.3032641670203e-05,
            -0.00018948987516315, -0.0039392777243355, -0.043797295650573,
            -2.6674547914087e-05, 2.0481737692309e-08, 4.3870667284435e-07,
            -3.227767723857e-05, -0.0015033924542148, -0.040668253562649,
            -7.8847309559367e-10, 1.2790717852285e-08, 4.8225372718507e-07,
            2.2922076337661e-06, -1.6714766451061e-11, -0.0021171472321355,
            -23.895741934104, -5.905956432427e-18, -1.2621808899101e-06,
            -0.038946842435739, 1.1256211360459e-11, -8.2311340897998,
            1.9809712802088e-08, 1.0406965210174e-19, -1.0234747095929e-13,
            -1.0018179379511e-09, -8.0882908646985e-11, 0.10693031879409,
            -0.33662250574171, 8.9185845355421e-25, 3.0629316876232e-13,
            -4.2002467698208e-06, -5.9056029685639e-26, 3.7826947613457e-06,
            -1.2768608934681e-15, 7.3087610595061e-29, 5.5414715350778e-17,
            -9.436970724121e-07
    };

    private If97Region2() {
    }

    /** @return γ = γ° + γʳ and its first and second derivatives at (T, p) */
    static Gibbs gibbs(double temperatureK, double pressurePa) {
        double pi = pressurePa / P_STAR_PA;
        double tau = T_STAR_K / temperatureK;
        double g = Math.log(pi);
        double gp = 1.0 / pi;
        double gpp = -1.0 / (pi * pi);
        double gt = 0;
        double gtt = 0;
        double gpt = 0;
        for (int k = 0; k < N0.length; k++) {
            int j = J0[k];
            double tj2 = Powers.ipow(tau, j - 2);
            g += N0[k] * tj2 * tau * tau;
            gt += N0[k] * j * tj2 * tau;
            gtt += N0[k] * j * (j - 1) * tj2;
        }
        double y = tau - 0.5;
        for (int k = 0; k < NR.length; k++) {
            int i = IR[k];
            int j = JR[k];
            double pi2 = Powers.ipow(pi, i - 2);
            double yj2 = Powers.ipow(y, j - 2);
            double pi1 = pi2 * pi;
            double yj1 = yj2 * y;
            double n = NR[k];
            g += n * pi1 * pi * yj1 * y;
            gp += n * i * pi1 * yj1 * y;
            gpp += n * i * (i - 1) * pi2 * yj1 * y;
            gt += n * j * pi1 * pi * yj1;
            gtt += n * j * (j - 1) * pi1 * pi * yj2;
            gpt += n * i * j * pi1 * yj1;
        }
        return new Gibbs(pi, tau, g, gp, gpp, gt, gtt, gpt);
    }
}
