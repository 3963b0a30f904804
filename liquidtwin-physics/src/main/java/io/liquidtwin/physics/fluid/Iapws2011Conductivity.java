package io.liquidtwin.physics.fluid;

/**
 * Thermal conductivity of water, IAPWS R15-11 (2011), λ = λ* · λ̄₀(T̄) · λ̄₁(T̄, ρ̄), without the critical
 * enhancement λ̄₂. Below 150 °C in the liquid the enhancement vanishes (python3-iapws, which includes it, agrees
 * with this to the last digit there; the cross-check test proves it).
 *
 * <p>λ̄₀ = √T̄ / Σ Lₖ/T̄ᵏ (eq. 16, table 1); λ̄₁ = exp[ρ̄ Σ Σ Lᵢⱼ (1/T̄ − 1)ⁱ (ρ̄ − 1)ʲ] (eq. 17, table 2);
 * T̄ = T/647.096 K, ρ̄ = ρ/322 kg/m³, λ* = 1 mW/(m·K). SI units.
 */
final class Iapws2011Conductivity {

    private static final double[] L0 = {2.443221e-3, 1.323095e-2, 6.770357e-3, -3.454586e-3, 4.096266e-4};

    /** Lᵢⱼ as a dense 5×6 matrix (i = 0…4 rows, j = 0…5 columns). */
    private static final double[][] L1 = {
            {1.60397357, -0.646013523, 0.111443906, 0.102997357, -0.0504123634, 0.00609859258},
            {2.33771842, -2.78843778, 1.53616167, -0.463045512, 0.0832827019, -0.00719201245},
            {2.19650529, -4.54580785, 3.55777244, -1.40944978, 0.275418278, -0.0205938816},
            {-1.21051378, 1.60812989, -0.621178141, 0.0716373224, 0.0, 0.0},
            {-2.720337, 4.57586331, -3.18369245, 1.1168348, -0.19268305, 0.012913842},
    };

    private Iapws2011Conductivity() {
    }

    /** @return thermal conductivity, W/(m·K), at temperature T (K) and density ρ (kg/m³) */
    static double conductivity(double temperatureK, double densityKgM3) {
        double t = temperatureK / Water.CRITICAL_TEMPERATURE_K;
        double d = densityKgM3 / Water.CRITICAL_DENSITY_KG_M3;
        double inv = 1.0 / t;
        double lambda0 = Math.sqrt(t) / (L0[0] + inv * (L0[1] + inv * (L0[2] + inv * (L0[3] + inv * L0[4]))));
        return 1.0e-3 * lambda0 * Math.exp(d * Polynomials.bivariate(L1, inv - 1.0, d - 1.0));
    }
}
