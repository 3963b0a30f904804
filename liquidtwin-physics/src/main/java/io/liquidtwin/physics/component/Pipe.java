package io.liquidtwin.physics.component;

import io.liquidtwin.physics.correlation.Churchill1977;
import io.liquidtwin.physics.correlation.Colebrook;

/**
 * A pipe run as a network branch ({@link FlowLaw}): Darcy–Weisbach friction plus minor losses,
 * <pre>
 * Δp = f(Re, ε/D)·(L/D)·ρV|V|/2 + ΣK·ρV|V|/2,   V = Q/A,   Re = ρ|V|D/μ
 * </pre>
 * The friction term is evaluated as (f·Re)·μ·L·V/(2D²), which is the Hagen–Poiseuille 32μLV/D² in laminar flow:
 * linear at zero flow, so its slope is positive there without regularisation. The minor-loss term is regularised as
 * ΣK·ρ·V·√(V² + V_t²)/2 with V_t 10⁻⁴ m/s (see {@code Smooth}).
 * <ul>
 *   <li>{@link FrictionModel#CHURCHILL_1977} (default): one explicit formula for all regimes
 *       ({@link Churchill1977}); below Re = 1 its laminar limit f·Re = 64 (the correction there is &lt; 10⁻¹⁰).</li>
 *   <li>{@link FrictionModel#COLEBROOK}: 64/Re up to Re 2300, Colebrook ({@link Colebrook}) from 4000, and f
 *       interpolated linearly in Re between the two (the transition has no law; this keeps Δp continuous).</li>
 * </ul>
 * The derivative is a central difference (relative step 10⁻⁶), so it is consistent with whatever regime applies.
 *
 * <p><b>Fluid state</b>: density and viscosity are plain fields ({@link #setFluid}), set at construction and by the
 * caller when the temperature changes: {@link FlowLaw} passes only the flow. <b>Heat loss</b> to ambient through
 * UA = U'·L: T_out = T_amb + (T_in − T_amb)·e^(−UA/(ṁ·cp)) (steady plug flow, constant cp).
 * <b>Transport delay</b> (plug flow, t = V/Q) is reported by {@link #transitTimeS} but not applied: TODO — a delay
 * line belongs to the thermal network's state, which owns the time step.
 */
public final class Pipe implements FlowLaw {

    /** Model name used in error messages. */
    public static final String MODEL = PipeGeometry.MODEL;

    /** The friction-factor models. */
    public enum FrictionModel {
        /** Churchill (1977), all regimes. */
        CHURCHILL_1977,
        /** 64/Re, linear blend, Colebrook. */
        COLEBROOK
    }

    private static final double LAMINAR_LIMIT = 2300;
    private static final double TURBULENT_LIMIT = 4000;
    private static final double TRANSITION_VELOCITY_M_S = 1e-4;

    private final PipeGeometry geometry;
    private final FrictionModel friction;
    private final double area;
    private final double relativeRoughness;
    private final double referenceFlowM3s;
    private double densityKgM3;
    private double viscosityPaS;

    /**
     * @param geometry     the pipe
     * @param friction     the friction model
     * @param densityKgM3  fluid density, kg/m³
     * @param viscosityPaS fluid dynamic viscosity, Pa·s
     */
    public Pipe(PipeGeometry geometry, FrictionModel friction, double densityKgM3, double viscosityPaS) {
        if (geometry == null || friction == null) {
            throw new IllegalArgumentException("pipe geometry and friction model are required");
        }
        this.geometry = geometry;
        this.friction = friction;
        this.area = geometry.areaM2();
        this.relativeRoughness = geometry.roughnessM() / geometry.diameterM();
        this.referenceFlowM3s = 1e-3 * area; // 1 mm/s
        setFluid(densityKgM3, viscosityPaS);
    }

    /** A pipe with Churchill's friction factor. */
    public Pipe(PipeGeometry geometry, double densityKgM3, double viscosityPaS) {
        this(geometry, FrictionModel.CHURCHILL_1977, densityKgM3, viscosityPaS);
    }

