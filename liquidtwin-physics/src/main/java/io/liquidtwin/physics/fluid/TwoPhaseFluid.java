package io.liquidtwin.physics.fluid;

/**
 * A fluid used at or near saturation (water, or a two-phase immersion dielectric): the liquid properties of
 * {@link Fluid} plus the saturation curve and the properties boiling and condensation correlations need.
 *
 * <p>The saturation methods take the saturation temperature (or pressure) and throw
 * {@link io.liquidtwin.physics.OutOfRangeException} outside the fluid's declared saturation range.
 */
public interface TwoPhaseFluid extends Fluid {

    /** @return lowest temperature of the saturation data, K */
    double minSaturationTemperatureK();

    /** @return highest temperature of the saturation data, K */
    double maxSaturationTemperatureK();

    /** @return saturation (vapour) pressure at temperature T, Pa */
    double saturationPressurePa(double temperatureK);

    /** @return saturation temperature at pressure p, K */
    double saturationTemperatureK(double pressurePa);

    /** @return latent heat of vaporisation at saturation temperature T, J/kg */
    double latentHeatJKg(double temperatureK);

    /** @return saturated vapour density at saturation temperature T, kg/m³ */
    double vapourDensityKgM3(double temperatureK);

    /** @return saturated liquid density at saturation temperature T, kg/m³ */
    double saturatedLiquidDensityKgM3(double temperatureK);

    /** @return liquid–vapour surface tension at temperature T, N/m */
    double surfaceTensionNM(double temperatureK);

    /** @return molar mass, kg/mol (used by the Cooper pool-boiling correlation) */
    double molarMassKgMol();

    /** @return critical pressure, Pa (used by the Cooper pool-boiling correlation) */
    double criticalPressurePa();
}
