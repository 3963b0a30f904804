package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.correlation.NusseltCondensation;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;

/**
 * A water-cooled condenser coil in the vapour space of a two-phase tank. The vapour side condenses at T_sat (capacity
 * rate infinite, Cr = 0), so with water entering at T_w,in with capacity rate C_w = ṁ_w·cp_w:
 * <pre>Q_cond = ε·C_w·(T_sat − T_w,in),   ε = 1 − exp(−UA/C_w)</pre>
 * (0 when C_w = 0 or T_sat ≤ T_w,in: the coil cannot evaporate). The UA comes from one of two models:
 * <ul>
 *   <li>{@link Kind#FIXED_UA}: a given UA (e.g. the vendor's rating at design), constant.</li>
 *   <li>{@link Kind#NUSSELT_HORIZONTAL_TUBES}: condensing film on horizontal tubes, Nusselt
 *       h = 0.729·[ρl(ρl−ρv) g hfg kl³/(μl D (T_sat − T_wall))]^¼ ({@link NusseltCondensation#horizontalTubeWM2K})
 *       times Kern's row factor N^(−1/6) for N tubes in a vertical row (condensate inundation), in series with the
 *       water side hA_w = hA_w,design·(ṁ_w/ṁ_w,design)^0.8. The wall is taken at one uniform temperature T_wall, so
 *       the water side is also a Cr = 0 exchanger, and T_wall solves
 *       h(T_wall)·A·(T_sat − T_wall) = (1 − e^(−hA_w/C_w))·C_w·(T_wall − T_w,in); with y = (T_sat − T_wall)^¼ this is
 *       the quartic E·y⁴ + K·A·y³ − E·(T_sat − T_w,in) = 0, convex and increasing for y &gt; 0, solved by Newton from
 *       its upper bound (monotone convergence). The effective UA is then −C_w·ln(1 − Q/(C_w (T_sat − T_w,in))).
 *       Liquid properties and hfg are taken at T_sat (not the film temperature) and the condensate subcooling term
 *       is neglected: both change h by a few per cent, inside the correlation's own uncertainty.</li>
 * </ul>
 *
 * @param kind                    which UA model
 * @param designUaWK              UA of {@link Kind#FIXED_UA}, W/K
 * @param outsideAreaM2           condensing (outside) area of the tubes, m² ({@link Kind#NUSSELT_HORIZONTAL_TUBES})
 * @param tubeOuterDiameterM      tube outer diameter, m
 * @param tubeRows                tubes in a vertical row (Kern's factor N^(−1/6)), ≥ 1
 * @param waterSideDesignHaWK     water-side film conductance at the design water flow, W/K
 * @param waterDesignMassFlowKgS  design water flow, kg/s
 */
