package io.liquidtwin.sim.engine;

import io.liquidtwin.sim.fault.FaultEvent.SensorMode;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Failed sensors, by channel name ({@link Sensors}), and what each reports instead of the truth, in the channel's own
 * unit. Stuck: the value read when it failed. Noisy: truth + σ·N(0, 1), one draw per control interval, from a
 * generator seeded by (run seed, sensor name, interval number), so readings are reproducible and do not depend on how
 * often they are read. Drift: truth + rate·(t − t_fail)/3600 s. Controllers that read a failed sensor act on the
 * reported value; the channel shows it too.
 */
final class SensorFaults {

    /** Seed of the sensor-noise generator unless the caller sets one. */
    static final long DEFAULT_SEED = 0x5EED_2026L;

    private record Fault(SensorMode mode, double magnitude, double startS, double stuckValue) {
    }

    private final Map<String, Fault> active = new HashMap<>();
    private final double sampleIntervalS;
    private long seed = DEFAULT_SEED;

    SensorFaults(double sampleIntervalS) {
        this.sampleIntervalS = sampleIntervalS;
    }

    void seed(long value) {
        seed = value;
    }

    boolean isEmpty() {
        return active.isEmpty();
    }

    /** @return whether a failed sensor's reading changes with time by itself (noise, drift): the plant never holds */
    boolean anyTimeVarying() {
        for (Fault f : active.values()) {
            if (f.mode != SensorMode.STUCK && f.magnitude != 0) {
                return true;
            }
        }
        return false;
    }

    void fail(String name, SensorMode mode, double magnitude, double trueValue, double timeS) {
        active.put(name, new Fault(mode, magnitude, timeS, trueValue));
    }

    void restore(String name) {
        active.remove(name);
    }

    /** @return what sensor {@code name} reports at {@code timeS} when the truth is {@code trueValue} */
    double report(String name, double trueValue, double timeS) {
        Fault f = active.get(name);
        if (f == null) {
            return trueValue;
        }
        return switch (f.mode) {
            case STUCK -> f.stuckValue;
            case DRIFT -> trueValue + f.magnitude * (timeS - f.startS) / 3600.0;
            case NOISY -> trueValue + f.magnitude * noise(name, timeS);
        };
    }

    /** Kelvin form for temperature channels in °C: an error in °C is the same error in K. */
    double reportK(String name, double trueK, double timeS) {
        Fault f = active.get(name);
        return f == null ? trueK : report(name, trueK - 273.15, timeS) + 273.15;
    }

    private double noise(String name, double timeS) {
        long slot = (long) Math.floor(timeS / sampleIntervalS + 1e-9);
        long mixed = seed * 0x9E3779B97F4A7C15L ^ (long) name.hashCode() * 0xC2B2AE3D27D4EB4FL ^ slot;
        return new SplittableRandom(mixed).nextGaussian();
    }
}
