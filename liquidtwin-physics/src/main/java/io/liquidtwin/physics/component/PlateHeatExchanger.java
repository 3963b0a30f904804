package io.liquidtwin.physics.component;

import io.liquidtwin.physics.correlation.FlowArrangement;
import io.liquidtwin.physics.correlation.UaFlowScaling;
import io.liquidtwin.physics.fluid.Fluid;

/**
 * A liquid-to-liquid heat exchanger (the CDU's plate HX; also any quasi-steady two-stream exchanger), rated by ε-NTU:
 * <pre>
 * C = ṁ·cp,   NTU = UA(ṁ_hot, ṁ_cold)/C_min,   Cr = C_min/C_max,   ε = ε_arrangement(NTU, Cr)
 * Q = ε·C_min·(T_hot,in − T_cold,in),   T_hot,out = T_hot,in − Q/C_hot,   T_cold,out = T_cold,in + Q/C_cold
 * </pre>
 * UA scales with both flows ({@link UaFlowScaling}, each side's film conductance ∝ ṁ^0.8 from its design point) or
 * is constant ({@link #fixedUa}). Plate exchangers are rated as pure counterflow (the default arrangement). Source:
 * Incropera §11.4; Shah &amp; Sekulić (2003). The exact crossflow series accepts NTU ≤ 500; larger NTU is capped
 * there (ε has reached its limit to 10⁻¹⁴).
 *
 * <p><b>Properties</b> ({@link #rate(Fluid, double, double, Fluid, double, double, double)}): each stream's cp is
 * taken at its own mean temperature (T_in + T_out)/2, iterated to a fixed point (|ΔT_out| &lt; 10⁻¹⁰ K, usually 3–4
 * passes, since cp changes by ~0.1 %/K). Mass flows are the caller's: a flow stated in L/min is converted with the
 * density at the temperature where it is measured (normally the inlet).
 *
 * <p>The heat is signed: negative when the "hot" inlet is the colder one. Zero flow on either side gives Q = 0 and
 * outlets equal to inlets. Results are kept in fields (no allocation); not thread-safe.
 */
public final class PlateHeatExchanger {

    /** Model name used in error messages. */
    public static final String MODEL = "ε-NTU heat exchanger";

    private static final int MAX_PROPERTY_PASSES = 30;

    private final UaFlowScaling ua;
    private final FlowArrangement arrangement;

    private double heatW;
    private double hotOutletTempK;
    private double coldOutletTempK;
    private double uaWK;
    private double effectiveness;
    private double hotCpJKgK;
    private double coldCpJKgK;

    /** A counterflow exchanger with flow-scaled UA. */
    public PlateHeatExchanger(UaFlowScaling ua) {
        this(ua, FlowArrangement.COUNTERFLOW);
    }

    /** An exchanger with flow-scaled UA and the given arrangement. */
    public PlateHeatExchanger(UaFlowScaling ua, FlowArrangement arrangement) {
        if (ua == null || arrangement == null) {
            throw new IllegalArgumentException("UA scaling and flow arrangement are required");
        }
        this.ua = ua;
        this.arrangement = arrangement;
    }

    /** @return a counterflow exchanger of constant UA, W/K (a UaFlowScaling with exponent 0) */
    public static PlateHeatExchanger fixedUa(double uaWK) {
        Checks.positive("UA", uaWK, "W/K", MODEL);
        return new PlateHeatExchanger(new UaFlowScaling(2 * uaWK, 1, 2 * uaWK, 1, 0));
    }

    /**
     * Rates the exchanger for given specific heats.
     *
     * @param hotMassFlowKgS  hot-side mass flow, kg/s, ≥ 0
     * @param hotCpJKgK       hot-side specific heat, J/(kg·K), &gt; 0
     * @param hotInletTempK   hot-side inlet temperature, K
     * @param coldMassFlowKgS cold-side mass flow, kg/s, ≥ 0
     * @param coldCpJKgK      cold-side specific heat, J/(kg·K), &gt; 0
     * @param coldInletTempK  cold-side inlet temperature, K
     * @return heat from the hot to the cold stream, W
     */
    public double rate(double hotMassFlowKgS, double hotCpJKgK, double hotInletTempK, double coldMassFlowKgS,
                       double coldCpJKgK, double coldInletTempK) {
        Checks.nonNegative("hot-side mass flow", hotMassFlowKgS, "kg/s", MODEL);
        Checks.nonNegative("cold-side mass flow", coldMassFlowKgS, "kg/s", MODEL);
        Checks.positive("hot-side specific heat", hotCpJKgK, "J/(kg·K)", MODEL);
        Checks.positive("cold-side specific heat", coldCpJKgK, "J/(kg·K)", MODEL);
        Checks.temperature("hot-side inlet temperature", hotInletTempK, MODEL);
        Checks.temperature("cold-side inlet temperature", coldInletTempK, MODEL);
        this.hotCpJKgK = hotCpJKgK;
        this.coldCpJKgK = coldCpJKgK;
        return compute(hotMassFlowKgS, hotCpJKgK, hotInletTempK, coldMassFlowKgS, coldCpJKgK, coldInletTempK);
    }

