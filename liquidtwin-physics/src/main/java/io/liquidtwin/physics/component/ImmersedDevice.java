package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * A heat-dissipating surface in a single-phase immersion tank, cooled by forced convection of the dielectric.
 * The surface temperature is T_s = T_bulk + q″/h with h either given or from the laminar flat-plate correlation
 * (Pohlhausen; Incropera eq. 7.30) for the approach velocity of the tank's circulation:
 * <pre>Nu_L = 0.664·Re_L^½·Pr^⅓,   h = Nu_L·k/L,   Re_L = ρ·V·L/μ &lt; 5·10⁵,   V = ṁ/(ρ·A_flow)</pre>
 * which is conservative for heat sinks (no fins, no turbulence promoters) and gives h → 0 as the flow stops (a
 * buoyancy-driven floor is not modelled: set a fixed h for natural convection).
 *
 * @param name               how reports name the device
 * @param areaM2             wetted heat-transfer area, m², &gt; 0
 * @param heatShare          share of the tank's IT heat, in [0, 1]
 * @param fixedHWM2K         given h, W/(m²·K) (&gt; 0), or 0 to use the flat-plate correlation
 * @param lengthM            plate length along the flow, m (correlation only)
 * @param maxSurfaceTempK    surface temperature limit for the limit check, K
 */
public record ImmersedDevice(String name, double areaM2, double heatShare, double fixedHWM2K, double lengthM,
                             double maxSurfaceTempK) {

    /** Model name used in error messages. */
    public static final String MODEL = "immersed device";

    /** Checks the parameters. */
    public ImmersedDevice {
        if (name == null) {
            throw new IllegalArgumentException("immersed device name is null");
        }
        Range.positive("area", areaM2, "m²", MODEL + " " + name);
        Checks.fraction("heat share", heatShare, MODEL + " " + name);
        Checks.nonNegative("fixed h", fixedHWM2K, "W/(m²·K)", MODEL + " " + name);
        if (fixedHWM2K == 0) {
            Range.positive("plate length", lengthM, "m", MODEL + " " + name);
        }
        Checks.temperature("maximum surface temperature", maxSurfaceTempK, MODEL + " " + name);
    }

    /**
     * @return heat transfer coefficient, W/(m²·K), for the given approach velocity and liquid properties
     * @throws io.liquidtwin.physics.OutOfRangeException if Re_L exceeds the laminar limit 5·10⁵
     */
    double heatTransferCoefficientWM2K(double velocityMS, double densityKgM3, double viscosityPaS,
                                       double conductivityWMK, double prandtl) {
        if (fixedHWM2K > 0) {
            return fixedHWM2K;
        }
        double re = densityKgM3 * velocityMS * lengthM / viscosityPaS;
        if (!(re >= 0 && re <= 5e5)) { // the model name is built only on failure
            Checks.between("plate Reynolds number", re, 0, 5e5, "", MODEL + " " + name + " (laminar flat plate)");
        }
        return 0.664 * Math.sqrt(re) * Math.cbrt(prandtl) * conductivityWMK / lengthM;
    }
}
