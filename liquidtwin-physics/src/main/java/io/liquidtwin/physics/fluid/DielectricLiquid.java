package io.liquidtwin.physics.fluid;

import io.liquidtwin.physics.Range;

/**
 * The liquid properties of one catalogue record (SI), shared by the single- and two-phase dielectric fluids.
 *
 * <p>Density, specific heat and conductivity are interpolated linearly in T between the record's points, viscosity
 * with Andrade's form (ln μ linear in 1/T). The liquid is treated as incompressible: pressure is checked against
 * the record's pressure range but does not change the result.
 *
 * @param name         the record's human-readable name
 * @param temperature  validity range of temperature, K
 * @param pressure     validity range of pressure, Pa
 * @param density      density table, kg/m³
 * @param specificHeat isobaric specific heat table, J/(kg·K)
 * @param viscosity    dynamic viscosity table, Pa·s
 * @param conductivity thermal conductivity table, W/(m·K)
 */
record DielectricLiquid(String name, Range temperature, Range pressure, DielectricTable density,
                        DielectricTable specificHeat, DielectricTable viscosity, DielectricTable conductivity) {

    /** @return density, kg/m³ */
    double densityKgM3(double temperatureK, double pressurePa) {
        return density.linear(check(temperatureK, pressurePa));
    }

    /** @return isobaric specific heat, J/(kg·K) */
    double specificHeatJKgK(double temperatureK, double pressurePa) {
        return specificHeat.linear(check(temperatureK, pressurePa));
    }

    /** @return dynamic viscosity, Pa·s */
    double viscosityPaS(double temperatureK, double pressurePa) {
        return viscosity.andrade(check(temperatureK, pressurePa));
    }

    /** @return thermal conductivity, W/(m·K) */
    double conductivityWMK(double temperatureK, double pressurePa) {
        return conductivity.linear(check(temperatureK, pressurePa));
    }

    /** All four properties after a single range check. */
    FluidProperties properties(double temperatureK, double pressurePa) {
        double t = check(temperatureK, pressurePa);
        return new FluidProperties(density.linear(t), specificHeat.linear(t), viscosity.andrade(t),
                conductivity.linear(t));
    }

    /** Saturated-liquid density, kg/m³ (the liquid table; the caller checks the saturation range). */
    double densityAtKgM3(double temperatureK) {
        return density.linear(temperature.check(temperatureK));
    }

    private double check(double temperatureK, double pressurePa) {
        pressure.check(pressurePa);
        return temperature.check(temperatureK);
    }
}
