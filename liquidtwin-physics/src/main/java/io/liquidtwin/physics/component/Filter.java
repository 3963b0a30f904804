package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * A strainer or filter whose pressure drop grows as it loads: a {@link PowerLawResistance} rated clean, with
 * <pre>Δp = (1 + g·t)·Δp_clean(ṁ),   t = service hours since the element was replaced</pre>
 * a linear growth factor g per hour. Linear loading is the simplest model consistent with a constant particle load
 * caught by surface filtration at constant flow; real curves steepen near the end of life, so g should be fitted to
 * the interval between change-outs (e.g. g = 1/2000 h doubles the drop in 2000 h). {@link #needsReplacement()} is
 * true once the factor reaches the change-out factor (2, a common Δp-doubling criterion, unless set otherwise).
 *
 * <p>State: service hours, advanced by the caller ({@link #addServiceHours}); {@link #replaceElement()} resets them.
 * Not thread-safe; allocates nothing.
 */
public final class Filter implements FlowLaw {

    /** Model name used in error messages. */
    public static final String MODEL = "filter";

    private final PowerLawResistance clean;
    private final double growthPerHour;
    private final double changeOutFactor;
    private double serviceHours;

    /**
     * @param clean           the clean element's resistance (this filter sets its multiplier)
     * @param growthPerHour   g, 1/h, ≥ 0
     * @param changeOutFactor factor at which the element is due for replacement, ≥ 1
     */
    public Filter(PowerLawResistance clean, double growthPerHour, double changeOutFactor) {
        if (clean == null) {
            throw new IllegalArgumentException("filter resistance is required");
        }
        this.clean = clean;
        this.growthPerHour = Checks.nonNegative("growth per hour", growthPerHour, "1/h", MODEL);
        this.changeOutFactor = Range.atLeast("change-out factor", changeOutFactor, 1, "", MODEL);
        clean.setMultiplier(1);
    }

    /** A filter with the Δp-doubling change-out criterion. */
    public Filter(PowerLawResistance clean, double growthPerHour) {
        this(clean, growthPerHour, 2.0);
    }

    /** Adds operating hours, h ≥ 0. */
    public void addServiceHours(double hours) {
        setServiceHours(serviceHours + Checks.nonNegative("service hours", hours, "h", MODEL));
    }

    /** Sets the hours since the last change-out, h ≥ 0. */
    public void setServiceHours(double hours) {
        serviceHours = Checks.nonNegative("service hours", hours, "h", MODEL);
        clean.setMultiplier(foulingFactor());
    }

    /** Replaces the element (hours back to 0). */
    public void replaceElement() {
        setServiceHours(0);
    }

    /** @return 1 + g·t */
    public double foulingFactor() {
        return 1 + growthPerHour * serviceHours;
    }

    /** @return whether the fouling factor has reached the change-out factor */
    public boolean needsReplacement() {
        return foulingFactor() >= changeOutFactor;
    }

    /** @return hours since the last change-out */
    public double serviceHours() {
        return serviceHours;
    }

    /** Sets the fluid density, kg/m³. */
    public void setDensityKgM3(double densityKgM3) {
        clean.setDensityKgM3(densityKgM3);
    }

    @Override
    public double pressureDropPa(double flowM3s) {
        return clean.pressureDropPa(flowM3s);
    }

    @Override
    public double pressureDropDerivative(double flowM3s) {
        return clean.pressureDropDerivative(flowM3s);
    }
}
