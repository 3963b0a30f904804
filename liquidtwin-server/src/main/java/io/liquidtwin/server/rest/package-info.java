/**
 * The REST API under {@code /api} (JSON; errors are Redfish error bodies from the one catalogue): health, the served
 * plant and its live snapshot, design studies run in the background, telemetry queries, ISA-18.2 alarms with operator
 * actions, and a server-sent event stream; plus the Redfish EventService (its resources and its SSE stream of
 * {@code Event} payloads) and the hand-written OpenAPI 3.1 document at {@code /openapi.json}.
 * {@link io.liquidtwin.server.rest.RestApi} is the module that registers it all.
 */
package io.liquidtwin.server.rest;
