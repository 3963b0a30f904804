package io.liquidtwin.physics.fluid;

/**
 * A two-phase immersion dielectric (fluorinated fluid) defined by a catalogue record; see {@link DielectricCatalogue}
 * and {@link DielectricSaturation} for the models. All inputs and outputs SI. The liquid methods check the record's
 * liquid temperature and pressure ranges, the saturation methods its saturation range (temperature, or the matching
 * pressure range); outside them they throw {@link io.liquidtwin.physics.OutOfRangeException}.
 *
 * @param id         the record's catalogue id
 * @param liquid     the record's liquid properties
 * @param saturation the record's saturation data
 */
record DielectricTwoPhaseFluid(String id, DielectricLiquid liquid, DielectricSaturation saturation)
        implements DielectricLiquidBacked, TwoPhaseFluid {

    @Override
    public double minSaturationTemperatureK() {
        return saturation.temperature().min();
    }

    @Override
    public double maxSaturationTemperatureK() {
        return saturation.temperature().max();
    }

    @Override
    public double saturationPressurePa(double temperatureK) {
        return saturation.pressurePa(temperatureK);
    }

    @Override
    public double saturationTemperatureK(double pressurePa) {
        return saturation.temperatureK(pressurePa);
    }

    @Override
    public double latentHeatJKg(double temperatureK) {
        return saturation.latentHeatJKg(temperatureK);
    }

    /** Ideal gas: p_sat(T)·M/(R·T). */
    @Override
    public double vapourDensityKgM3(double temperatureK) {
        return saturation.vapourDensityKgM3(temperatureK);
    }

    @Override
    public double saturatedLiquidDensityKgM3(double temperatureK) {
        return liquid.densityAtKgM3(saturation.temperature().check(temperatureK));
    }

    @Override
    public double surfaceTensionNM(double temperatureK) {
        return saturation.surfaceTensionNM(temperatureK);
    }

    @Override
    public double molarMassKgMol() {
        return saturation.molarMassKgMol();
    }

    @Override
    public double criticalPressurePa() {
        return saturation.criticalPressurePa();
    }

    /** @return critical temperature, K */
    double criticalTemperatureK() {
        return saturation.criticalTemperatureK();
    }

    @Override
    public String toString() {
        return name() + " [dielectric catalogue '" + id + "']";
    }
}
