package io.liquidtwin.physics.fluid;

import io.liquidtwin.physics.Range;

/**
 * Ordinary water per the IAPWS formulations: IAPWS-IF97 regions 1 (liquid), 2 (vapour) and 4 (saturation) for the
 * thermodynamic properties, IAPWS 2008 for viscosity, IAPWS 2011 for thermal conductivity (both without critical
 * enhancement, negligible away from the critical point) and IAPWS 2014 for surface tension.
 *
 * <p>Declared range: 273.15 K ≤ T ≤ 623.15 K, 1 Pa ≤ p ≤ 100 MPa; the phase follows from p against p_sat(T)
 * (liquid when p ≥ p_sat). Saturation properties: 273.15 K ≤ T ≤ 623.15 K. Outside, every method throws
 * {@link io.liquidtwin.physics.OutOfRangeException}. All values SI. Immutable and thread-safe; obtain it with
 * {@link #iapws()}.
 */
public final class Water implements TwoPhaseFluid {

    /** Specific gas constant of IF97, J/(kg·K). */
    static final double R_J_KG_K = 461.526;
    /** Critical temperature, K. */
    public static final double CRITICAL_TEMPERATURE_K = 647.096;
    /** Critical pressure, Pa. */
    public static final double CRITICAL_PRESSURE_PA = 22.064e6;
    /** Critical density, kg/m³. */
    public static final double CRITICAL_DENSITY_KG_M3 = 322.0;
    /** Molar mass, kg/mol. */
    public static final double MOLAR_MASS_KG_MOL = 0.018015268;

    private static final String MODEL = "Water (IAPWS-IF97 regions 1, 2, 4)";
    private static final Range TEMPERATURE = new Range("temperature", 273.15, 623.15, "K", MODEL);
    private static final Range PRESSURE = new Range("pressure", 1.0, 100.0e6, "Pa", MODEL);
    private static final Range SATURATION_TEMPERATURE =
            new Range("saturation temperature", 273.15, 623.15, "K", MODEL);
    private static final Range SATURATION_PRESSURE = new Range("saturation pressure",
            If97Region4.saturationPressure(273.15), If97Region4.saturationPressure(623.15), "Pa", MODEL);
    private static final Range DENSITY = new Range("density", 1.0e-6, 1200.0, "kg/m³", "IAPWS 2008/2011 transport");

    private static final Water INSTANCE = new Water();

    private Water() {
    }

