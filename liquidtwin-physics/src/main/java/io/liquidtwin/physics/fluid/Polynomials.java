package io.liquidtwin.physics.fluid;

/** Polynomial evaluation by Horner's scheme (no allocation). */
final class Polynomials {

    private Polynomials() {
    }

    /** @return Σᵢ Σⱼ c[i][j] xⁱ yʲ, evaluated by nested Horner schemes */
    static double bivariate(double[][] c, double x, double y) {
        double outer = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            double[] row = c[i];
            double inner = 0;
            for (int j = row.length - 1; j >= 0; j--) {
                inner = inner * y + row[j];
            }
            outer = outer * x + inner;
        }
        return outer;
    }
}
