package io.liquidtwin.physics.fluid;

/**
 * A coolant's single-phase transport and thermodynamic properties as functions of temperature and pressure (SI).
 *
 * <p>Implementations are immutable and thread-safe. Each method checks its inputs against the fluid's declared range
 * and throws {@link io.liquidtwin.physics.OutOfRangeException} (naming quantity, value and range) outside it; results
 * inside the range are finite and positive.
 */
public interface Fluid {

    /** @return a short human-readable name, e.g. {@code "Water (IAPWS-IF97)"} or {@code "PG25"} */
    String name();

    /** @return lowest temperature at which the property functions are valid, K */
    double minTemperatureK();

    /** @return highest temperature at which the property functions are valid, K */
    double maxTemperatureK();

    /** @return density, kg/m³ */
    double densityKgM3(double temperatureK, double pressurePa);

    /** @return isobaric specific heat capacity, J/(kg·K) */
    double specificHeatJKgK(double temperatureK, double pressurePa);

    /** @return dynamic viscosity, Pa·s */
    double viscosityPaS(double temperatureK, double pressurePa);

    /** @return thermal conductivity, W/(m·K) */
    double conductivityWMK(double temperatureK, double pressurePa);

    /** @return Prandtl number cp·μ/k, dimensionless */
    default double prandtl(double temperatureK, double pressurePa) {
        return specificHeatJKgK(temperatureK, pressurePa) * viscosityPaS(temperatureK, pressurePa)
                / conductivityWMK(temperatureK, pressurePa);
    }

    /**
     * All four transport/thermodynamic properties at once; implementations override this when the properties share
     * work (water evaluates its Gibbs function once).
     */
    default FluidProperties properties(double temperatureK, double pressurePa) {
        return new FluidProperties(densityKgM3(temperatureK, pressurePa), specificHeatJKgK(temperatureK, pressurePa),
                viscosityPaS(temperatureK, pressurePa), conductivityWMK(temperatureK, pressurePa));
    }
}
