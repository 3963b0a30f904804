package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * Switch-over rule of a water-side economiser (free cooling through a cooling tower or dry cooler and a plate HX,
 * upstream of the chiller). The coldest water the economiser can deliver is the ambient driver — the wet-bulb for
 * a tower, the dry-bulb (or the pad-cooled air) for a dry cooler — plus the economiser approach (tower approach plus
 * HX approach):
 * <pre>
 * T_free = T_ambient + approach
 * FREE_COOLING  if T_free ≤ T_setpoint                      (full free cooling)
 * PARTIAL       if T_setpoint &lt; T_free &lt; T_return − ΔT_min  (pre-cooling still removes at least ΔT_min)
 * MECHANICAL    otherwise
 * </pre>
 * with a dead band so the mode does not chatter: entering a better mode (toward free cooling) requires passing its
 * threshold by the dead band; falling back happens at the threshold itself. State: the current mode. Source: ASHRAE Handbook—HVAC Applications (2019) ch. 20 (data centres),
 * ASHRAE 90.1 §6.5.1.2 (water economisers). Not thread-safe; allocates nothing.
 */
public final class Economiser {

    /** Model name used in error messages. */
    public static final String MODEL = "water-side economiser";

    private final double approachK;
    private final double minimumPrecoolingK;
    private final double deadBandK;
    private EconomiserMode mode = EconomiserMode.MECHANICAL;
    private double freeCoolingTempK;

    /**
     * @param approachK          economiser approach above the ambient driver, K, ≥ 0
     * @param minimumPrecoolingK least useful pre-cooling for the partial mode, K, ≥ 0
     * @param deadBandK          hysteresis on each threshold, K, ≥ 0
     */
    public Economiser(double approachK, double minimumPrecoolingK, double deadBandK) {
        this.approachK = Checks.nonNegative("approach", approachK, "K", MODEL);
        this.minimumPrecoolingK = Checks.nonNegative("minimum pre-cooling", minimumPrecoolingK, "K", MODEL);
        this.deadBandK = Range.atLeast("dead band", deadBandK, 0, "K", MODEL);
    }

    /**
     * Updates and returns the mode.
     *
     * @param ambientDriverK ambient wet-bulb (tower) or dry-bulb (dry cooler), K
     * @param setpointK      chilled-water supply setpoint, K
     * @param returnTempK    chilled-water return temperature, K
     * @return the new mode
     */
    public EconomiserMode update(double ambientDriverK, double setpointK, double returnTempK) {
        Checks.temperature("ambient temperature", ambientDriverK, MODEL);
        Checks.temperature("setpoint", setpointK, MODEL);
        Checks.temperature("return temperature", returnTempK, MODEL);
        freeCoolingTempK = ambientDriverK + approachK;
        double full = mode == EconomiserMode.FREE_COOLING ? setpointK : setpointK - deadBandK;
        double precool = returnTempK - minimumPrecoolingK;
        double partial = mode == EconomiserMode.MECHANICAL ? precool - deadBandK : precool;
        if (freeCoolingTempK <= full) {
            mode = EconomiserMode.FREE_COOLING;
        } else if (freeCoolingTempK < partial) {
            mode = EconomiserMode.PARTIAL;
        } else {
            mode = EconomiserMode.MECHANICAL;
        }
        return mode;
    }

    /** @return the current mode */
    public EconomiserMode mode() {
        return mode;
    }

    /** @return the economiser's achievable supply temperature at the last update, K */
    public double freeCoolingTempK() {
        return freeCoolingTempK;
    }
}
