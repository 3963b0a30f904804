package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.network.PidController;
import io.liquidtwin.sim.engine.Elements.PumpBank;
import io.liquidtwin.sim.plant.PiGains;

/**
 * Header-Δp control of a pump bank: a sampled PI on the pump speed, with its gain capped for stability and scheduled
 * on the speed.
 *
 * <p><b>Plant.</b> The hydraulics answer within a step, so seen from the controller the plant is static: the Δp
 * at the next sample is G·(speed now). Closed loops have no static head and every resistance goes as Q^1.8…Q², so
 * at fixed valve positions the affinity laws give Δp(s) ≈ s²·Δp(1) and G = dΔp/ds ≈ 2·Δp/s, which near the
 * setpoint is 2·setpoint/s: <em>the process gain grows as the pumps slow down</em>.
 *
 * <p><b>Stability.</b> The PI in velocity form, Δu_k = Kp·(1 + β)·e_k − Kp·e_(k−1) with β = T/Ti (sample interval
 * over integral time), on that static plant has the characteristic z² + (L·(1 + β) − 1)·z − L = 0 for the loop gain
 * L = Kp·G; its root at z = −1 (a period-two oscillation, output alternating every sample) crosses the unit circle
 * at L = 2/(2 + β): 2/3 for the usual Ti = T.
 *
 * <p><b>Scheduling.</b> The gain is capped so that L ≤ {@value #MAX_LOOP_GAIN} (and at most 3/4 of the stability
 * limit when β &gt; 1) at full speed, and Kp, Ki are multiplied by the speed fraction s at every sample (at most 1),
 * which holds L = Kp·s·2·setpoint/s constant down to the minimum speed. Without the schedule the loop gain went as
 * 1/s: with the written gains at full speed L = 0.5, a facility pump slowed below ¾ speed (a CDU throttling its
 * primary valve for a warmer secondary setpoint, light IT load) crossed 2/3 and the header Δp cycled between 40 and
 * 160 kPa every 30 s sample, dragging every CDU's primary flow — and supply temperature — with it.
 */
final class PumpSpeedControl {

    private PumpSpeedControl() {
    }

    /** Highest loop gain Kp·dΔp/ds a pump bank's speed controller is given (a sampled PI here is stable below 2/3). */
    static final double MAX_LOOP_GAIN = 0.5;

    /** Share of the stability limit 2/(2 + β) allowed when that limit is below {@value #MAX_LOOP_GAIN}/0.75. */
    static final double LIMIT_SHARE = 0.75;

    /**
     * @param b          the bank
     * @param gains      the plant's gains (per Pa), taken at full speed and capped as described above
     * @param setpointPa the header Δp setpoint, Pa
     * @param intervalS  the control interval, s
     * @return the bank's speed controller, starting at its highest speed
     */
    static PidController controller(PumpBank b, PiGains gains, double setpointPa, double intervalS) {
        var drive = b.pumps[0].drive();
        double beta = intervalS / gains.integralTimeS();
        double loopGain = Math.min(MAX_LOOP_GAIN, LIMIT_SHARE * 2 / (2 + beta));
        double kp = Math.min(gains.proportionalGain(), loopGain / (2 * setpointPa));
        double top = Math.min(1.0, drive.maxSpeedFraction());
        PidController pid = new PidController(kp, kp / gains.integralTimeS(), 0, drive.minSpeedFraction(), top,
                intervalS, PidController.Action.DIRECT, top);
        pid.setSetpoint(setpointPa);
        return pid;
    }

    /**
     * The gain scale for the speed the bank runs at now: the speed fraction (the controller's held output), at most
     * 1. The controller's output is at least the drive's minimum speed, so the scale is positive.
     */
    static double gainScale(PidController speedPid) {
        return Math.min(1.0, speedPid.output());
    }

    /** Samples the controller with its gains scheduled for the current speed; returns the speed to run at. */
    static double update(PidController speedPid, double timeS, double headerDpPa) {
        speedPid.setGainScale(gainScale(speedPid));
        return speedPid.update(timeS, headerDpPa);
    }
}
