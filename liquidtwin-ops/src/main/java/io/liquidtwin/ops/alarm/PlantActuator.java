package io.liquidtwin.ops.alarm;

/** Applies leak reactions to the plant (the simulated one: {@link SimulationLeakActuator}). */
public interface PlantActuator {

    /** An actuator that does nothing (no plant attached). */
    PlantActuator NONE = (spec, nowMicros) -> { };

    /**
     * Applies {@code spec.reaction()} to the equipment cooled by {@code spec.cduId()} at {@code nowMicros}. Must be
     * idempotent: the engine calls it again for a reaction it journaled as applying but did not see applied (a crash
     * in between) and retries one that threw.
     */
    void react(LeakReactionSpec spec, long nowMicros);

    /** Advances reactions in progress (e.g. a graceful ramp) to {@code nowMicros}; default none. */
    default void tick(long nowMicros) {
    }
}
