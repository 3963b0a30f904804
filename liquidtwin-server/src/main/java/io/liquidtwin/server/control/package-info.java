/**
 * Every write that changes the running simulation, with its audit trail. {@link
 * io.liquidtwin.server.control.ControlService} is the one place for setpoints, CDU and pump modes and the CDU primary
 * valve, whichever interface the command came from: it checks the caller's privilege (ConfigureComponents) and the
 * value against the plant ({@link io.liquidtwin.server.control.SetpointRules}), applies the command under the twin's
 * lock, and writes the {@link io.liquidtwin.server.control.AuditLog} (the store's {@code audit} journal) before
 * answering; refused commands are audited too (denied, rejected). {@link
 * io.liquidtwin.server.control.ControlModule} exposes it as Redfish Controls and actions and as {@code /api/control}
 * and {@code /api/audit}.
 */
package io.liquidtwin.server.control;
