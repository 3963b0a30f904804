package io.liquidtwin.physics.component;

import io.liquidtwin.physics.correlation.UaFlowScaling;

/**
 * A heat-reuse exchanger delivering waste heat to a district-heating (or building-heating) loop, capped by the
 * loop's demand:
 * <pre>
 * Q_available = ε·C_min·(T_hot,in − T_dh,in)   (ε-NTU, {@link PlateHeatExchanger}; 0 when T_hot,in ≤ T_dh,in)
 * Q_reuse     = min(demand, Q_available)
 * </pre>
 * When the demand binds, the reuse loop's controls (bypass or flow) reduce the transfer to the demand; outlet
 * temperatures follow from the delivered heat on both sides. Reused energy counts toward ERF (PHYSICS.md §6), which
 * the KPI layer integrates. Results are kept in fields; not thread-safe; allocates nothing.
 */
public final class HeatReuseExchanger {

    /** Model name used in error messages. */
    public static final String MODEL = "heat-reuse exchanger";

    private final PlateHeatExchanger hx;
    private double availableW;
    private double reusedW;
    private double hotOutletTempK;
    private double districtOutletTempK;

    /** An exchanger with flow-scaled UA (counterflow). */
    public HeatReuseExchanger(UaFlowScaling ua) {
        this.hx = new PlateHeatExchanger(ua);
    }

    /** @return a counterflow exchanger of constant UA, W/K */
    public static HeatReuseExchanger fixedUa(double uaWK) {
        Checks.positive("UA", uaWK, "W/K", MODEL);
        return new HeatReuseExchanger(new UaFlowScaling(2 * uaWK, 1, 2 * uaWK, 1, 0));
    }

    /**
     * @param hotMassFlowKgS       waste-heat side flow, kg/s
     * @param hotCpJKgK            its specific heat, J/(kg·K)
     * @param hotInletTempK        its inlet temperature, K
     * @param districtMassFlowKgS  district-heating side flow, kg/s
     * @param districtCpJKgK       its specific heat, J/(kg·K)
     * @param districtInletTempK   its inlet (return) temperature, K
     * @param demandW              district heat demand, W, ≥ 0
     * @return heat reused, W
     */
    public double rate(double hotMassFlowKgS, double hotCpJKgK, double hotInletTempK, double districtMassFlowKgS,
                       double districtCpJKgK, double districtInletTempK, double demandW) {
        Checks.nonNegative("demand", demandW, "W", MODEL);
        double q = hx.rate(hotMassFlowKgS, hotCpJKgK, hotInletTempK, districtMassFlowKgS, districtCpJKgK,
                districtInletTempK);
        availableW = Math.max(0, q);
        reusedW = Math.min(demandW, availableW);
        double ch = hotMassFlowKgS * hotCpJKgK;
        double cd = districtMassFlowKgS * districtCpJKgK;
        hotOutletTempK = ch > 0 ? hotInletTempK - reusedW / ch : hotInletTempK;
        districtOutletTempK = cd > 0 ? districtInletTempK + reusedW / cd : districtInletTempK;
        return reusedW;
    }

    /** @return heat the exchanger could transfer, W */
    public double availableW() {
        return availableW;
    }

    /** @return heat delivered to the district loop, W */
    public double reusedW() {
        return reusedW;
    }

    /** @return waste-heat side outlet temperature, K */
    public double hotOutletTempK() {
        return hotOutletTempK;
    }

    /** @return district-heating side outlet (supply) temperature, K */
    public double districtOutletTempK() {
        return districtOutletTempK;
    }
}
