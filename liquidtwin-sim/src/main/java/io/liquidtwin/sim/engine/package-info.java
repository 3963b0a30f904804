/**
 * The time-stepping engine: builds the physics networks from a loaded plant, steps them with controls at their own
 * intervals and events at exact times, and streams every sensor-like quantity as a time series. Simulated time is
 * seconds since the start of the run; it never mixes with wall time.
 */
package io.liquidtwin.sim.engine;
