package io.liquidtwin.sim.workload;

/**
 * Power swings of synchronous AI training (all GPUs step together between compute and communication phases): a
 * trapezoidal square wave that multiplies the load. Over one period, starting at t = 0 (and every multiple of the
 * period): full (1) for h, a linear ramp down over rampS, (1 − depth) for h, a linear ramp up over rampS, with
 * h = periodS/2 − rampS. Its mean over a whole period is 1 − depth/2.
 *
 * <p>{@link #meanOver(double, double)} is the exact mean over any window (closed-form integral), so an engine
 * stepping hourly sees the right energy even when the period is seconds.
 *
 * @param periodS       period, s, &gt; 0
 * @param depthFraction how far the load drops, 0–1 (0.3 = from full to 70 %)
 * @param rampS         duration of each ramp, s, 0 ≤ rampS ≤ periodS/2
 */
public record AiPowerSwing(double periodS, double depthFraction, double rampS) {

    public AiPowerSwing {
        if (!(periodS > 0) || !Double.isFinite(periodS)) {
            throw new IllegalArgumentException("swing period must be finite and > 0 s, got " + periodS);
        }
        if (!(depthFraction >= 0 && depthFraction <= 1)) {
            throw new IllegalArgumentException("swing depth must be in [0, 1], got " + depthFraction);
        }
        if (!(rampS >= 0 && rampS <= periodS / 2)) {
            throw new IllegalArgumentException("swing ramp must be in [0, period/2] = [0, " + periodS / 2 + "] s, got "
                    + rampS);
        }
    }

    /**
     * @param tS time, s (any real; the wave is periodic)
     * @return the multiplier at tS, in [1 − depth, 1]
     */
    public double valueAt(double tS) {
        double tau = phase(tS);
        double h = plateauS();
        double d = depthFraction;
        if (tau < h) {
            return 1;
        }
        if (tau < h + rampS) {
            return 1 - d * (tau - h) / rampS;
        }
        if (tau < 2 * h + rampS) {
            return 1 - d;
        }
        return 1 - d + d * (tau - 2 * h - rampS) / rampS;
    }

    /**
     * @param fromS window start, s
     * @param toS   window end, s, ≥ fromS
     * @return the mean multiplier over [fromS, toS], exact; the value at fromS for an empty window
     */
    public double meanOver(double fromS, double toS) {
        if (!(toS >= fromS)) {
            throw new IllegalArgumentException("window end must be >= start, got [" + fromS + ", " + toS + "]");
        }
        if (toS == fromS) {
            return valueAt(fromS);
        }
        return (integral(toS) - integral(fromS)) / (toS - fromS);
    }

    /** @return the mean over a whole period, 1 − depth/2 */
    public double periodMean() {
        return 1 - depthFraction / 2;
    }

    /** @return ∫₀^t of the multiplier, s */
    double integral(double tS) {
        double cycles = Math.floor(tS / periodS);
        return cycles * periodS * periodMean() + withinPeriod(tS - cycles * periodS);
    }

    /** @return ∫₀^τ of the multiplier for 0 ≤ τ ≤ period, s */
    private double withinPeriod(double tau) {
        double h = plateauS();
        double r = rampS;
        double d = depthFraction;
        if (tau <= h) {
            return tau;
        }
        if (tau <= h + r) {
            double s = tau - h;
            return tau - d * s * s / (2 * r);
        }
        double atLow = h + r - d * r / 2;
        if (tau <= 2 * h + r) {
            return atLow + (tau - h - r) * (1 - d);
        }
        double s = tau - 2 * h - r;
        return atLow + h * (1 - d) + s - d * (s - s * s / (2 * r));
    }

    private double phase(double tS) {
        double tau = tS - Math.floor(tS / periodS) * periodS;
        return tau >= periodS ? 0 : tau;
    }

    private double plateauS() {
        return periodS / 2 - rampS;
    }
}
