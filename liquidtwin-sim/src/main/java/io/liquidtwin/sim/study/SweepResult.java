package io.liquidtwin.sim.study;

import java.util.List;
import java.util.Objects;

/**
 * A study repeated over the values of one parameter.
 *
 * @param parameter the swept parameter as the scenario names it (e.g. {@code loops.facility.supplyTempC})
 * @param unit      its unit as shown on axes (e.g. "°C")
 * @param runs      one result per value, in the scenario's order; each carries its {@link StudyResult#sweepValue()}
 */
public record SweepResult(String parameter, String unit, List<StudyResult> runs) {
    public SweepResult {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(unit, "unit");
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one run");
        }
    }
}
