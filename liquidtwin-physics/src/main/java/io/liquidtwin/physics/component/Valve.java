package io.liquidtwin.physics.component;

/**
 * A control or bypass valve as a network branch ({@link FlowLaw}). By the definition of Kv (m³/h of water at
 * ρ₀ = 1000 kg/m³ and Δp₀ = 1 bar):
 * <pre>
 * Q[m³/h] = Kv_eff·√(Δp/Δp₀ · ρ₀/ρ)   ⇔   Δp = Δp₀·(ρ/ρ₀)·(3600·Q/Kv_eff)²,   Kv_eff = Kv·(λ + (1 − λ)·f(x))
 * </pre>
 * with f the inherent characteristic ({@link ValveCharacteristic}) and λ the leakage fraction. The signed drop is
 * regularised as Δp = c·Q·√(Q² + Q_t²) with Q_t = 10⁻⁴·Kv_eff/3600 m³/s (see {@code Smooth}): slope c·Q_t &gt; 0 at
 * Q = 0, relative deviation 5·10⁻⁹ at the Kv flow. Incompressible, non-cavitating, non-choked flow (IEC 60534-2-1
 * turbulent liquid sizing without the F_L, F_P corrections).
 *
 * <p><b>State</b>: opening x and commanded opening; {@link #advance} moves x toward the command at no more than
 * 1/strokeTime per second (a constant-speed actuator). The fluid density is a plain field set by the caller
 * ({@link #setDensityKgM3}, default 1000 kg/m³) because {@link FlowLaw} passes only the flow. Not thread-safe;
 * allocates nothing.
 */
public final class Valve implements FlowLaw {

    /** Model name used in error messages. */
    public static final String MODEL = ValveParameters.MODEL;

    /** Reference density of the Kv definition, kg/m³. */
    public static final double KV_REFERENCE_DENSITY_KG_M3 = 1000.0;

    /** Reference pressure drop of the Kv definition, Pa (1 bar). */
    public static final double KV_REFERENCE_DROP_PA = 1e5;

    private final ValveParameters parameters;
    private double opening;
    private double command;
    private double densityKgM3 = KV_REFERENCE_DENSITY_KG_M3;

    /** A valve at the given opening (commanded there too). */
    public Valve(ValveParameters parameters, double initialOpening) {
        if (parameters == null) {
            throw new IllegalArgumentException("valve parameters are required");
        }
        this.parameters = parameters;
        setOpening(initialOpening);
    }

    /** Commands an opening in [0, 1]; the actuator reaches it through {@link #advance}. */
    public void command(double opening) {
        this.command = Checks.fraction("commanded opening", opening, MODEL);
    }

    /** Sets the opening (and command) at once, e.g. for initial states or manual overrides. */
    public void setOpening(double opening) {
        this.opening = Checks.fraction("opening", opening, MODEL);
        this.command = this.opening;
    }

    /** Moves the opening toward the command by at most dtS/strokeTime. */
    public void advance(double dtS) {
        Checks.nonNegative("time step", dtS, "s", MODEL);
        double stroke = parameters.strokeTimeS();
        if (stroke == 0) {
            opening = command;
            return;
        }
        double maxMove = dtS / stroke;
        double delta = command - opening;
        opening = Math.abs(delta) <= maxMove ? command : opening + Math.copySign(maxMove, delta);
    }

    /** Sets the density of the fluid flowing through, kg/m³. */
    public void setDensityKgM3(double densityKgM3) {
        this.densityKgM3 = Checks.positive("density", densityKgM3, "kg/m³", MODEL);
    }

    /** @return effective flow coefficient at the current opening, m³/h */
    public double effectiveKvM3h() {
        double lambda = parameters.leakageFraction();
        double f = parameters.characteristic().relativeKv(opening, parameters.rangeability());
        return parameters.kvM3h() * (lambda + (1 - lambda) * f);
    }

    @Override
    public double pressureDropPa(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        double kv = effectiveKvM3h();
        return coefficient(kv) * Smooth.signedPower(flowM3s, transitionFlow(kv), 2);
    }

    @Override
    public double pressureDropDerivative(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        double kv = effectiveKvM3h();
        return coefficient(kv) * Smooth.signedPowerDerivative(flowM3s, transitionFlow(kv), 2);
    }

    /** c of Δp = c·Q², Pa·s²/m⁶. */
    private double coefficient(double kvM3h) {
        double r = 3600.0 / kvM3h;
        return KV_REFERENCE_DROP_PA * densityKgM3 / KV_REFERENCE_DENSITY_KG_M3 * r * r;
    }

    private static double transitionFlow(double kvM3h) {
        return Smooth.TRANSITION_FRACTION * kvM3h / 3600.0;
    }

    /** @return current opening, in [0, 1] */
    public double opening() {
        return opening;
    }

    /** @return commanded opening, in [0, 1] */
    public double commandedOpening() {
        return command;
    }

    /** @return the density used, kg/m³ */
    public double densityKgM3() {
        return densityKgM3;
    }

    /** @return the parameters */
    public ValveParameters parameters() {
        return parameters;
    }
}
