package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Zuber–Kutateladze critical (maximum) heat flux of saturated pool boiling on a large horizontal surface:
 * <pre>q_max = K · hfg · ρv · [ σ g (ρl − ρv) / ρv² ]^¼</pre>
 * with g = {@link Gravity#STANDARD_M_S2}.
 *
 * <p>Source: N. Zuber, "Hydrodynamic aspects of boiling heat transfer", AEC Report AECU-4439 (1959), K = π/24 ≈ 0.131;
 * Kutateladze (1948) for the form; J. H. Lienhard, V. K. Dhir, NASA CR-2270 (1973), K = 0.149 for large flat heaters
 * (Incropera eq. 10.7). Validity: K in [π/24, 0.149]; saturated liquid, heater large compared with the capillary
 * length √(σ/(g(ρl − ρv))) (Lienhard–Dhir: L/L_b ≳ 27 for 0.149); ρl &gt; ρv.
 */
public final class ZuberChf {

    /** Model name used in error messages. */
    public static final String MODEL = "Zuber critical heat flux";

    /** Zuber's coefficient π/24 ≈ 0.1309. */
    public static final double ZUBER_K = Math.PI / 24.0;

    /** Lienhard and Dhir's coefficient for large flat heaters. */
    public static final double LIENHARD_DHIR_K = 0.149;

    /** Validity range of the coefficient K. */
    public static final Range COEFFICIENT = new Range("CHF coefficient K", ZUBER_K, LIENHARD_DHIR_K, "", MODEL);

    private ZuberChf() {
    }

    /**
     * @param surfaceTensionNM  surface tension σ, N/m, &gt; 0
     * @param latentHeatJKg     latent heat hfg, J/kg, &gt; 0
     * @param liquidDensityKgM3 saturated liquid density ρl, kg/m³, &gt; 0
     * @param vapourDensityKgM3 saturated vapour density ρv, kg/m³, in (0, ρl)
     * @param coefficientK      K, dimensionless, in [π/24, 0.149]
     * @return critical heat flux, W/m²
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double criticalHeatFluxWM2(double surfaceTensionNM, double latentHeatJKg, double liquidDensityKgM3,
                                             double vapourDensityKgM3, double coefficientK) {
        Range.positive("surface tension", surfaceTensionNM, "N/m", MODEL);
        Range.positive("latent heat", latentHeatJKg, "J/kg", MODEL);
        Range.positive("liquid density", liquidDensityKgM3, "kg/m³", MODEL);
        Range.positive("vapour density", vapourDensityKgM3, "kg/m³", MODEL);
        Checks.belowExclusive("vapour density", vapourDensityKgM3, liquidDensityKgM3, "kg/m³", MODEL);
        COEFFICIENT.check(coefficientK);
        double q = coefficientK * latentHeatJKg * vapourDensityKgM3 * Math.pow(surfaceTensionNM * Gravity.STANDARD_M_S2
                * (liquidDensityKgM3 - vapourDensityKgM3) / (vapourDensityKgM3 * vapourDensityKgM3), 0.25);
        return Checks.finiteResult("critical heat flux", q, "W/m²", MODEL);
    }
}