    /** @return the water model */
    public static Water iapws() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "Water (IAPWS-IF97)";
    }

    @Override
    public double minTemperatureK() {
        return TEMPERATURE.min();
    }

    @Override
    public double maxTemperatureK() {
        return TEMPERATURE.max();
    }

    /** @return the phase (IF97 region) of the state (T, p) */
    public WaterPhase phase(double temperatureK, double pressurePa) {
        TEMPERATURE.check(temperatureK);
        PRESSURE.check(pressurePa);
        return pressurePa >= If97Region4.saturationPressure(temperatureK) ? WaterPhase.LIQUID : WaterPhase.VAPOUR;
    }

    private static Gibbs gibbs(double temperatureK, WaterPhase phase, double pressurePa) {
        return phase == WaterPhase.LIQUID
                ? If97Region1.gibbs(temperatureK, pressurePa)
                : If97Region2.gibbs(temperatureK, pressurePa);
    }

    /** @return every IF97 thermodynamic property at (T, p) */
    public WaterState state(double temperatureK, double pressurePa) {
        WaterPhase phase = phase(temperatureK, pressurePa);
        Gibbs g = gibbs(temperatureK, phase, pressurePa);
        return new WaterState(temperatureK, pressurePa, phase, g.specificVolume(temperatureK, pressurePa),
                g.enthalpy(temperatureK), g.internalEnergy(temperatureK), g.entropy(), g.cp(), g.cv(),
                g.speedOfSound(temperatureK));
    }

    @Override
    public double densityKgM3(double temperatureK, double pressurePa) {
        if (phase(temperatureK, pressurePa) == WaterPhase.LIQUID) {
            return If97Region1.density(temperatureK, pressurePa);
        }
        return 1.0 / If97Region2.gibbs(temperatureK, pressurePa).specificVolume(temperatureK, pressurePa);
    }

    /** @return specific enthalpy, J/kg */
    public double enthalpyJKg(double temperatureK, double pressurePa) {
        return gibbs(temperatureK, phase(temperatureK, pressurePa), pressurePa).enthalpy(temperatureK);
    }

    @Override
    public double specificHeatJKgK(double temperatureK, double pressurePa) {
        return gibbs(temperatureK, phase(temperatureK, pressurePa), pressurePa).cp();
    }

    @Override
    public double viscosityPaS(double temperatureK, double pressurePa) {
        return Iapws2008Viscosity.viscosity(temperatureK, densityKgM3(temperatureK, pressurePa));
    }

    @Override
    public double conductivityWMK(double temperatureK, double pressurePa) {
        return Iapws2011Conductivity.conductivity(temperatureK, densityKgM3(temperatureK, pressurePa));
    }

    /** Evaluates the Gibbs function once and derives ρ, cp, μ and k from it (liquid: without allocation). */
    @Override
    public FluidProperties properties(double temperatureK, double pressurePa) {
        WaterPhase phase = phase(temperatureK, pressurePa);
        if (phase == WaterPhase.LIQUID) {
            return If97Region1.properties(temperatureK, pressurePa);
        }
        Gibbs g = If97Region2.gibbs(temperatureK, pressurePa);
        double rho = 1.0 / g.specificVolume(temperatureK, pressurePa);
        return new FluidProperties(rho, g.cp(), Iapws2008Viscosity.viscosity(temperatureK, rho),
                Iapws2011Conductivity.conductivity(temperatureK, rho));
    }

    /**
     * IAPWS 2008 viscosity at a given density (the release's own input variables), Pa·s.
     *
     * @param temperatureK 273.15 K … 623.15 K
     * @param densityKgM3  1e-6 … 1200 kg/m³
     */
    public static double viscosityAtDensityPaS(double temperatureK, double densityKgM3) {
        return Iapws2008Viscosity.viscosity(TEMPERATURE.check(temperatureK), DENSITY.check(densityKgM3));
    }

    /**
     * IAPWS 2011 thermal conductivity (without critical enhancement) at a given density, W/(m·K).
     *
     * @param temperatureK 273.15 K … 623.15 K
     * @param densityKgM3  1e-6 … 1200 kg/m³
     */
    public static double conductivityAtDensityWMK(double temperatureK, double densityKgM3) {
        return Iapws2011Conductivity.conductivity(TEMPERATURE.check(temperatureK), DENSITY.check(densityKgM3));
    }

    @Override
    public double minSaturationTemperatureK() {
        return SATURATION_TEMPERATURE.min();
    }

    @Override
    public double maxSaturationTemperatureK() {
        return SATURATION_TEMPERATURE.max();
    }

    @Override
    public double saturationPressurePa(double temperatureK) {
        return If97Region4.saturationPressure(SATURATION_TEMPERATURE.check(temperatureK));
    }

    @Override
    public double saturationTemperatureK(double pressurePa) {
        return If97Region4.saturationTemperature(SATURATION_PRESSURE.check(pressurePa));
    }

    /** h″ − h′ at saturation, from regions 2 and 1 evaluated at (T, p_sat(T)). */
    @Override
    public double latentHeatJKg(double temperatureK) {
        double p = saturationPressurePa(temperatureK);
        return If97Region2.gibbs(temperatureK, p).enthalpy(temperatureK)
                - If97Region1.gibbs(temperatureK, p).enthalpy(temperatureK);
    }

    @Override
    public double vapourDensityKgM3(double temperatureK) {
        double p = saturationPressurePa(temperatureK);
        return 1.0 / If97Region2.gibbs(temperatureK, p).specificVolume(temperatureK, p);
    }

    @Override
    public double saturatedLiquidDensityKgM3(double temperatureK) {
        return If97Region1.density(temperatureK, saturationPressurePa(temperatureK));
    }

    /** IAPWS R1-76(2014): σ = 235.8 mN/m · τ^1.256 · (1 − 0.625 τ), τ = 1 − T/Tc. */
    @Override
    public double surfaceTensionNM(double temperatureK) {
        double tau = 1.0 - SATURATION_TEMPERATURE.check(temperatureK) / CRITICAL_TEMPERATURE_K;
        return 235.8e-3 * Math.pow(tau, 1.256) * (1.0 - 0.625 * tau);
    }

    @Override
    public double molarMassKgMol() {
        return MOLAR_MASS_KG_MOL;
    }

    @Override
    public double criticalPressurePa() {
        return CRITICAL_PRESSURE_PA;
    }
}