    /**
     * Rates the exchanger with each stream's cp at its mean temperature (iterated).
     *
     * @param hot             hot-side fluid
     * @param hotMassFlowKgS  hot-side mass flow, kg/s, ≥ 0
     * @param hotInletTempK   hot-side inlet temperature, K
     * @param cold            cold-side fluid
     * @param coldMassFlowKgS cold-side mass flow, kg/s, ≥ 0
     * @param coldInletTempK  cold-side inlet temperature, K
     * @param pressurePa      pressure at which the properties are evaluated (both sides), Pa
     * @return heat from the hot to the cold stream, W
     */
    public double rate(Fluid hot, double hotMassFlowKgS, double hotInletTempK, Fluid cold, double coldMassFlowKgS,
                       double coldInletTempK, double pressurePa) {
        double th = hotInletTempK;
        double tc = coldInletTempK;
        double q = rate(hotMassFlowKgS, hot.specificHeatJKgK(th, pressurePa), th, coldMassFlowKgS,
                cold.specificHeatJKgK(tc, pressurePa), tc);
        for (int i = 0; i < MAX_PROPERTY_PASSES; i++) {
            double prevHot = hotOutletTempK;
            double prevCold = coldOutletTempK;
            double cpH = hot.specificHeatJKgK(0.5 * (th + hotOutletTempK), pressurePa);
            double cpC = cold.specificHeatJKgK(0.5 * (tc + coldOutletTempK), pressurePa);
            hotCpJKgK = cpH;
            coldCpJKgK = cpC;
            q = compute(hotMassFlowKgS, cpH, th, coldMassFlowKgS, cpC, tc);
            if (Math.abs(hotOutletTempK - prevHot) < 1e-10 && Math.abs(coldOutletTempK - prevCold) < 1e-10) {
                break;
            }
        }
        return q;
    }

    private double compute(double mh, double cph, double th, double mc, double cpc, double tc) {
        double ch = Checks.finiteResult("hot-side capacity rate", mh * cph, "W/K", MODEL);
        double cc = Checks.finiteResult("cold-side capacity rate", mc * cpc, "W/K", MODEL);
        double cmin = Math.min(ch, cc);
        uaWK = ua.uaWK(mh, mc);
        if (!(cmin > 0)) {
            effectiveness = 0;
            heatW = 0;
            hotOutletTempK = th;
            coldOutletTempK = tc;
            return 0;
        }
        effectiveness = arrangement.saturatingEffectiveness(uaWK / cmin, cmin / Math.max(ch, cc));
        heatW = effectiveness * cmin * (th - tc);
        hotOutletTempK = th - heatW / ch;
        coldOutletTempK = tc + heatW / cc;
        return heatW;
    }

    /** @return heat of the last rating, hot → cold, W */
    public double heatW() {
        return heatW;
    }

    /** @return hot-side outlet temperature of the last rating, K */
    public double hotOutletTempK() {
        return hotOutletTempK;
    }

    /** @return cold-side outlet temperature of the last rating, K */
    public double coldOutletTempK() {
        return coldOutletTempK;
    }

    /** @return UA of the last rating, W/K */
    public double uaWK() {
        return uaWK;
    }

    /** @return effectiveness of the last rating, dimensionless */
    public double effectiveness() {
        return effectiveness;
    }

    /** @return hot-side cp used by the last rating, J/(kg·K) */
    public double hotCpJKgK() {
        return hotCpJKgK;
    }

    /** @return cold-side cp used by the last rating, J/(kg·K) */
    public double coldCpJKgK() {
        return coldCpJKgK;
    }

    /** @return the UA scaling */
    public UaFlowScaling uaScaling() {
        return ua;
    }

    /** @return the flow arrangement */
    public FlowArrangement arrangement() {
        return arrangement;
    }
}
