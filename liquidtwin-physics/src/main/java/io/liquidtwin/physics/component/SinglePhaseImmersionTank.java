package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.correlation.UaFlowScaling;
import io.liquidtwin.physics.fluid.Fluid;
import java.util.List;

/**
 * A single-phase immersion tank: a well-mixed dielectric bath, pumped through a heat exchanger to facility water.
 * <pre>
 * C·dT/dt = Q_IT − Q_hx,   C = ρ(T)·V·cp(T) + C_metal,   Q_hx = ε·C_min·(T − T_w,in)   (ε-NTU, coolant hot side)
 * </pre>
 * For fixed flows ε·C_min = k does not depend on T, so over a step with constant inputs (properties at the bulk
 * temperature at the start of the step) the bath follows T(t) = T_eq + (T₀ − T_eq)·e^(−k·t/C), T_eq = T_w,in + Q_IT/k,
 * integrated exactly — stable and accurate for any step. Devices ({@link ImmersedDevice}) are at
 * T_s = T + q″/h, checked against their limits. The coolant leaves the bath at T and returns from the HX at
 * T − Q_hx/(ṁ_c·cp). Circulation velocity past the devices: ṁ_c/(ρ·A_flow).
 *
 * <p>State: the bath temperature. Results are kept in fields; not thread-safe; allocates nothing per step.
 */
public final class SinglePhaseImmersionTank {

    /** Model name used in error messages. */
    public static final String MODEL = "single-phase immersion tank";

    private final Fluid coolant;
    private final double volumeM3;
    private final double metalHeatCapacityJK;
    private final double flowAreaM2;
    private final double pressurePa;
    private final double maxBulkTempK;
    private final List<ImmersedDevice> devices;
    private final PlateHeatExchanger hx;
    private final double[] surfaceTempK;

    private double bulkTempK;
    private double hxHeatW;
    private double returnTempK;
    private double waterOutletTempK;

    /**
     * @param coolant             the dielectric
     * @param volumeM3            coolant volume, m³
     * @param metalHeatCapacityJK heat capacity of immersed hardware and tank, J/K, ≥ 0
     * @param flowAreaM2          cross-section of the circulation past the devices, m²
     * @param pressurePa          bath pressure (for properties), Pa
     * @param maxBulkTempK        bulk temperature limit for the limit check, K
     * @param hxUa                UA scaling of the HX (hot = coolant, cold = water)
     * @param devices             tracked devices
     * @param initialBulkTempK    initial bath temperature, K
     */
    public SinglePhaseImmersionTank(Fluid coolant, double volumeM3, double metalHeatCapacityJK, double flowAreaM2,
                                    double pressurePa, double maxBulkTempK, UaFlowScaling hxUa,
                                    List<ImmersedDevice> devices, double initialBulkTempK) {
        if (coolant == null || hxUa == null || devices == null) {
            throw new IllegalArgumentException("coolant, HX and device list are required");
        }
        this.coolant = coolant;
        this.volumeM3 = Range.positive("coolant volume", volumeM3, "m³", MODEL);
        this.metalHeatCapacityJK = Checks.nonNegative("metal heat capacity", metalHeatCapacityJK, "J/K", MODEL);
        this.flowAreaM2 = Range.positive("flow area", flowAreaM2, "m²", MODEL);
        this.pressurePa = Range.positive("pressure", pressurePa, "Pa", MODEL);
        this.maxBulkTempK = Checks.temperature("maximum bulk temperature", maxBulkTempK, MODEL);
        this.devices = List.copyOf(devices);
        this.hx = new PlateHeatExchanger(hxUa);
        this.surfaceTempK = new double[this.devices.size()];
        this.bulkTempK = initialBulkTempK;
        coolant.densityKgM3(initialBulkTempK, pressurePa); // range check
    }

