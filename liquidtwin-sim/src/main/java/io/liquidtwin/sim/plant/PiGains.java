package io.liquidtwin.sim.plant;

/**
 * Gains of a PI controller: output (actuator fraction 0…1) = kp·(e + ∫e dt / ti).
 *
 * @param proportionalGain kp, actuator fraction per unit of error in SI (per K for temperature loops, per Pa for
 *                         pressure loops)
 * @param integralTimeS    ti, s
 */
public record PiGains(double proportionalGain, double integralTimeS) {
}
