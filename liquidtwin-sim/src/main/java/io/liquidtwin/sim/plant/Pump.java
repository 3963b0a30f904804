package io.liquidtwin.sim.plant;

import java.util.Optional;

/**
 * A bank of identical facility pumps in parallel on a facility loop's return → supply path.
 *
 * <p>Head curve of one pump at rated speed: H(Q) = H0 − (H0 − Hr)·(Q/Qr)², i.e. a0 = H0, a1 = 0,
 * a2 = −(H0 − Hr)/Qr² in PHYSICS.md's H(Q) = a0 + a1·Q + a2·Q² (expressed as pressure rise, Pa). Electric power =
 * Q·Δp / (η_pump·η_motor·η_drive).
 *
 * @param id                    unique equipment id
 * @param model                 catalogue model the values came from, if any
 * @param loopId                the facility loop
 * @param count                 pumps installed
 * @param standby               of which standby (N+1: 1); {@code count − standby} run
 * @param ratedFlowM3s          rated flow of one pump, m³/s
 * @param ratedHeadPa           pressure rise at rated flow and speed, Pa
 * @param shutoffHeadPa         pressure rise at zero flow, rated speed, Pa (&gt; rated head)
 * @param efficiency            hydraulic efficiency at the rated point, 0…1
 * @param motorEfficiency       motor efficiency, 0…1
 * @param driveEfficiency       variable-speed drive efficiency, 0…1
 * @param minSpeedFraction      lowest speed, fraction of rated
 * @param maxSpeedFraction      highest speed, fraction of rated
 * @param spinDownTimeConstantS first-order time constant of the speed after a trip, s
 */
public record Pump(String id, Optional<String> model, String loopId, int count, int standby, double ratedFlowM3s,
                   double ratedHeadPa, double shutoffHeadPa, double efficiency, double motorEfficiency,
                   double driveEfficiency, double minSpeedFraction, double maxSpeedFraction,
                   double spinDownTimeConstantS) {

    /** @return pumps normally running, {@code count − standby} */
    public int runningCount() {
        return count - standby;
    }

    /** @return pressure rise of one pump at flow Q and rated speed, Pa (may be negative beyond run-out) */
    public double headPa(double flowM3s) {
        double r = flowM3s / ratedFlowM3s;
        return shutoffHeadPa - (shutoffHeadPa - ratedHeadPa) * r * r;
    }
}
