package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Rohsenow's correlation for nucleate pool boiling:
 * <pre>
 * q = μl·hfg·[g(ρl − ρv)/σ]^½ · [cpl·ΔTe / (Csf·hfg·Prl^n)]³,   h = q/ΔTe,   Prl = cpl·μl/kl
 * </pre>
 * with ΔTe = T_wall − T_sat the excess temperature and g = {@link Gravity#STANDARD_M_S2}.
 *
 * <p>Source: W. M. Rohsenow, "A method of correlating heat transfer data for surface boiling of liquids",
 * Trans. ASME 74 (1952) 969–976; Incropera eq. 10.5. Csf depends on the fluid–surface pair (water on copper 0.013,
 * on oxidised aluminium 0.011, ...) and n is 1 for water, 1.7 for other fluids in Rohsenow's data: both are parameters,
 * and fluorinated coolants need them fitted to data. Errors of ±100 % in q (±25 % in ΔTe) are typical. Validity:
 * nucleate pool boiling, i.e. ΔTe above the onset of nucleate boiling and q below the critical heat flux
 * ({@link ZuberChf}); the correlation itself only requires ρl &gt; ρv and positive properties, which is what is checked.
 */
public final class Rohsenow {

    /** Model name used in error messages. */
    public static final String MODEL = "Rohsenow nucleate boiling";

    private Rohsenow() {
    }

    /**
     * @param liquidDensityKgM3      saturated liquid density ρl, kg/m³, &gt; 0
     * @param vapourDensityKgM3      saturated vapour density ρv, kg/m³, in [0, ρl)
     * @param liquidViscosityPaS     liquid viscosity μl, Pa·s, &gt; 0
     * @param liquidConductivityWMK  liquid thermal conductivity kl, W/(m·K), &gt; 0
     * @param liquidSpecificHeatJKgK liquid specific heat cpl, J/(kg·K), &gt; 0
     * @param latentHeatJKg          latent heat hfg, J/kg, &gt; 0
     * @param surfaceTensionNM       surface tension σ, N/m, &gt; 0
     * @param excessTemperatureK     ΔTe = T_wall − T_sat, K, ≥ 0
     * @param csf                    surface–fluid coefficient Csf, dimensionless, &gt; 0
     * @param prandtlExponent        Prandtl exponent n, dimensionless, &gt; 0
     * @return heat flux q, W/m²
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double heatFluxWM2(double liquidDensityKgM3, double vapourDensityKgM3, double liquidViscosityPaS,
                                     double liquidConductivityWMK, double liquidSpecificHeatJKgK, double latentHeatJKg,
                                     double surfaceTensionNM, double excessTemperatureK, double csf,
                                     double prandtlExponent) {
        return coefficient(liquidDensityKgM3, vapourDensityKgM3, liquidViscosityPaS, liquidConductivityWMK,
                liquidSpecificHeatJKgK, latentHeatJKg, surfaceTensionNM, excessTemperatureK, csf, prandtlExponent)
                * excessTemperatureK * excessTemperatureK * excessTemperatureK;
    }

    /**
     * The heat transfer coefficient h = q/ΔTe ("h form").
     *
     * @param liquidDensityKgM3      saturated liquid density ρl, kg/m³, &gt; 0
     * @param vapourDensityKgM3      saturated vapour density ρv, kg/m³, in [0, ρl)
     * @param liquidViscosityPaS     liquid viscosity μl, Pa·s, &gt; 0
     * @param liquidConductivityWMK  liquid thermal conductivity kl, W/(m·K), &gt; 0
     * @param liquidSpecificHeatJKgK liquid specific heat cpl, J/(kg·K), &gt; 0
     * @param latentHeatJKg          latent heat hfg, J/kg, &gt; 0
     * @param surfaceTensionNM       surface tension σ, N/m, &gt; 0
     * @param excessTemperatureK     ΔTe = T_wall − T_sat, K, ≥ 0
     * @param csf                    surface–fluid coefficient Csf, dimensionless, &gt; 0
     * @param prandtlExponent        Prandtl exponent n, dimensionless, &gt; 0
     * @return heat transfer coefficient h, W/(m²·K) (0 at ΔTe = 0)
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double heatTransferCoefficientWM2K(double liquidDensityKgM3, double vapourDensityKgM3,
                                                     double liquidViscosityPaS, double liquidConductivityWMK,
                                                     double liquidSpecificHeatJKgK, double latentHeatJKg,
                                                     double surfaceTensionNM, double excessTemperatureK, double csf,
                                                     double prandtlExponent) {
        return coefficient(liquidDensityKgM3, vapourDensityKgM3, liquidViscosityPaS, liquidConductivityWMK,
                liquidSpecificHeatJKgK, latentHeatJKg, surfaceTensionNM, excessTemperatureK, csf, prandtlExponent)
                * excessTemperatureK * excessTemperatureK;
    }

    /** q/ΔTe³ after checking every input. */
    private static double coefficient(double rhoL, double rhoV, double muL, double kL, double cpL, double hfg,
                                      double sigma, double dTe, double csf, double n) {
        Range.positive("liquid density", rhoL, "kg/m³", MODEL);
        Checks.belowExclusive("vapour density", rhoV, rhoL, "kg/m³", MODEL);
        Range.positive("liquid viscosity", muL, "Pa·s", MODEL);
        Range.positive("liquid conductivity", kL, "W/(m·K)", MODEL);
        Range.positive("liquid specific heat", cpL, "J/(kg·K)", MODEL);
        Range.positive("latent heat", hfg, "J/kg", MODEL);
        Range.positive("surface tension", sigma, "N/m", MODEL);
        Range.atLeast("excess temperature", dTe, 0, "K", MODEL);
        Range.positive("Csf", csf, "", MODEL);
        Range.positive("Prandtl exponent n", n, "", MODEL);
        double prandtl = cpL * muL / kL;
        double s = cpL / (csf * hfg * Math.pow(prandtl, n));
        double q = muL * hfg * Math.sqrt(Gravity.STANDARD_M_S2 * (rhoL - rhoV) / sigma) * s * s * s;
        return Checks.finiteResult("heat flux", q, "W/m²", MODEL);
    }
}
