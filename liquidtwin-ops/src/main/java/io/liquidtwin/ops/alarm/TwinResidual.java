package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.Sample;

/**
 * Hook for twin-residual alarms (to be supplied by {@code ops.twin}): the difference between a measured sample and
 * what the live twin predicts for it, in the series' unit. A {@link Condition.Residual} alarm is active while
 * {@code |residual| ≥ limit} (cleared below {@code limit − deadband}).
 */
@FunctionalInterface
public interface TwinResidual {
    /** @return measured − predicted for this sample; NaN if the twin has no prediction (the condition is unchanged) */
    double residual(Sample sample);
}
