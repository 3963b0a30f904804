package io.liquidtwin.physics.network;

/**
 * A discrete PID controller in the parallel form, sampled at its own interval, with output limits and anti-windup.
 *
 * <pre>
 *   e = ±(setpoint − measurement)     (+ for direct action: output rises when the measurement is low)
 *   u = u_bias + Kp·e + I + Kd·de/dt,  I ← I + Ki·e·Δt only while u is not saturated in the direction of e
 * </pre>
 * The derivative acts on the measurement (no kick on setpoint changes). Time is the caller's: {@link #update} takes
 * the simulated time, and the controller recomputes its output only when a sample interval has elapsed, holding it
 * in between (zero-order hold). A caller may skip samples while its loop is settled; the next sample then
 * integrates over one interval, not the whole gap. Allocation-free; not thread-safe.
 */
public final class PidController {

    /** Whether the output must rise when the measurement is below the setpoint (DIRECT) or above it (REVERSE). */
    public enum Action {
        /** Output rises when measurement &lt; setpoint (a heater, a pump holding a pressure). */
        DIRECT,
        /** Output rises when measurement &gt; setpoint (a cooling valve or fan holding a temperature). */
        REVERSE
    }

    private final double kp;
    private final double ki;
    private final double kd;
    private final double minOutput;
    private final double maxOutput;
    private final double sampleIntervalS;
    private final double sign;
    private double setpoint;
    private double gainScale = 1.0;
    private double integral;
    private double output;
    private double lastMeasurement = Double.NaN;
    private double lastSampleTimeS = Double.NEGATIVE_INFINITY;

    /**
     * @param kp              proportional gain (output units per measurement unit)
     * @param ki              integral gain (per second)
     * @param kd              derivative gain (seconds)
     * @param minOutput       lowest output
     * @param maxOutput       highest output
     * @param sampleIntervalS sample interval, s (&gt; 0)
     * @param action          direct or reverse
     * @param initialOutput   output before the first sample (bumpless start)
     */
    public PidController(double kp, double ki, double kd, double minOutput, double maxOutput, double sampleIntervalS,
                         Action action, double initialOutput) {
        if (!(minOutput <= maxOutput) || !(sampleIntervalS > 0) || !Double.isFinite(kp + ki + kd)
                || !(kp >= 0 && ki >= 0 && kd >= 0)) {
            throw new IllegalArgumentException("PID: need finite non-negative gains, min ≤ max output and a positive "
                    + "sample interval (got kp " + kp + ", ki " + ki + ", kd " + kd + ", output [" + minOutput + ", "
                    + maxOutput + "], interval " + sampleIntervalS + " s)");
        }
        this.kp = kp;
        this.ki = ki;
        this.kd = kd;
        this.minOutput = minOutput;
        this.maxOutput = maxOutput;
        this.sampleIntervalS = sampleIntervalS;
        this.sign = action == Action.DIRECT ? 1.0 : -1.0;
        this.output = clamp(initialOutput);
        this.integral = this.output;
    }

    /** Sets the setpoint (measurement units). */
    public void setSetpoint(double value) {
        this.setpoint = value;
    }

    /** @return the setpoint */
    public double setpoint() {
        return setpoint;
    }

    /**
     * Gain scheduling: from the next sample on, the proportional and integral gains are multiplied by {@code scale}
     * (the integral already accumulated is kept, so the output does not jump with it).
     *
     * @param scale factor on kp and ki, in (0, 1]
     */
    public void setGainScale(double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("PID gain scale must be in (0, 1], got " + scale);
        }
        this.gainScale = scale;
    }

    /** @return the current gain scale (1 unless scheduled) */
    public double gainScale() {
        return gainScale;
    }

    /**
     * Samples the measurement if a sample interval has passed since the last sample, and returns the (held) output.
     *
     * @param timeS       the current simulated time, s
     * @param measurement the controlled variable's current value
     */
    public double update(double timeS, double measurement) {
        if (timeS - lastSampleTimeS < sampleIntervalS - 1e-9) {
            return output;
        }
        // after a hold (the caller skipped samples while the loop was settled) integrate over one interval only
        double dt = Double.isInfinite(lastSampleTimeS) ? sampleIntervalS
                : Math.min(timeS - lastSampleTimeS, sampleIntervalS);
        double gap = Double.isInfinite(lastSampleTimeS) ? sampleIntervalS : timeS - lastSampleTimeS;
        lastSampleTimeS = timeS;
        double error = sign * (setpoint - measurement);
        double derivative = Double.isNaN(lastMeasurement) ? 0.0 : -sign * (measurement - lastMeasurement) / gap;
        lastMeasurement = measurement;
        double candidateIntegral = integral + gainScale * ki * error * dt;
        double unclamped = gainScale * kp * error + candidateIntegral + kd * derivative;
        double u = clamp(unclamped);
        boolean windingUp = (unclamped > maxOutput && error > 0) || (unclamped < minOutput && error < 0);
        if (!windingUp) {
            integral = candidateIntegral;
        }
        output = u;
        return output;
    }

    /** @return the error at the last sample, in measurement units (+ means the output must rise) */
    public double lastError() {
        return Double.isNaN(lastMeasurement) ? Double.POSITIVE_INFINITY : sign * (setpoint - lastMeasurement);
    }

    /**
     * @return whether the loop is settled for a measurement taken now: within {@code tolerance} of the setpoint, or
     *     with the output pinned at the limit this error pushes it against
     */
    public boolean settledAt(double measurement, double tolerance) {
        double e = sign * (setpoint - measurement);
        return Math.abs(e) <= tolerance || (output >= maxOutput && e > 0) || (output <= minOutput && e < 0);
    }

    /** @return whether the output sits at a limit that the last error pushes it against */
    public boolean saturatedByError() {
        double e = lastError();
        return (output >= maxOutput && e > 0) || (output <= minOutput && e < 0);
    }

    /** @return the current output */
    public double output() {
        return output;
    }

    /** Forces the output (manual mode / restart after a trip); the integral is set so the next sample is bumpless. */
    public void reset(double newOutput) {
        output = clamp(newOutput);
        integral = output;
        lastMeasurement = Double.NaN;
        lastSampleTimeS = Double.NEGATIVE_INFINITY;
    }

    private double clamp(double u) {
        return Math.max(minOutput, Math.min(maxOutput, u));
    }
}