    /** Sets the fluid properties used by the flow law. */
    public void setFluid(double densityKgM3, double viscosityPaS) {
        this.densityKgM3 = Checks.positive("density", densityKgM3, "kg/m³", MODEL);
        this.viscosityPaS = Checks.positive("viscosity", viscosityPaS, "Pa·s", MODEL);
    }

    @Override
    public double pressureDropPa(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        double d = geometry.diameterM();
        double v = flowM3s / area;
        double re = densityKgM3 * Math.abs(v) * d / viscosityPaS;
        double frictionDrop = frictionTimesReynolds(re) * viscosityPaS * geometry.lengthM() * v / (2 * d * d);
        double minorDrop = 0.5 * geometry.minorLossK() * densityKgM3
                * Smooth.signedPower(v, TRANSITION_VELOCITY_M_S, 2);
        return Checks.finiteResult("pressure drop", frictionDrop + minorDrop, "Pa", MODEL);
    }

    @Override
    public double pressureDropDerivative(double flowM3s) {
        double h = 1e-6 * Math.max(Math.abs(flowM3s), referenceFlowM3s);
        return (pressureDropPa(flowM3s + h) - pressureDropPa(flowM3s - h)) / (2 * h);
    }

    /** @return Darcy friction factor times Reynolds number at Re ≥ 0 (64 in laminar flow) */
    double frictionTimesReynolds(double re) {
        if (friction == FrictionModel.CHURCHILL_1977) {
            return re < 1 ? 64 : Churchill1977.darcyFrictionFactor(re, relativeRoughness) * re;
        }
        if (re <= LAMINAR_LIMIT) {
            return 64;
        }
        if (re >= TURBULENT_LIMIT) {
            return Colebrook.darcyFrictionFactor(re, relativeRoughness) * re;
        }
        double fLam = 64 / LAMINAR_LIMIT;
        double fTurb = Colebrook.darcyFrictionFactor(TURBULENT_LIMIT, relativeRoughness);
        double w = (re - LAMINAR_LIMIT) / (TURBULENT_LIMIT - LAMINAR_LIMIT);
        return (fLam + w * (fTurb - fLam)) * re;
    }

    /**
     * @param inletTempK   inlet temperature, K
     * @param massFlowKgS  mass flow, kg/s, ≥ 0 (magnitude; the inlet is upstream)
     * @param cpJKgK       specific heat, J/(kg·K), &gt; 0
     * @param ambientTempK ambient temperature, K
     * @return outlet temperature with heat loss to ambient, K (ambient at zero flow)
     */
    public double outletTemperatureK(double inletTempK, double massFlowKgS, double cpJKgK, double ambientTempK) {
        Checks.temperature("inlet temperature", inletTempK, MODEL);
        Checks.temperature("ambient temperature", ambientTempK, MODEL);
        Checks.nonNegative("mass flow", massFlowKgS, "kg/s", MODEL);
        Checks.positive("specific heat", cpJKgK, "J/(kg·K)", MODEL);
        double ua = geometry.heatLossUaPerLengthWMK() * geometry.lengthM();
        if (ua == 0) {
            return inletTempK;
        }
        double c = massFlowKgS * cpJKgK;
        return c == 0 ? ambientTempK : ambientTempK + (inletTempK - ambientTempK) * Math.exp(-ua / c);
    }

    /** @return heat lost to ambient, W: ṁ·cp·(T_in − T_out) (negative when the ambient is warmer) */
    public double heatLossW(double inletTempK, double massFlowKgS, double cpJKgK, double ambientTempK) {
        return massFlowKgS * cpJKgK * (inletTempK - outletTemperatureK(inletTempK, massFlowKgS, cpJKgK, ambientTempK));
    }

    /** @return plug-flow transit time V/|Q|, s (+∞ at zero flow) */
    public double transitTimeS(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        return geometry.volumeM3() / Math.abs(flowM3s);
    }

    /** @return the geometry */
    public PipeGeometry geometry() {
        return geometry;
    }
}
