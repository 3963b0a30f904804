package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.correlation.Cooper;
import io.liquidtwin.physics.correlation.Rohsenow;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;

/**
 * The nucleate pool-boiling correlation of a device surface, used inverted: the excess temperature ΔTe = T_s − T_sat
 * that carries a given heat flux q″.
 * <ul>
 *   <li>{@link Kind#ROHSENOW}: q″ = C·ΔTe³ with C = {@link Rohsenow#heatFluxWM2} at ΔTe = 1 K, so
 *       ΔTe = (q″/C)^(1/3) exactly. Csf and n must be fitted to the fluid–surface pair (fluorinated fluids on
 *       polished or microporous lids: Csf ≈ 0.002–0.006, n 1.7; there is no universal value).</li>
 *   <li>{@link Kind#COOPER}: h = c·q″^0.67 ({@link Cooper#heatTransferCoefficientFromHeatFluxWM2K}), ΔTe = q″/h;
 *       needs only the reduced pressure, molar mass and roughness. Cooper's data span 2–200 g/mol, so it refuses
 *       (with {@link io.liquidtwin.physics.OutOfRangeException}) every fluorinated fluid of the catalogue
 *       (HFE-7100 250, FC-3284 299, FK-5-1-12 316, FC-72 338 g/mol): use Rohsenow with fitted Csf for them.</li>
 * </ul>
 * Liquid properties are evaluated at T_sat and the tank pressure. Both correlations describe nucleate boiling
 * below the critical heat flux; the tank reports the CHF margin separately.
 *
 * @param kind            which correlation
 * @param csf             Rohsenow's Csf (ignored by Cooper), dimensionless, &gt; 0
 * @param prandtlExponent Rohsenow's n (ignored by Cooper), dimensionless, &gt; 0
 * @param roughnessM      Cooper's surface roughness Rp (ignored by Rohsenow), m, &gt; 0
 */
public record BoilingCorrelation(Kind kind, double csf, double prandtlExponent, double roughnessM) {

    /** Model name used in error messages. */
    public static final String MODEL = "device pool boiling";

    /** The available correlations. */
    public enum Kind {
        /** Rohsenow (1952), Csf and n fitted to the surface. */
        ROHSENOW,
        /** Cooper (1984), reduced-pressure form. */
        COOPER
    }

    /** Checks the parameters of the chosen correlation. */
    public BoilingCorrelation {
        if (kind == null) {
            throw new IllegalArgumentException("boiling correlation kind is null");
        }
        if (kind == Kind.ROHSENOW) {
            Range.positive("Csf", csf, "", MODEL);
            Range.positive("Prandtl exponent n", prandtlExponent, "", MODEL);
        } else {
            Range.positive("surface roughness Rp", roughnessM, "m", MODEL);
        }
    }

    /** @return Rohsenow with the given Csf and Prandtl exponent */
    public static BoilingCorrelation rohsenow(double csf, double prandtlExponent) {
        return new BoilingCorrelation(Kind.ROHSENOW, csf, prandtlExponent, Cooper.DEFAULT_ROUGHNESS_M);
    }

    /** @return Cooper with the given surface roughness Rp, m */
    public static BoilingCorrelation cooper(double roughnessM) {
        return new BoilingCorrelation(Kind.COOPER, 1, 1, roughnessM);
    }

    /** @return Cooper with Rp = 1 µm (Cooper's recommendation for unknown surfaces) */
    public static BoilingCorrelation cooper() {
        return cooper(Cooper.DEFAULT_ROUGHNESS_M);
    }

    /**
     * @param fluid                  the boiling fluid
     * @param saturationTemperatureK T_sat, K
     * @param pressurePa             tank pressure (= p_sat(T_sat)), Pa
     * @param heatFluxWM2            heat flux q″, W/m², ≥ 0
     * @return excess temperature ΔTe = T_surface − T_sat, K (0 at q″ = 0)
     */
    public double excessTemperatureK(TwoPhaseFluid fluid, double saturationTemperatureK, double pressurePa,
                                     double heatFluxWM2) {
        Range.atLeast("heat flux", heatFluxWM2, 0, "W/m²", MODEL);
        if (heatFluxWM2 == 0) {
            return 0;
        }
        double t = saturationTemperatureK;
        if (kind == Kind.COOPER) {
            double h = Cooper.heatTransferCoefficientFromHeatFluxWM2K(pressurePa / fluid.criticalPressurePa(),
                    fluid.molarMassKgMol(), roughnessM, heatFluxWM2);
            return heatFluxWM2 / h;
        }
        double c = Rohsenow.heatFluxWM2(fluid.saturatedLiquidDensityKgM3(t), fluid.vapourDensityKgM3(t),
                fluid.viscosityPaS(t, pressurePa), fluid.conductivityWMK(t, pressurePa),
                fluid.specificHeatJKgK(t, pressurePa), fluid.latentHeatJKg(t), fluid.surfaceTensionNM(t), 1.0, csf,
                prandtlExponent);
        return Math.cbrt(heatFluxWM2 / c);
    }
}
