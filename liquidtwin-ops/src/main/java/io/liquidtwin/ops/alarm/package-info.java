/**
 * Alarms per ANSI/ISA-18.2 / IEC 62682: definitions, the alarm state machine, shelving, suppression, flood and
 * chatter detection, the journal every transition is written to, and leak reactions applied to the simulated plant.
 *
 * <ul>
 *   <li>{@link io.liquidtwin.ops.alarm.AlarmDefinitions} reads {@link io.liquidtwin.ops.alarm.AlarmDefinition}s
 *       from YAML (errors as {@code file:line: field: message}).</li>
 *   <li>{@link io.liquidtwin.ops.alarm.AlarmMachine} is the pure transition function over
 *       {@link io.liquidtwin.ops.alarm.AlarmState} and {@link io.liquidtwin.ops.alarm.Cause} (table in its
 *       comment).</li>
 *   <li>{@link io.liquidtwin.ops.alarm.AlarmEngine} evaluates conditions (deadband, on/off delay, rate, stale,
 *       discrete, twin residual via {@link io.liquidtwin.ops.alarm.TwinResidual}), takes operator actions, journals
 *       every transition on stream {@code alarms} before applying it, detects floods
 *       ({@link io.liquidtwin.ops.alarm.FloodDetector}) and chattering (reported, not auto-shelved), and rebuilds
 *       itself from the journal ({@code restore}).</li>
 *   <li>Leak detector alarms may carry a Redfish {@link io.liquidtwin.ops.alarm.LeakReactionSpec}; the
 *       {@link io.liquidtwin.ops.alarm.PlantActuator} applies it after {@code ReactionDelaySeconds} unless the
 *       detector returned to OK ({@link io.liquidtwin.ops.alarm.SimulationLeakActuator} for the simulator).</li>
 * </ul>
 *
 * Limitations: suppressing or removing a shelved alarm drops its shelve (leaving goes to the state the condition
 * implies); the engine replays the whole journal stream on restart (no snapshot yet); a graceful-shutdown ramp in
 * progress is not resumed after a restart.
 */
package io.liquidtwin.ops.alarm;
