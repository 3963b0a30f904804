package io.liquidtwin.physics.fluid;

/** Integer powers (by repeated squaring, or tabulated by repeated multiplication): exact to a few ulps and much faster
 * than {@link Math#pow}. */
final class Powers {

    private Powers() {
    }

    /** @return xⁿ for any int n (x ≠ 0 when n &lt; 0) */
    static double ipow(double x, int n) {
        if (n < 0) {
            return 1.0 / ipow(x, -n);
        }
        double result = 1.0;
        double base = x;
        int e = n;
        while (e != 0) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
            e >>>= 1;
        }
        return result;
    }

    /** Fills table[zero + k] = base^k for every k the table holds (negative k through 1/base). */
    static void fill(double[] table, double base, int zero) {
        table[zero] = 1.0;
        for (int k = zero + 1; k < table.length; k++) {
            table[k] = table[k - 1] * base;
        }
        double inv = 1.0 / base;
        for (int k = zero - 1; k >= 0; k--) {
            table[k] = table[k + 1] * inv;
        }
    }
}
