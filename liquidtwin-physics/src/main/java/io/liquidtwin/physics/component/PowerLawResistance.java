package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * A lumped hydraulic resistance rated at one point (cold plates, filters, manifolds, heat-exchanger passes):
 * <pre>Δp = m·Δp₀·(ṁ/ṁ₀)^n,   ṁ = ρ·Q</pre>
 * with m a multiplier (1 when clean; {@link Filter} raises it with service hours). n = 2 is fully turbulent,
 * n = 1 laminar; cold plates follow n ≈ 1.85 (PHYSICS.md §3, {@link #COLD_PLATE_EXPONENT}) between the two. The
 * signed, regularised form is Δp = m·Δp₀·x·(x² + x_t²)^((n−1)/2), x = ṁ/ṁ₀, x_t = 10⁻⁴ (see {@code Smooth}),
 * so the slope is positive at zero flow and the law is exact to 10⁻⁸ relative above 1 % of the design flow.
 *
 * <p>The density converting Q to ṁ is a plain field ({@link #setDensityKgM3}; initially the rating density). Not
 * thread-safe; allocates nothing.
 */
public final class PowerLawResistance implements FlowLaw {

    /** Model name used in error messages. */
    public static final String MODEL = "power-law resistance";

    /** Flow exponent of cold plates (PHYSICS.md §3). */
    public static final double COLD_PLATE_EXPONENT = 1.85;

    private final double designDropPa;
    private final double designMassFlowKgS;
    private final double exponent;
    private double densityKgM3;
    private double multiplier = 1.0;

    /**
     * @param designDropPa      Δp₀ at the design flow, Pa, &gt; 0
     * @param designMassFlowKgS ṁ₀, kg/s, &gt; 0
     * @param exponent          n, in [1, 2]
     * @param densityKgM3       density of the fluid, kg/m³, &gt; 0
     */
    public PowerLawResistance(double designDropPa, double designMassFlowKgS, double exponent, double densityKgM3) {
        this.designDropPa = Range.positive("design pressure drop", designDropPa, "Pa", MODEL);
        this.designMassFlowKgS = Range.positive("design mass flow", designMassFlowKgS, "kg/s", MODEL);
        this.exponent = new Range("flow exponent", 1, 2, "", MODEL).check(exponent);
        setDensityKgM3(densityKgM3);
    }

    /** Sets the density converting volumetric to mass flow, kg/m³. */
    public void setDensityKgM3(double densityKgM3) {
        this.densityKgM3 = Checks.positive("density", densityKgM3, "kg/m³", MODEL);
    }

    /** Sets the multiplier m on Δp₀ (≥ 1 for a fouled element; any value &gt; 0 accepted). */
    public void setMultiplier(double multiplier) {
        this.multiplier = Checks.positive("pressure-drop multiplier", multiplier, "", MODEL);
    }

    @Override
    public double pressureDropPa(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        double x = densityKgM3 * flowM3s / designMassFlowKgS;
        return multiplier * designDropPa * Smooth.signedPower(x, Smooth.TRANSITION_FRACTION, exponent);
    }

    @Override
    public double pressureDropDerivative(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        double scale = densityKgM3 / designMassFlowKgS;
        return multiplier * designDropPa * scale
                * Smooth.signedPowerDerivative(scale * flowM3s, Smooth.TRANSITION_FRACTION, exponent);
    }

    /** @return Δp at a mass flow, Pa (the same law in mass-flow form) */
    public double pressureDropAtMassFlowPa(double massFlowKgS) {
        return pressureDropPa(massFlowKgS / densityKgM3);
    }

    /** @return Δp₀, Pa */
    public double designDropPa() {
        return designDropPa;
    }

    /** @return ṁ₀, kg/s */
    public double designMassFlowKgS() {
        return designMassFlowKgS;
    }

    /** @return n */
    public double exponent() {
        return exponent;
    }

    /** @return the multiplier m */
    public double multiplier() {
        return multiplier;
    }

    /** @return the density used, kg/m³ */
    public double densityKgM3() {
        return densityKgM3;
    }
}
