package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Nusselt's laminar film condensation of a saturated vapour, mean heat transfer coefficient:
 * <pre>
 * vertical plate:   h = C_p · [ ρl(ρl − ρv) g hfg kl³ / (μl L (Tsat − Tw)) ]^¼,   C_p = 2√2/3 = 0.9428…
 * horizontal tube:  h = C_t · [ ρl(ρl − ρv) g hfg kl³ / (μl D (Tsat − Tw)) ]^¼,   C_t = 0.729
 * </pre>
 * with g = {@link Gravity#STANDARD_M_S2}. C_p is Nusselt's exact constant (4/3)·(1/4)^¼, usually printed as 0.943; the
 * exact value is needed to reproduce PHYSICS.md's reference (0.943 is 2·10⁻⁴ off). hfg is the caller's: pass the
 * Rohsenow-modified h'fg = hfg + 0.68 cpl (Tsat − Tw) to include condensate subcooling.
 *
 * <p>Source: W. Nusselt, "Die Oberflächenkondensation des Wasserdampfes", Z. VDI 60 (1916) 541–546, 569–575;
 * Incropera eqs. 10.29 and 10.41. Validity: laminar film, properties at the film temperature, quiescent vapour.
 * For the plate the film Reynolds number Re_δ = 4 h L (Tsat − Tw)/(μl hfg) must not exceed 1800 (turbulent film
 * beyond; between 30 and 1800 the film is wavy and Nusselt underestimates h by up to ~20 %).
 */
public final class NusseltCondensation {

    /** Model name used in error messages. */
    public static final String MODEL = "Nusselt film condensation";

    /** Vertical-plate constant 2√2/3. */
    public static final double VERTICAL_PLATE_COEFFICIENT = 2.0 * Math.sqrt(2.0) / 3.0;

    /** Horizontal-tube constant. */
    public static final double HORIZONTAL_TUBE_COEFFICIENT = 0.729;

    /** Validity range of the film Reynolds number at the bottom of a vertical plate. */
    public static final Range FILM_REYNOLDS = new Range("film Reynolds number", 0, 1800, "", MODEL);

    private NusseltCondensation() {
    }

    /**
     * @param saturationTemperatureK Tsat, K, &gt; 0
     * @param wallTemperatureK       Tw, K, in (0, Tsat)
     * @param vapourDensityKgM3      ρv, kg/m³, in [0, ρl)
     * @param liquidDensityKgM3      ρl, kg/m³, &gt; 0
     * @param liquidConductivityWMK  kl, W/(m·K), &gt; 0
     * @param liquidViscosityPaS     μl, Pa·s, &gt; 0
     * @param latentHeatJKg          hfg (or h'fg), J/kg, &gt; 0
     * @param heightM                plate height L, m, &gt; 0
     * @return mean heat transfer coefficient over the plate, W/(m²·K)
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above, or if the film is turbulent
     */
    public static double verticalPlateWM2K(double saturationTemperatureK, double wallTemperatureK,
                                           double vapourDensityKgM3, double liquidDensityKgM3,
                                           double liquidConductivityWMK, double liquidViscosityPaS,
                                           double latentHeatJKg, double heightM) {
        Range.positive("plate height", heightM, "m", MODEL);
        double h = VERTICAL_PLATE_COEFFICIENT * group(saturationTemperatureK, wallTemperatureK, vapourDensityKgM3,
                liquidDensityKgM3, liquidConductivityWMK, liquidViscosityPaS, latentHeatJKg, heightM);
        FILM_REYNOLDS.check(4.0 * h * heightM * (saturationTemperatureK - wallTemperatureK)
                / (liquidViscosityPaS * latentHeatJKg));
        return h;
    }

    /**
     * Horizontal tube, condensing on its outside.
     *
     * @param saturationTemperatureK Tsat, K, &gt; 0
     * @param wallTemperatureK       Tw, K, in (0, Tsat)
     * @param vapourDensityKgM3      ρv, kg/m³, in [0, ρl)
     * @param liquidDensityKgM3      ρl, kg/m³, &gt; 0
     * @param liquidConductivityWMK  kl, W/(m·K), &gt; 0
     * @param liquidViscosityPaS     μl, Pa·s, &gt; 0
     * @param latentHeatJKg          hfg (or h'fg), J/kg, &gt; 0
     * @param diameterM              outer tube diameter D, m, &gt; 0
     * @return mean heat transfer coefficient over the tube, W/(m²·K)
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double horizontalTubeWM2K(double saturationTemperatureK, double wallTemperatureK,
                                            double vapourDensityKgM3, double liquidDensityKgM3,
                                            double liquidConductivityWMK, double liquidViscosityPaS,
                                            double latentHeatJKg, double diameterM) {
        Range.positive("tube diameter", diameterM, "m", MODEL);
        return HORIZONTAL_TUBE_COEFFICIENT * group(saturationTemperatureK, wallTemperatureK, vapourDensityKgM3,
                liquidDensityKgM3, liquidConductivityWMK, liquidViscosityPaS, latentHeatJKg, diameterM);
    }

    /** [ρl(ρl − ρv) g hfg kl³ / (μl L ΔT)]^¼ after checking the inputs. */
    private static double group(double tSat, double tWall, double rhoV, double rhoL, double kL, double muL,
                                double hfg, double lengthM) {
        Range.positive("saturation temperature", tSat, "K", MODEL);
        Range.positive("wall temperature", tWall, "K", MODEL);
        Checks.belowExclusive("wall temperature", tWall, tSat, "K", MODEL);
        Range.positive("liquid density", rhoL, "kg/m³", MODEL);
        Checks.belowExclusive("vapour density", rhoV, rhoL, "kg/m³", MODEL);
        Range.positive("liquid conductivity", kL, "W/(m·K)", MODEL);
        Range.positive("liquid viscosity", muL, "Pa·s", MODEL);
        Range.positive("latent heat", hfg, "J/kg", MODEL);
        double group = Math.pow(rhoL * (rhoL - rhoV) * Gravity.STANDARD_M_S2 * hfg * kL * kL * kL
                / (muL * lengthM * (tSat - tWall)), 0.25);
        return Checks.finiteResult("condensation group", group, "W/(m²·K)", MODEL);
    }
}
