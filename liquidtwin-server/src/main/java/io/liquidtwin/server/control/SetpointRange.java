package io.liquidtwin.server.control;

/**
 * The supply-temperature setpoints a target accepts now, °C (both bounds inclusive, rounded inwards to 0.01 °C), and
 * the plant rule they come from in words.
 *
 * @param minC lowest accepted setpoint, °C
 * @param maxC highest accepted setpoint, °C (below {@code minC} when no setpoint is acceptable now)
 * @param rule how the bounds were derived, with the plant values used
 */
public record SetpointRange(double minC, double maxC, String rule) {

    /** @return whether {@code setpointC} is finite and within the bounds */
    public boolean contains(double setpointC) {
        return Double.isFinite(setpointC) && setpointC >= minC && setpointC <= maxC;
    }
}
