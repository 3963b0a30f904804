package io.liquidtwin.physics.fluid;

/**
 * A single-phase dielectric coolant (synthetic hydrocarbon, mineral oil, …) defined by a catalogue record; see
 * {@link DielectricCatalogue}. All inputs and outputs SI; outside the record's declared temperature or pressure
 * range every method throws {@link io.liquidtwin.physics.OutOfRangeException}.
 *
 * @param id     the record's catalogue id
 * @param liquid the record's liquid properties
 */
record DielectricSinglePhaseFluid(String id, DielectricLiquid liquid) implements Fluid {

    @Override
    public String name() {
        return liquid.name();
    }

    @Override
    public double minTemperatureK() {
        return liquid.temperature().min();
    }

    @Override
    public double maxTemperatureK() {
        return liquid.temperature().max();
    }

    @Override
    public double densityKgM3(double temperatureK, double pressurePa) {
        return liquid.densityKgM3(temperatureK, pressurePa);
    }

    @Override
    public double specificHeatJKgK(double temperatureK, double pressurePa) {
        return liquid.specificHeatJKgK(temperatureK, pressurePa);
    }

    @Override
    public double viscosityPaS(double temperatureK, double pressurePa) {
        return liquid.viscosityPaS(temperatureK, pressurePa);
    }

    @Override
    public double conductivityWMK(double temperatureK, double pressurePa) {
        return liquid.conductivityWMK(temperatureK, pressurePa);
    }

    @Override
    public FluidProperties properties(double temperatureK, double pressurePa) {
        return liquid.properties(temperatureK, pressurePa);
    }

    @Override
    public String toString() {
        return name() + " [dielectric catalogue '" + id + "']";
    }
}
