package io.liquidtwin.physics.component;

/**
 * A rack cooled by cold plates (PHYSICS.md §3).
 * <pre>
 * heat to liquid   Q_liq = φ·P_IT            (φ = capture fraction; the rest, (1 − φ)·P_IT, goes to room air)
 * liquid outlet    T_out = T_in + Q_liq/(ṁ·cp)
 * pressure drop    Δp = Δp₀·(ṁ/ṁ₀)^1.85     ({@link PowerLawResistance})
 * case temperature T_case,ss = T_in + q·R(V̇_plate),  V̇_plate = V̇/N,   τ·dT_case/dt = T_case,ss − T_case
 * </pre>
 * R(V̇) is the plate's thermal-resistance fit ({@link ColdPlateRackParameters#thermalResistanceKW}); all plates are
 * fed in parallel at the rack inlet temperature and share the flow equally. {@link #advance} integrates the lag
 * exactly for inputs constant over the step: T_case ← T_ss + (T_case − T_ss)·e^(−Δt/τ), stable for any step.
 *
 * <p>Flow law and density as {@link PowerLawResistance} (density is a plain field, {@link #setDensityKgM3}).
 * State: the lagged case temperature. Not thread-safe; allocates nothing.
 */
public final class ColdPlateRack implements FlowLaw {

    /** Model name used in error messages. */
    public static final String MODEL = ColdPlateRackParameters.MODEL;

    private final ColdPlateRackParameters parameters;
    private final PowerLawResistance resistance;
    private double caseTemperatureK;

    /**
     * @param parameters          the rack
     * @param densityKgM3         coolant density, kg/m³
     * @param initialCaseTempK    initial case temperature, K
     */
    public ColdPlateRack(ColdPlateRackParameters parameters, double densityKgM3, double initialCaseTempK) {
        if (parameters == null) {
            throw new IllegalArgumentException("cold-plate rack parameters are required");
        }
        this.parameters = parameters;
        this.resistance = new PowerLawResistance(parameters.designDropPa(), parameters.designMassFlowKgS(),
                PowerLawResistance.COLD_PLATE_EXPONENT, densityKgM3);
        setCaseTemperatureK(initialCaseTempK);
    }

    /** @return heat taken by the liquid, W */
    public double heatToLiquidW(double itPowerW) {
        return parameters.captureFraction() * Checks.nonNegative("IT power", itPowerW, "W", MODEL);
    }

    /** @return heat released to the room air, W */
    public double heatToAirW(double itPowerW) {
        return (1 - parameters.captureFraction()) * Checks.nonNegative("IT power", itPowerW, "W", MODEL);
    }

    /**
     * @return liquid outlet temperature, K (the inlet at zero flow: no liquid leaves)
     */
    public double outletTemperatureK(double inletTempK, double massFlowKgS, double cpJKgK, double itPowerW) {
        Checks.temperature("inlet temperature", inletTempK, MODEL);
        Checks.nonNegative("mass flow", massFlowKgS, "kg/s", MODEL);
        Checks.positive("specific heat", cpJKgK, "J/(kg·K)", MODEL);
        double q = heatToLiquidW(itPowerW);
        return massFlowKgS == 0 ? inletTempK : inletTempK + q / (massFlowKgS * cpJKgK);
    }

    /** @return steady case temperature of a device dissipating devicePowerW, K */
    public double steadyCaseTemperatureK(double inletTempK, double rackFlowM3s, double devicePowerW) {
        Checks.temperature("inlet temperature", inletTempK, MODEL);
        Checks.nonNegative("device power", devicePowerW, "W", MODEL);
        Checks.nonNegative("rack flow", rackFlowM3s, "m³/s", MODEL);
        return inletTempK + devicePowerW * parameters.thermalResistanceKW(rackFlowM3s / parameters.platesInParallel());
    }

    /** Advances the lagged case temperature by dtS (exact exponential for constant inputs). */
    public void advance(double dtS, double inletTempK, double rackFlowM3s, double devicePowerW) {
        Checks.nonNegative("time step", dtS, "s", MODEL);
        double target = steadyCaseTemperatureK(inletTempK, rackFlowM3s, devicePowerW);
        double tau = parameters.caseTimeConstantS();
        caseTemperatureK = tau == 0 ? target : target + (caseTemperatureK - target) * Math.exp(-dtS / tau);
    }

    /** @return lagged case temperature, K */
    public double caseTemperatureK() {
        return caseTemperatureK;
    }

    /** Sets the lagged case temperature, K. */
    public void setCaseTemperatureK(double temperatureK) {
        this.caseTemperatureK = Checks.temperature("case temperature", temperatureK, MODEL);
    }

    /** Sets the coolant density, kg/m³. */
    public void setDensityKgM3(double densityKgM3) {
        resistance.setDensityKgM3(densityKgM3);
    }

    @Override
    public double pressureDropPa(double flowM3s) {
        return resistance.pressureDropPa(flowM3s);
    }

    @Override
    public double pressureDropDerivative(double flowM3s) {
        return resistance.pressureDropDerivative(flowM3s);
    }

    /** @return the parameters */
    public ColdPlateRackParameters parameters() {
        return parameters;
    }
}
