package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.correlation.CounterflowHx;
import io.liquidtwin.physics.correlation.UaFlowScaling;
import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.physics.fluid.GlycolWater;
import io.liquidtwin.physics.fluid.Water;

/**
 * Design (rating) point of a coolant distribution unit's plate heat exchanger, from which its UA follows.
 *
 * <p>The secondary (IT, technology cooling) loop is the hot side, the primary (facility water) loop the cold side.
 * The approach is T_secondary,supply − T_primary,supply = T_hot,out − T_cold,in. At design:
 * <pre>
 * T_hot,out = T_cold,in + approach,  T_hot,in = T_hot,out + Q/(ṁ_hot·cp_hot),  T_cold,out = T_cold,in + Q/(ṁ_cold·cp_cold)
 * ε = Q/(C_min·(T_hot,in − T_cold,in)),  UA = C_min·NTU_counterflow(ε, C_min/C_max)
 * </pre>
 * with each stream's cp at its mean temperature, iterated, exactly as {@link PlateHeatExchanger} rates it, so the
 * derived UA reproduces the stated approach. The unit's pumps, filter, valves and controls are separate models.
 *
 * @param name                    how reports name the unit
 * @param designHeatW             design heat load, W, &gt; 0
 * @param approachK               design approach, K, &gt; 0
 * @param secondaryFluid          IT-loop coolant
 * @param secondaryMassFlowKgS    IT-loop design flow, kg/s, &gt; 0
 * @param primaryFluid            facility-water coolant
 * @param primaryMassFlowKgS      facility-water design flow, kg/s, &gt; 0
 * @param primarySupplyTempK      facility-water supply temperature at design, K
 * @param secondaryPumpPowerW     electrical power of the secondary pumps at design, W, ≥ 0
 * @param availablePressurePa     pressure the unit makes available to the IT loop at design flow, Pa, ≥ 0 (0: not stated)
 * @param pressurePa              pressure at which properties are evaluated, Pa
 */
public record CduDesign(String name, double designHeatW, double approachK, Fluid secondaryFluid,
                        double secondaryMassFlowKgS, Fluid primaryFluid, double primaryMassFlowKgS,
                        double primarySupplyTempK, double secondaryPumpPowerW, double availablePressurePa,
                        double pressurePa) {

    /** Model name used in error messages. */
    public static final String MODEL = "CDU design point";

    /** Checks the parameters. */
    public CduDesign {
        if (name == null || secondaryFluid == null || primaryFluid == null) {
            throw new IllegalArgumentException("CDU name and fluids are required");
        }
        Range.positive("design heat", designHeatW, "W", MODEL);
        Range.positive("approach", approachK, "K", MODEL);
        Range.positive("secondary flow", secondaryMassFlowKgS, "kg/s", MODEL);
        Range.positive("primary flow", primaryMassFlowKgS, "kg/s", MODEL);
        Checks.temperature("primary supply temperature", primarySupplyTempK, MODEL);
        Checks.nonNegative("secondary pump power", secondaryPumpPowerW, "W", MODEL);
        Checks.nonNegative("available pressure", availablePressurePa, "Pa", MODEL);
        Range.positive("pressure", pressurePa, "Pa", MODEL);
    }

    /**
     * The 2 MW unit of PHYSICS.md §3: 2 MW, 3 K approach, 31.5 kg/s IT loop, 74 kW pumps. Not stated there and
     * assumed here: PG25 in the IT loop, facility water at 32 °C (ASHRAE W32) with the same mass flow, 3 bar.
     */
    public static CduDesign twoMegawatt() {
        return new CduDesign("2 MW CDU", 2.0e6, 3.0, GlycolWater.propylene(0.25), 31.5, Water.iapws(), 31.5,
                305.15, 74e3, 0, 3e5);
    }

    /**
     * The 1.37 MW unit of PHYSICS.md §3: 1.37 MW, 4 K approach, 1200 L/min IT loop, 244 kPa available. Assumed:
     * PG25 IT loop, its 1200 L/min measured at the supply temperature (36 °C) and converted with that density;
     * facility water at 32 °C with the same volumetric flow (at 32 °C); 3 bar. Pump power not stated (0).
     */
    public static CduDesign onePointThreeSevenMegawatt() {
        Fluid pg = GlycolWater.propylene(0.25);
        Fluid water = Water.iapws();
        double flowM3s = 1200.0 / 60_000.0;
        return new CduDesign("1.37 MW CDU", 1.37e6, 4.0, pg, flowM3s * pg.densityKgM3(309.15, 3e5), water,
                flowM3s * water.densityKgM3(305.15, 3e5), 305.15, 0, 244e3, 3e5);
    }

    /** @return design secondary supply temperature (hot outlet), K */
    public double secondarySupplyTempK() {
        return primarySupplyTempK + approachK;
    }

    /** @return design secondary return temperature (hot inlet), K, with cp at the stream's mean temperature */
    public double secondaryReturnTempK() {
        double tOut = secondarySupplyTempK();
        double tIn = tOut + designHeatW / (secondaryMassFlowKgS * secondaryFluid.specificHeatJKgK(tOut, pressurePa));
        for (int i = 0; i < 50; i++) {
            double next = tOut + designHeatW
                    / (secondaryMassFlowKgS * secondaryFluid.specificHeatJKgK(0.5 * (tIn + tOut), pressurePa));
            if (Math.abs(next - tIn) < 1e-12) {
                return next;
            }
            tIn = next;
        }
        return tIn;
    }

    /** @return design primary return temperature (cold outlet), K, with cp at the stream's mean temperature */
    public double primaryReturnTempK() {
        double tIn = primarySupplyTempK;
        double tOut = tIn + designHeatW / (primaryMassFlowKgS * primaryFluid.specificHeatJKgK(tIn, pressurePa));
        for (int i = 0; i < 50; i++) {
            double next = tIn + designHeatW
                    / (primaryMassFlowKgS * primaryFluid.specificHeatJKgK(0.5 * (tIn + tOut), pressurePa));
            if (Math.abs(next - tOut) < 1e-12) {
                return next;
            }
            tOut = next;
        }
        return tOut;
    }

    /**
     * @return the counterflow UA that meets the design approach at the design flows, W/K
     * @throws io.liquidtwin.physics.OutOfRangeException if the design is infeasible (ε ≥ 1)
     */
    public double designUaWK() {
        double tHotIn = secondaryReturnTempK();
        double tColdOut = primaryReturnTempK();
        double ch = designHeatW / (tHotIn - secondarySupplyTempK());
        double cc = designHeatW / (tColdOut - primarySupplyTempK);
        double cmin = Math.min(ch, cc);
        double eff = designHeatW / (cmin * (tHotIn - primarySupplyTempK));
        return cmin * CounterflowHx.ntu(eff, cmin / Math.max(ch, cc));
    }

    /**
     * @param hotResistanceFraction share of the design thermal resistance on the secondary (hot) side, in (0, 1)
     * @return the UA scaling from this design point (each side ∝ ṁ^0.8)
     */
    public UaFlowScaling uaScaling(double hotResistanceFraction) {
        return UaFlowScaling.fromDesignUa(designUaWK(), hotResistanceFraction, secondaryMassFlowKgS,
                primaryMassFlowKgS);
    }
}
