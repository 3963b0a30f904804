package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.Range;

/**
 * Cooper's reduced-pressure correlation for nucleate pool boiling:
 * <pre>
 * h = 55 · pr^(0.12 − 0.2 log10 Rp) · (−log10 pr)^−0.55 · M^−0.5 · q^0.67        (q form)
 * h = [55 · pr^(0.12 − 0.2 log10 Rp) · (−log10 pr)^−0.55 · M^−0.5 · ΔTe^0.67]^(1/0.33)   (ΔTe form, q = h·ΔTe)
 * </pre>
 * with h in W/(m²·K), q in W/m², ΔTe = T_wall − T_sat in K, pr = p/pc, M the molar mass in g/mol and Rp the surface
 * roughness in µm (Cooper's Rp, the DIN 4762 smoothing depth); Rp = 1 µm makes the exponent 0.12. This class takes
 * SI (kg/mol, m) and converts.
 *
 * <p>Source: M. G. Cooper, "Saturation nucleate pool boiling — a simple correlation", IChemE Symp. Ser. 86 (1984)
 * 785–793; Rohsenow, Hartnett &amp; Cho, <i>Handbook of Heat Transfer</i> (1998). Validity of the data it was fitted
 * to: 0.001 ≤ pr ≤ 0.9, 2 ≤ M ≤ 200 g/mol; nucleate boiling below the critical heat flux. Rp must be positive; use
 * {@link #DEFAULT_ROUGHNESS_M} when unknown (Cooper's recommendation).
 */
public final class Cooper {

    /** Model name used in error messages. */
    public static final String MODEL = "Cooper nucleate boiling";

    /** Validity range of the reduced pressure p/pc. */
    public static final Range REDUCED_PRESSURE = new Range("reduced pressure p/pc", 0.001, 0.9, "", MODEL);

    /** Validity range of the molar mass. */
    public static final Range MOLAR_MASS = new Range("molar mass", 0.002, 0.2, "kg/mol", MODEL);

    /** Roughness Rp to use when the surface is not characterised: 1 µm (exponent 0.12). */
    public static final double DEFAULT_ROUGHNESS_M = 1e-6;

    private Cooper() {
    }

    /**
     * q form.
     *
     * @param reducedPressure p/pc, dimensionless, in [0.001, 0.9]
     * @param molarMassKgMol  molar mass, kg/mol, in [0.002, 0.2]
     * @param roughnessM      surface roughness Rp, m, &gt; 0
     * @param heatFluxWM2     heat flux q, W/m², ≥ 0
     * @return heat transfer coefficient, W/(m²·K)
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double heatTransferCoefficientFromHeatFluxWM2K(double reducedPressure, double molarMassKgMol,
                                                                 double roughnessM, double heatFluxWM2) {
        double c = factor(reducedPressure, molarMassKgMol, roughnessM);
        Range.atLeast("heat flux", heatFluxWM2, 0, "W/m²", MODEL);
        double h = c * Math.pow(heatFluxWM2, 0.67);
        return Checks.finiteResult("heat transfer coefficient", h, "W/(m²·K)", MODEL);
    }

    /**
     * ΔTe form (q = h·ΔTe eliminated).
     *
     * @param reducedPressure    p/pc, dimensionless, in [0.001, 0.9]
     * @param molarMassKgMol     molar mass, kg/mol, in [0.002, 0.2]
     * @param roughnessM         surface roughness Rp, m, &gt; 0
     * @param excessTemperatureK ΔTe = T_wall − T_sat, K, ≥ 0
     * @return heat transfer coefficient, W/(m²·K)
     * @throws io.liquidtwin.physics.OutOfRangeException outside the ranges above (or NaN/infinite)
     */
    public static double heatTransferCoefficientFromSuperheatWM2K(double reducedPressure, double molarMassKgMol,
                                                                  double roughnessM, double excessTemperatureK) {
        double c = factor(reducedPressure, molarMassKgMol, roughnessM);
        Range.atLeast("excess temperature", excessTemperatureK, 0, "K", MODEL);
        double h = Math.pow(c * Math.pow(excessTemperatureK, 0.67), 1.0 / 0.33);
        return Checks.finiteResult("heat transfer coefficient", h, "W/(m²·K)", MODEL);
    }

    /** 55 · pr^(0.12 − 0.2 log10 Rp[µm]) · (−log10 pr)^−0.55 · M[g/mol]^−0.5, after checking the inputs. */
    private static double factor(double pr, double molarMassKgMol, double roughnessM) {
        REDUCED_PRESSURE.check(pr);
        MOLAR_MASS.check(molarMassKgMol);
        Range.positive("surface roughness Rp", roughnessM, "m", MODEL);
        double exponent = 0.12 - 0.2 * Math.log10(roughnessM * 1e6);
        return 55.0 * Math.pow(pr, exponent) * Math.pow(-Math.log10(pr), -0.55)
                / Math.sqrt(molarMassKgMol * 1000.0);
    }
}