public record CondenserCoil(Kind kind, double designUaWK, double outsideAreaM2, double tubeOuterDiameterM,
                            int tubeRows, double waterSideDesignHaWK, double waterDesignMassFlowKgS) {

    /** Model name used in error messages. */
    public static final String MODEL = "two-phase tank condenser coil";

    /** Water-side film conductance exponent on flow (turbulent, Dittus–Boelter). */
    public static final double WATER_SIDE_EXPONENT = 0.8;

    /** The UA models. */
    public enum Kind {
        /** A given, constant UA. */
        FIXED_UA,
        /** Nusselt film condensation on horizontal tubes in series with a flow-scaled water side. */
        NUSSELT_HORIZONTAL_TUBES
    }

    /** Checks the parameters of the chosen model. */
    public CondenserCoil {
        if (kind == null) {
            throw new IllegalArgumentException("condenser coil kind is null");
        }
        if (kind == Kind.FIXED_UA) {
            Range.positive("condenser UA", designUaWK, "W/K", MODEL);
        } else {
            Range.positive("condensing area", outsideAreaM2, "m²", MODEL);
            Range.positive("tube outer diameter", tubeOuterDiameterM, "m", MODEL);
            Range.atLeast("tubes per vertical row", tubeRows, 1, "", MODEL);
            Range.positive("water-side design hA", waterSideDesignHaWK, "W/K", MODEL);
            Range.positive("design water flow", waterDesignMassFlowKgS, "kg/s", MODEL);
        }
    }

    /** @return a coil of constant UA, W/K */
    public static CondenserCoil fixedUa(double uaWK) {
        return new CondenserCoil(Kind.FIXED_UA, uaWK, 0, 0, 1, 0, 0);
    }

    /** @return a coil of horizontal tubes with Nusselt film condensation outside and a flow-scaled water side */
    public static CondenserCoil nusseltHorizontalTubes(double outsideAreaM2, double tubeOuterDiameterM, int tubeRows,
                                                       double waterSideDesignHaWK, double waterDesignMassFlowKgS) {
        return new CondenserCoil(Kind.NUSSELT_HORIZONTAL_TUBES, 0, outsideAreaM2, tubeOuterDiameterM, tubeRows,
                waterSideDesignHaWK, waterDesignMassFlowKgS);
    }

    /**
     * @param fluid                  the condensing fluid
     * @param saturationTemperatureK T_sat of the vapour, K
     * @param waterInletTempK        water inlet temperature, K
     * @param waterMassFlowKgS       water mass flow, kg/s, ≥ 0
     * @param waterCapacityRateWK    C_w = ṁ_w·cp_w, W/K, ≥ 0
     * @return condensed heat Q_cond, W (≥ 0)
     */
    public double heatW(TwoPhaseFluid fluid, double saturationTemperatureK, double waterInletTempK,
                        double waterMassFlowKgS, double waterCapacityRateWK) {
        double span = saturationTemperatureK - waterInletTempK;
        if (!(span > 0) || !(waterCapacityRateWK > 0)) {
            return 0;
        }
        if (kind == Kind.FIXED_UA) {
            return -Math.expm1(-designUaWK / waterCapacityRateWK) * waterCapacityRateWK * span;
        }
        double t = saturationTemperatureK;
        double p = fluid.saturationPressurePa(t);
        double hAtOneKelvin = NusseltCondensation.horizontalTubeWM2K(t, t - 1.0, fluid.vapourDensityKgM3(t),
                fluid.saturatedLiquidDensityKgM3(t), fluid.conductivityWMK(t, p), fluid.viscosityPaS(t, p),
                fluid.latentHeatJKg(t), tubeOuterDiameterM);
        double ka = hAtOneKelvin * Math.pow(tubeRows, -1.0 / 6.0) * outsideAreaM2;
        double waterHa = waterSideDesignHaWK * Math.pow(waterMassFlowKgS / waterDesignMassFlowKgS, WATER_SIDE_EXPONENT);
        double e = -Math.expm1(-waterHa / waterCapacityRateWK) * waterCapacityRateWK;
        if (!(e > 0)) {
            return 0;
        }
        // E y⁴ + KA y³ − E·span = 0, y = (T_sat − T_wall)^¼ ∈ (0, span^¼]: Newton from the upper end (convex, increasing)
        double y = Math.sqrt(Math.sqrt(span));
        for (int i = 0; i < 100; i++) {
            double y2 = y * y;
            double g = e * y2 * y2 + ka * y2 * y - e * span;
            double dg = 4 * e * y2 * y + 3 * ka * y2;
            double next = y - g / dg;
            if (!(next < y) || y - next <= 1e-15 * y) {
                y = Math.max(0, Math.min(y, next));
                break;
            }
            y = next;
        }
        double y2 = y * y;
        return e * (span - y2 * y2);
    }

    /**
     * The UA that reproduces a condensed heat in the Cr = 0 relation: −C_w·ln(1 − Q/(C_w·(T_sat − T_w,in))).
     *
     * @return effective UA, W/K (0 when no heat is condensed; capped at 1e12 W/K when Q reaches its maximum)
     */
    static double effectiveUaWK(double heatW, double saturationTemperatureK, double waterInletTempK,
                                double waterCapacityRateWK) {
        double qMax = waterCapacityRateWK * (saturationTemperatureK - waterInletTempK);
        if (!(heatW > 0) || !(qMax > 0)) {
            return 0;
        }
        double ua = -waterCapacityRateWK * Math.log1p(-Math.min(heatW / qMax, 1.0));
        return Double.isFinite(ua) ? Math.min(ua, 1e12) : 1e12;
    }
}
