package io.liquidtwin.physics.component;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;

/**
 * A sealed two-phase immersion tank (PHYSICS.md §3): IT hardware boils a dielectric at saturation; a water-cooled
 * coil condenses the vapour; the vapour mass sets the pressure and so T_sat.
 *
 * <p><b>State</b>: the saturation temperature T (with p = p_sat(T) and vapour mass m_v = V_v·ρ_v(T), ρ_v the
 * fluid's ideal-gas saturated vapour density p_sat·M/(R·T)), the fluid inventory, cumulative vented and leaked mass.
 * <b>Balances</b> (pure vapour in the vapour space, constant V_v, liquid and vapour at T):
 * <pre>
 * d(m_v)/dt = (Q_boil − Q_cond)/h_fg − ṁ_relief(p) − ṁ_leak        vapour mass
 * Q_boil    = Q_IT − C_pool·dT/dt                                   heat that evaporates
 * d(inventory)/dt = −ṁ_relief − ṁ_leak
 * </pre>
 * h_fg is the fluid's latent heat at the current T_sat. With C_pool = 0 this is exactly PHYSICS.md's balance
 * d(m_v)/dt = (Q_boil − Q_cond)/h_fg; C_pool &gt; 0 adds the sensible heat of the pool and metal, which dominates the
 * time to relief of real tanks (heating 500 kg of FK-5-1-12 by 1 K stores as much as evaporating ~6 kg).
 * The condenser is {@link CondenserCoil}; the relief valve {@link ReliefValve}.
 *
 * <p><b>Integration</b> ({@link #step}): implicit (backward) Euler in T over substeps of at most
 * {@code maxSubstepS}; each substep solves the energy form
 * <pre>h_fg(T)·(m_v(T) − m_v,old) + C_pool·(T − T_old) = Δt·[Q_IT − Q_cond(T) − h_fg(T)·(ṁ_relief(p(T)) + ṁ_leak)]</pre>
 * for T by {@link BracketedNewton} over the fluid's saturation range (the left side increases with T, the right
 * decreases, so the root is unique). Unconditionally stable for stiff relief and condenser terms, exact at steady
 * state, and for constant h_fg and no condensation it conserves energy exactly: h_fg·Δm_v + C_pool·ΔT = Q·t. Steps
 * from 1 s to 1 h cost at most ⌈Δt/maxSubstep⌉ solves of ~4 Newton iterations. A pressure whose saturation
 * temperature would leave the fluid's range throws {@link OutOfRangeException} naming the tank; the state is then
 * left as it was before the step (the caller may retry with other inputs).
 *
 * <p>Not thread-safe; allocates nothing per step. Device results are evaluated at the end of each step.
 */
public final class TwoPhaseTank {

    /** Model name used in error messages. */
    public static final String MODEL = TwoPhaseTankParameters.MODEL;

    /** CHF margin q″/q″_CHF above which a device is flagged. */
    public static final double CHF_WARNING_MARGIN = 0.7;

    private static final double TEMPERATURE_TOLERANCE_K = 1e-9;

    private final TwoPhaseTankParameters parameters;
    private final TwoPhaseFluid fluid;
    private final double minTemperatureK;
    private final double maxTemperatureK;
    private final String solveModel;
    private final BracketedNewton.Function stepResidual = this::stepResidual;
    private final BracketedNewton.Function steadyResidual = this::steadyResidual;
    private final BracketedNewton.Function massResidual = this::massResidual;

    private double temperatureK;
    private double pressurePa;
    private double vapourMassKg;
    private double inventoryKg;
    private double ventedKg;
    private double leakedKg;

    private double itHeatW;
    private double boilingHeatW;
    private double condenserHeatW;
    private double condenserUaWK;
    private double reliefFlowKgS;
    private final BoilingDeviceStates deviceStates;

    // inputs of the substep being solved (fields, so the residual functions are created once)
    private double subDtS;
    private double oldTemperatureK;
    private double oldVapourMassKg;
    private double waterInletTempK;
    private double waterMassFlowKgS;
    private double waterCapacityRateWK;
    private double targetVapourMassKg;

    /** A tank at its initial pressure, no heat yet. */
    public TwoPhaseTank(TwoPhaseTankParameters parameters) {
        this.parameters = parameters;
        this.fluid = parameters.fluid();
        this.minTemperatureK = fluid.minSaturationTemperatureK();
        this.maxTemperatureK = fluid.maxSaturationTemperatureK();
        this.solveModel = MODEL + " (" + fluid.name() + ")";
        this.deviceStates = new BoilingDeviceStates(parameters.devices());
        this.inventoryKg = parameters.fluidInventoryKg();
        setState(fluid.saturationTemperatureK(parameters.initialPressurePa()));
        checkInventory();
        updateDevices();
    }

