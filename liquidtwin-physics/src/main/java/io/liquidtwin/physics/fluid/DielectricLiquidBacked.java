package io.liquidtwin.physics.fluid;

/**
 * The {@link Fluid} methods of a catalogue dielectric, answered by its {@link DielectricLiquid} record; shared by the
 * single- and two-phase dielectric implementations.
 */
interface DielectricLiquidBacked extends Fluid {

    /** @return the record's liquid properties */
    DielectricLiquid liquid();

    @Override
    default String name() {
        return liquid().name();
    }

    @Override
    default double minTemperatureK() {
        return liquid().temperature().min();
    }

    @Override
    default double maxTemperatureK() {
        return liquid().temperature().max();
    }

    @Override
    default double densityKgM3(double temperatureK, double pressurePa) {
        return liquid().densityKgM3(temperatureK, pressurePa);
    }

    @Override
    default double specificHeatJKgK(double temperatureK, double pressurePa) {
        return liquid().specificHeatJKgK(temperatureK, pressurePa);
    }

    @Override
    default double viscosityPaS(double temperatureK, double pressurePa) {
        return liquid().viscosityPaS(temperatureK, pressurePa);
    }

    @Override
    default double conductivityWMK(double temperatureK, double pressurePa) {
        return liquid().conductivityWMK(temperatureK, pressurePa);
    }

    @Override
    default FluidProperties properties(double temperatureK, double pressurePa) {
        return liquid().properties(temperatureK, pressurePa);
    }
}
