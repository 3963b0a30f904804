package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Evaluates one alarm's condition: the raw condition from samples (with the deadband) and the debounced condition
 * that drives the state machine (the raw one after it held for the on-delay or off-delay). Times are the engine
 * clock's, epoch µs. Not thread-safe; the engine serialises calls.
 */
final class ConditionTracker {

    private final AlarmDefinition def;
    private final TwinResidual residual;
    private final Deque<Sample> window = new ArrayDeque<>();
    private boolean raw;
    private long rawSinceMicros;
    private boolean debounced;
    /** Engine time the latest sample arrived (not the sample's own timestamp): what stale detection counts from. */
    private long lastArrivalMicros;
    private double lastValue = Double.NaN;

    /**
     * @param residual    the hook of a {@link Condition.Residual} alarm (null for others)
     * @param startMicros when watching starts: the stale timer counts from here until the first sample
     */
    ConditionTracker(AlarmDefinition def, TwinResidual residual, long startMicros) {
        this.def = def;
        this.residual = residual;
        this.rawSinceMicros = startMicros;
        this.lastArrivalMicros = startMicros;
    }

    /**
     * Sets the debounced (and raw) condition, e.g. from the journal on restart; delay timers start again at now. A
     * restored stale alarm stays stale until a sample arrives; a rate alarm keeps its condition until its window
     * has two samples again.
     */
    void restore(boolean active, long nowMicros) {
        raw = active;
        debounced = active;
        rawSinceMicros = nowMicros;
        if (active && def.condition() instanceof Condition.Stale st) {
            lastArrivalMicros = nowMicros - st.seconds() * 1_000_000L;
        }
    }

    /** @return the debounced condition */
    boolean active() {
        return debounced;
    }

    /** @return the latest sample's value (NaN before the first) */
    double lastValue() {
        return lastValue;
    }

    /**
     * Takes a sample of the alarm's series arriving at engine time {@code nowMicros}. Stale detection counts from
     * arrival ({@code nowMicros}), not from the sample's timestamp, so a source with a clock offset (or samples
     * stamped with simulation time) is judged by when its samples reach the engine.
     *
     * <p>Quality: limit, rate-of-change, discrete and residual conditions are evaluated on GOOD and SUBSTITUTED
     * samples only; a BAD sample (a failed sensor, e.g. reading 9999) or a STALE re-mark (the ingest supervisor
     * marking the last value of a silent source) changes neither the condition, nor the rate window, nor the value
     * journaled with transitions. For stale detection a BAD sample counts as an arrival (the source is reporting;
     * its failure is a matter for a quality alarm, not a stale one), a STALE re-mark does not (it says the source
     * stopped).
     */
    void onSample(Sample s, long nowMicros) {
        if (s.quality() == Quality.STALE) {
            return;
        }
        lastArrivalMicros = nowMicros;
        if (s.quality() == Quality.BAD) {
            return;
        }
        lastValue = s.value();
        Boolean next = switch (def.condition()) {
            case Condition.Limit l -> l.type().high()
                    ? hysteresis(s.value(), l.limit(), l.deadband())
                    : hysteresis(-s.value(), -l.limit(), l.deadband());
            case Condition.RateOfChange r -> {
                double rate = rate(s, r.windowSeconds());
                yield Double.isNaN(rate) ? raw : hysteresis(rate, r.unitsPerMinute(), r.deadband());
            }
            case Condition.Stale st -> false;
            case Condition.Discrete d -> d.activeValues().contains(Math.round(s.value()));
            case Condition.Residual r -> {
                double x = residual.residual(s);
                yield Double.isNaN(x) ? raw : hysteresis(Math.abs(x), r.limit(), r.deadband());
            }
        };
        setRaw(next, nowMicros);
    }

    /**
     * @return the new debounced condition if it is due to change at {@code nowMicros} (on/off delay elapsed), else
     *         empty. Does not change the debounced condition: the caller journals the change, then {@link #commit}s
     *         it, so a failed journal write leaves the change pending (it is offered again at the next poll).
     */
    Optional<Boolean> poll(long nowMicros) {
        if (def.condition() instanceof Condition.Stale st) {
            setRaw(nowMicros - lastArrivalMicros >= st.seconds() * 1_000_000L, nowMicros);
        }
        if (raw == debounced) {
            return Optional.empty();
        }
        long delay = (raw ? def.onDelay() : def.offDelay()).toNanos() / 1000;
        return nowMicros - rawSinceMicros >= delay ? Optional.of(raw) : Optional.empty();
    }

    /** Commits a debounced condition change {@link #poll} offered, once it is journaled. */
    void commit(boolean active) {
        debounced = active;
    }

    /** @return µs at which {@link #poll} may next change something without a sample (Long.MAX_VALUE if never) */
    long nextDueMicros() {
        if (raw != debounced) {
            return rawSinceMicros + (raw ? def.onDelay() : def.offDelay()).toNanos() / 1000;
        }
        return def.condition() instanceof Condition.Stale st && !raw
                ? lastArrivalMicros + st.seconds() * 1_000_000L : Long.MAX_VALUE;
    }

    private void setRaw(boolean next, long nowMicros) {
        if (next != raw) {
            raw = next;
            rawSinceMicros = nowMicros;
        }
    }

    /** High-side hysteresis: active at x ≥ limit; once active, clears only at x < limit − deadband. */
    private boolean hysteresis(double x, double limit, double deadband) {
        return raw ? x >= limit - deadband : x >= limit;
    }

    /** @return |Δvalue| per minute between the oldest and newest sample of the last window (NaN with one sample) */
    private double rate(Sample s, long windowSeconds) {
        window.addLast(s);
        while (window.peekFirst().epochMicros() < s.epochMicros() - windowSeconds * 1_000_000L) {
            window.removeFirst();
        }
        Sample first = window.peekFirst();
        long dt = s.epochMicros() - first.epochMicros();
        return dt <= 0 ? Double.NaN : Math.abs(s.value() - first.value()) / (dt / 60e6);
    }
}