    /**
     * Advances the tank by dtS with piecewise-constant inputs.
     *
     * @param dtS              time step, s, ≥ 0 (0 only re-evaluates the outputs for the inputs)
     * @param itHeatW          IT heat dissipated in the pool, W, ≥ 0
     * @param waterInletTempK  condenser water inlet temperature, K
     * @param waterMassFlowKgS condenser water flow, kg/s, ≥ 0
     * @param waterCpJKgK      condenser water specific heat, J/(kg·K), &gt; 0
     * @throws OutOfRangeException for invalid inputs, or if T_sat leaves the fluid's saturation range, or the liquid
     *                             inventory is exhausted
     */
    public void step(double dtS, double itHeatW, double waterInletTempK, double waterMassFlowKgS, double waterCpJKgK) {
        Checks.nonNegative("time step", dtS, "s", MODEL);
        setInputs(itHeatW, waterInletTempK, waterMassFlowKgS, waterCpJKgK);
        int substeps = (int) Math.max(1, Math.ceil(dtS / parameters.maxSubstepS()));
        subDtS = dtS / substeps;
        double startTemperatureK = temperatureK;
        double startInventoryKg = inventoryKg;
        double startVentedKg = ventedKg;
        double startLeakedKg = leakedKg;
        try {
            for (int k = 0; k < substeps && dtS > 0; k++) {
                oldTemperatureK = temperatureK;
                oldVapourMassKg = vapourMassKg;
                double t = BracketedNewton.solve(stepResidual, temperatureK, minTemperatureK, maxTemperatureK,
                        TEMPERATURE_TOLERANCE_K, "saturation temperature", "K", solveModel);
                setState(t);
                double reliefKgS = parameters.relief().massFlowKgS(pressurePa);
                ventedKg += subDtS * reliefKgS;
                leakedKg += subDtS * parameters.leakageRateKgS();
                inventoryKg -= subDtS * (reliefKgS + parameters.leakageRateKgS());
                checkInventory();
            }
        } catch (OutOfRangeException e) { // a failed step leaves the tank as it was
            setState(startTemperatureK);
            inventoryKg = startInventoryKg;
            ventedKg = startVentedKg;
            leakedKg = startLeakedKg;
            throw e;
        }
        condenserHeatW = condenserHeat(temperatureK);
        boilingHeatW = dtS > 0 ? itHeatW - parameters.poolHeatCapacityJK() * (temperatureK - oldTemperatureK) / subDtS
                : itHeatW;
        finishOutputs();
    }

    /**
     * Puts the tank at the steady state of constant inputs: Q_IT = Q_cond(T) + h_fg(T)·(ṁ_relief + ṁ_leak).
     * The inventory is left as it is.
     */
    public void initialiseSteadyState(double itHeatW, double waterInletTempK, double waterMassFlowKgS,
                                      double waterCpJKgK) {
        setInputs(itHeatW, waterInletTempK, waterMassFlowKgS, waterCpJKgK);
        double t = BracketedNewton.solve(steadyResidual, waterInletTempK, minTemperatureK, maxTemperatureK,
                TEMPERATURE_TOLERANCE_K, "steady saturation temperature", "K", solveModel);
        setState(t);
        checkInventory();
        condenserHeatW = condenserHeat(t);
        boilingHeatW = itHeatW;
        finishOutputs();
    }

    /**
     * Sets the vapour mass, solving the implicit relation m_v = p·M·V_v/(R·T_sat(p)) for the pressure (in T: the
     * root of V_v·ρ_v(T) = m_v, bracketed Newton over the saturation range; ρ_v increases with T).
     */
    public void setVapourMassKg(double vapourMassKg) {
        Range.positive("vapour mass", vapourMassKg, "kg", MODEL);
        targetVapourMassKg = vapourMassKg;
        setState(BracketedNewton.solve(massResidual, temperatureK, minTemperatureK, maxTemperatureK,
                TEMPERATURE_TOLERANCE_K, "saturation temperature for the vapour mass", "K", MODEL));
        updateDevices();
    }

    /** @return vapour mass that fills the vapour space at tank pressure p, kg: V_v·ρ_v(T_sat(p)) */
    public double vapourMassAtPressureKg(double pressurePa) {
        return parameters.vapourSpaceVolumeM3() * fluid.vapourDensityKgM3(fluid.saturationTemperatureK(pressurePa));
    }

    private void setInputs(double itHeat, double waterInlet, double waterFlow, double waterCp) {
        this.itHeatW = Checks.nonNegative("IT heat", itHeat, "W", MODEL);
        this.waterInletTempK = Checks.temperature("condenser water inlet temperature", waterInlet, MODEL);
        this.waterMassFlowKgS = Checks.nonNegative("condenser water flow", waterFlow, "kg/s", MODEL);
        Checks.positive("condenser water specific heat", waterCp, "J/(kg·K)", MODEL);
        this.waterCapacityRateWK = Checks.finiteResult("condenser water capacity rate", waterFlow * waterCp, "W/K",
                MODEL);
    }

    private void setState(double t) {
        temperatureK = t;
        pressurePa = fluid.saturationPressurePa(t);
        vapourMassKg = parameters.vapourSpaceVolumeM3() * fluid.vapourDensityKgM3(t);
    }

