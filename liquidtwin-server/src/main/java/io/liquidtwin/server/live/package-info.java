/**
 * The running twin behind the server: {@link io.liquidtwin.server.live.LiveTwin} steps one simulation, stores its
 * sensor readings through the operations core's store, evaluates alarms on every stored sample, and after each step
 * publishes an immutable {@link io.liquidtwin.server.live.TwinSnapshot} (Redfish resources, readings, KPIs) that HTTP
 * readers use without locking. Changes (setpoints, modes) run under the twin's lock between steps.
 * {@link io.liquidtwin.server.live.Pacer} ticks it at wall-clock pace × speed; tests tick it by hand.
 */
package io.liquidtwin.server.live;
