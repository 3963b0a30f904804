package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.correlation.ZuberChf;

/**
 * A heat-dissipating surface immersed in a two-phase tank (a CPU/GPU lid or boiling-enhancement plate): it carries a
 * fixed share of the tank's IT heat over its area, boils by {@code correlation} and is checked against the
 * Zuber–Kutateladze critical heat flux with coefficient {@code chfCoefficient}.
 *
 * @param name           how reports name the device
 * @param areaM2         boiling area, m², &gt; 0
 * @param heatShare      share of the tank's IT heat dissipated by this device, in [0, 1] (the shares of a tank's
 *                       devices sum to ≤ 1; the rest boils from surfaces not tracked)
 * @param correlation    the boiling correlation of this surface
 * @param chfCoefficient Zuber–Kutateladze K, in [π/24, 0.149] (π/24 is the conservative choice for small heaters,
 *                       whose real CHF is usually higher)
 */
public record BoilingDevice(String name, double areaM2, double heatShare, BoilingCorrelation correlation,
                            double chfCoefficient) {

    /** Model name used in error messages. */
    public static final String MODEL = "boiling device";

    /** Checks the parameters. */
    public BoilingDevice {
        if (name == null || correlation == null) {
            throw new IllegalArgumentException("boiling device name and correlation are required");
        }
        Range.positive("device area", areaM2, "m²", MODEL + " " + name);
        Checks.fraction("device heat share", heatShare, MODEL + " " + name);
        ZuberChf.COEFFICIENT.check(chfCoefficient);
    }

    /** A device with Zuber's conservative K = π/24. */
    public BoilingDevice(String name, double areaM2, double heatShare, BoilingCorrelation correlation) {
        this(name, areaM2, heatShare, correlation, ZuberChf.ZUBER_K);
    }
}
