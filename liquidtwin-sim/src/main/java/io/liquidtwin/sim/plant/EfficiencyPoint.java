package io.liquidtwin.sim.plant;

/**
 * One point of an efficiency-versus-load curve.
 *
 * @param loadFraction load as a fraction of rated power (&gt; 0)
 * @param efficiency   output / input power at that load, 0…1
 */
public record EfficiencyPoint(double loadFraction, double efficiency) {
}
