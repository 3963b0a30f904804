package io.liquidtwin.sim.workload;

import java.util.List;
import java.util.Objects;

/**
 * A profile multiplied by an {@link AiPowerSwing}: fraction(c, i) = base.fraction(c, i) × the swing's exact mean over
 * [i·intervalS, (i+1)·intervalS). The swing runs on the simulation clock, so it keeps its phase when the base wraps.
 */
record SwingProfile(ItLoadProfile base, AiPowerSwing swing) implements ItLoadProfile {

    SwingProfile {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(swing, "swing");
    }

    @Override
    public List<String> consumerIds() {
        return base.consumerIds();
    }

    @Override
    public double intervalS() {
        return base.intervalS();
    }

    @Override
    public int intervals() {
        return base.intervals();
    }

    @Override
    public double fraction(int consumer, int interval) {
        double t = interval * intervalS();
        return base.fraction(consumer, interval) * swing.meanOver(t, t + intervalS());
    }
}
