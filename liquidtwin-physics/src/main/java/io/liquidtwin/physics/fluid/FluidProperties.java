package io.liquidtwin.physics.fluid;

/**
 * One state's property set (SI).
 *
 * @param densityKgM3       density, kg/m³
 * @param specificHeatJKgK  isobaric specific heat, J/(kg·K)
 * @param viscosityPaS      dynamic viscosity, Pa·s
 * @param conductivityWMK   thermal conductivity, W/(m·K)
 */
public record FluidProperties(double densityKgM3, double specificHeatJKgK, double viscosityPaS,
                              double conductivityWMK) {

    /** @return Prandtl number cp·μ/k */
    public double prandtl() {
        return specificHeatJKgK * viscosityPaS / conductivityWMK;
    }

    /** @return kinematic viscosity μ/ρ, m²/s */
    public double kinematicViscosityM2S() {
        return viscosityPaS / densityKgM3;
    }
}
