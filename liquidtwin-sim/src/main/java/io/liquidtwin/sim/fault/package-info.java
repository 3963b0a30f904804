/**
 * Faults and scenarios: scheduled events (pump trip/restore, CDU loss, fan failure, stuck valve, leak, sensor failure,
 * load spike, setpoint change), how each is applied to a running simulation, and the scenario file that schedules them.
 */
package io.liquidtwin.sim.fault;
