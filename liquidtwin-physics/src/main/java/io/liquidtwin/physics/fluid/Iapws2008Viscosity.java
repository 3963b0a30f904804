package io.liquidtwin.physics.fluid;

/**
 * Dynamic viscosity of water, IAPWS R12-08 (2008), μ = μ* · μ̄₀(T̄) · μ̄₁(T̄, ρ̄), without the critical enhancement
 * μ̄₂ (which the release allows for industrial use: it is 1 to within 2 % only in a small region around the
 * critical point, far from any coolant state).
 *
 * <p>μ̄₀ = 100 √T̄ / Σ Hᵢ/T̄ⁱ (eq. 11, table 1); μ̄₁ = exp[ρ̄ Σ Σ Hᵢⱼ (1/T̄ − 1)ⁱ (ρ̄ − 1)ʲ] (eq. 12, table 2);
 * T̄ = T/647.096 K, ρ̄ = ρ/322 kg/m³, μ* = 1 µPa·s. SI units.
 */
final class Iapws2008Viscosity {

    private static final double[] H0 = {1.67752, 2.20462, 0.6366564, -0.241605};

    /** Hᵢⱼ as a dense 6×7 matrix (i = 0…5 rows, j = 0…6 columns); absent terms are 0. */
    private static final double[][] H1 = {
            {0.520094, 0.222531, -0.281378, 0.161913, -0.0325372, 0.0, 0.0},
            {0.0850895, 0.999115, -0.906851, 0.257399, 0.0, 0.0, 0.0},
            {-1.08374, 1.88797, -0.772479, 0.0, 0.0, 0.0, 0.0},
            {-0.289555, 1.26613, -0.489837, 0.0, 0.0698452, 0.0, -0.00435673},
            {0.0, 0.0, -0.25704, 0.0, 0.0, 0.00872102, 0.0},
            {0.0, 0.120573, 0.0, 0.0, 0.0, 0.0, -0.000593264},
    };

    private Iapws2008Viscosity() {
    }

    /** @return dynamic viscosity, Pa·s, at temperature T (K) and density ρ (kg/m³) */
    static double viscosity(double temperatureK, double densityKgM3) {
        double t = temperatureK / Water.CRITICAL_TEMPERATURE_K;
        double d = densityKgM3 / Water.CRITICAL_DENSITY_KG_M3;
        double inv = 1.0 / t;
        double mu0 = 100.0 * Math.sqrt(t) / (H0[0] + inv * (H0[1] + inv * (H0[2] + inv * H0[3])));
        return 1.0e-6 * mu0 * Math.exp(d * Polynomials.bivariate(H1, inv - 1.0, d - 1.0));
    }
}
