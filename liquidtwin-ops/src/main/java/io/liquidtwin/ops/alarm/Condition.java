package io.liquidtwin.ops.alarm;

import java.util.Objects;
import java.util.Set;

/** The kind of condition an alarm watches (closed set). Evaluation is in {@link ConditionTracker}. */
public sealed interface Condition {

    /** Direction of a limit alarm. */
    enum LimitType {
        HI, HIHI, LO, LOLO;

        /** @return whether the alarm is on a high limit */
        public boolean high() {
            return this == HI || this == HIHI;
        }
    }

    /**
     * Limit alarm: a high one is active at {@code value ≥ limit} and clears only at {@code value < limit − deadband};
     * a low one is active at {@code value ≤ limit} and clears only at {@code value > limit + deadband}.
     */
    record Limit(LimitType type, double limit, double deadband) implements Condition {
        public Limit {
            Objects.requireNonNull(type, "type");
            if (!Double.isFinite(limit) || !(deadband >= 0) || Double.isInfinite(deadband)) {
                throw new IllegalArgumentException("limit must be finite and deadband finite ≥ 0");
            }
        }
    }

    /**
     * Rate of change: active when |Δvalue / Δt| over the samples of the last {@code windowSeconds} is at least
     * {@code unitsPerMinute}; clears below {@code unitsPerMinute − deadband}.
     */
    record RateOfChange(double unitsPerMinute, long windowSeconds, double deadband) implements Condition {
        public RateOfChange {
            if (!(unitsPerMinute > 0) || windowSeconds <= 0 || !(deadband >= 0)) {
                throw new IllegalArgumentException("rate must be > 0, window > 0 s, deadband ≥ 0");
            }
        }
    }

    /**
     * Stale data: active when no sample arrived for {@code seconds} of engine clock (measured from the engine's start
     * at first); arrival time counts, not the sample's timestamp. A BAD sample is an arrival, a STALE re-mark is not.
     */
    record Stale(long seconds) implements Condition {
        public Stale {
            if (seconds <= 0) {
                throw new IllegalArgumentException("stale time must be > 0 s, got " + seconds);
            }
        }
    }

    /** Discrete state: active while the (integer) value is one of {@code activeValues}, e.g. leak detector 2 = Critical. */
    record Discrete(Set<Long> activeValues) implements Condition {
        public Discrete {
            if (activeValues.isEmpty()) {
                throw new IllegalArgumentException("a discrete alarm needs at least one active value");
            }
            activeValues = Set.copyOf(activeValues);
        }
    }

    /** Twin residual: active while |{@link TwinResidual} of the named hook| ≥ limit (deadband as for a HI limit). */
    record Residual(String hook, double limit, double deadband) implements Condition {
        public Residual {
            Objects.requireNonNull(hook, "hook");
            if (!(limit > 0) || !(deadband >= 0)) {
                throw new IllegalArgumentException("residual limit must be > 0 and deadband ≥ 0");
            }
        }
    }
}