    private double condenserHeat(double t) {
        return parameters.condenser().heatW(fluid, t, waterInletTempK, waterMassFlowKgS, waterCapacityRateWK);
    }

    private double outflowKgS(double t) {
        return parameters.relief().massFlowKgS(fluid.saturationPressurePa(t)) + parameters.leakageRateKgS();
    }

    private double stepResidual(double t) {
        double hfg = fluid.latentHeatJKg(t);
        double mass = parameters.vapourSpaceVolumeM3() * fluid.vapourDensityKgM3(t);
        return hfg * (mass - oldVapourMassKg) + parameters.poolHeatCapacityJK() * (t - oldTemperatureK)
                - subDtS * (itHeatW - condenserHeat(t) - hfg * outflowKgS(t));
    }

    private double steadyResidual(double t) {
        return condenserHeat(t) + fluid.latentHeatJKg(t) * outflowKgS(t) - itHeatW;
    }

    private double massResidual(double t) {
        return parameters.vapourSpaceVolumeM3() * fluid.vapourDensityKgM3(t) - targetVapourMassKg;
    }

    private void checkInventory() {
        if (!(inventoryKg - vapourMassKg >= 0)) {
            throw new OutOfRangeException("liquid inventory", inventoryKg - vapourMassKg, 0, Double.POSITIVE_INFINITY,
                    "kg", MODEL + " (fluid exhausted by venting and leakage)");
        }
    }

    private void finishOutputs() {
        reliefFlowKgS = parameters.relief().massFlowKgS(pressurePa);
        condenserUaWK = parameters.condenser().kind() == CondenserCoil.Kind.FIXED_UA
                ? parameters.condenser().designUaWK()
                : CondenserCoil.effectiveUaWK(condenserHeatW, temperatureK, waterInletTempK, waterCapacityRateWK);
        updateDevices();
    }

    private void updateDevices() {
        deviceStates.update(fluid, temperatureK, pressurePa, itHeatW);
    }

    /** @return tank pressure, Pa */
    public double pressurePa() {
        return pressurePa;
    }

    /** @return saturation temperature of the pool, K (= T_sat(pressure)) */
    public double saturationTemperatureK() {
        return temperatureK;
    }

    /** @return vapour mass in the vapour space, kg */
    public double vapourMassKg() {
        return vapourMassKg;
    }

    /** @return heat going into evaporation over the last step, W (IT heat minus the pool's sensible uptake) */
    public double boilingHeatW() {
        return boilingHeatW;
    }

    /** @return heat removed by the condenser at the end of the last step, W */
    public double condenserHeatW() {
        return condenserHeatW;
    }

    /** @return the condenser's UA at the end of the last step, W/K (effective value for the Nusselt coil) */
    public double condenserUaWK() {
        return condenserUaWK;
    }

    /** @return vapour vented by the relief valve at the end of the last step, kg/s */
    public double reliefFlowKgS() {
        return reliefFlowKgS;
    }

    /** @return whether the tank pressure is above the relief set pressure */
    public boolean reliefOpen() {
        return pressurePa > parameters.relief().setPressurePa();
    }

    /** @return total vapour loss rate (relief + leakage) at the end of the last step, kg/s */
    public double vapourLossRateKgS() {
        return reliefFlowKgS + parameters.leakageRateKgS();
    }

    /** @return fluid inventory (liquid + vapour), kg */
    public double fluidInventoryKg() {
        return inventoryKg;
    }

    /** @return liquid inventory (fluid inventory minus vapour), kg */
    public double liquidInventoryKg() {
        return inventoryKg - vapourMassKg;
    }

    /** @return whether the liquid inventory is below the minimum that covers the devices */
    public boolean liquidLow() {
        return liquidInventoryKg() < parameters.minimumLiquidInventoryKg();
    }

    /** @return cumulative mass vented by the relief valve, kg */
    public double ventedMassKg() {
        return ventedKg;
    }

    /** @return cumulative mass lost by leakage, kg */
    public double leakedMassKg() {
        return leakedKg;
    }

    /** @return number of tracked devices */
    public int deviceCount() {
        return deviceStates.heatFluxWM2.length;
    }

    /** @return heat flux of device i, W/m² */
    public double deviceHeatFluxWM2(int i) {
        return deviceStates.heatFluxWM2[i];
    }

    /** @return surface temperature of device i, K: T_sat + ΔTe(q″) */
    public double deviceSurfaceTemperatureK(int i) {
        return deviceStates.surfaceTemperatureK[i];
    }

    /** @return CHF margin of device i, q″/q″_CHF (Zuber–Kutateladze at T_sat), dimensionless */
    public double deviceChfMargin(int i) {
        return deviceStates.chfMargin[i];
    }

    /** @return whether device i's CHF margin exceeds {@value #CHF_WARNING_MARGIN} */
    public boolean deviceChfWarning(int i) {
        return deviceStates.chfMargin[i] > CHF_WARNING_MARGIN;
    }

    /** @return the parameters */
    public TwoPhaseTankParameters parameters() {
        return parameters;
    }
}