    /**
     * Advances the bath by dtS with constant inputs.
     *
     * @param dtS                 time step, s, ≥ 0
     * @param itHeatW             IT heat, W, ≥ 0
     * @param coolantMassFlowKgS  circulation flow through the HX, kg/s, ≥ 0
     * @param waterInletTempK     facility water inlet temperature, K
     * @param waterMassFlowKgS    facility water flow, kg/s, ≥ 0
     * @param waterCpJKgK         facility water specific heat, J/(kg·K)
     * @throws io.liquidtwin.physics.OutOfRangeException for bad inputs or if the bath leaves the coolant's range
     */
    public void step(double dtS, double itHeatW, double coolantMassFlowKgS, double waterInletTempK,
                     double waterMassFlowKgS, double waterCpJKgK) {
        Checks.nonNegative("time step", dtS, "s", MODEL);
        Checks.nonNegative("IT heat", itHeatW, "W", MODEL);
        double cp = coolant.specificHeatJKgK(bulkTempK, pressurePa);
        double rho = coolant.densityKgM3(bulkTempK, pressurePa);
        double capacity = rho * volumeM3 * cp + metalHeatCapacityJK;
        hx.rate(coolantMassFlowKgS, cp, bulkTempK, waterMassFlowKgS, waterCpJKgK, waterInletTempK);
        double k = hx.effectiveness() * Math.min(coolantMassFlowKgS * cp, waterMassFlowKgS * waterCpJKgK);
        double next;
        if (k > 0) {
            double eq = waterInletTempK + itHeatW / k;
            next = eq + (bulkTempK - eq) * Math.exp(-k * dtS / capacity);
        } else {
            next = bulkTempK + itHeatW * dtS / capacity;
        }
        coolant.densityKgM3(next, pressurePa); // refuses a bath outside the coolant's range
        bulkTempK = next;
        hxHeatW = hx.rate(coolantMassFlowKgS, cp, bulkTempK, waterMassFlowKgS, waterCpJKgK, waterInletTempK);
        returnTempK = hx.hotOutletTempK();
        waterOutletTempK = hx.coldOutletTempK();
        updateDevices(itHeatW, coolantMassFlowKgS);
    }

    private void updateDevices(double itHeatW, double coolantMassFlowKgS) {
        double t = bulkTempK;
        double rho = coolant.densityKgM3(t, pressurePa);
        double mu = coolant.viscosityPaS(t, pressurePa);
        double k = coolant.conductivityWMK(t, pressurePa);
        double pr = coolant.specificHeatJKgK(t, pressurePa) * mu / k;
        double velocity = coolantMassFlowKgS / (rho * flowAreaM2);
        for (int i = 0; i < surfaceTempK.length; i++) {
            ImmersedDevice d = devices.get(i);
            double q = d.heatShare() * itHeatW / d.areaM2();
            double h = d.heatTransferCoefficientWM2K(velocity, rho, mu, k, pr);
            double ts = q == 0 ? t : t + q / h;
            if (!Double.isFinite(ts)) { // the model name is built only on failure
                Checks.finiteResult("surface temperature (no convection)", ts, "K", MODEL + " device " + d.name());
            }
            surfaceTempK[i] = ts;
        }
    }

    /** @return bath (bulk) temperature, K */
    public double bulkTempK() {
        return bulkTempK;
    }

    /** @return heat to the facility water at the end of the last step, W */
    public double hxHeatW() {
        return hxHeatW;
    }

    /** @return coolant temperature returning from the HX to the bath, K */
    public double returnTempK() {
        return returnTempK;
    }

    /** @return facility water outlet temperature, K */
    public double waterOutletTempK() {
        return waterOutletTempK;
    }

    /** @return surface temperature of device i, K */
    public double deviceSurfaceTempK(int i) {
        return surfaceTempK[i];
    }

    /** @return whether device i exceeds its surface limit */
    public boolean deviceOverTemperature(int i) {
        return surfaceTempK[i] > devices.get(i).maxSurfaceTempK();
    }

    /** @return whether the bath exceeds its bulk limit */
    public boolean bulkOverTemperature() {
        return bulkTempK > maxBulkTempK;
    }
}
