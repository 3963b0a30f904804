/**
 * The HTTP server: Javalin on Jetty 12 with virtual threads. {@link io.liquidtwin.server.http.LiquidTwinServer}
 * assembles the {@link io.liquidtwin.server.http.ServerModule}s (Redfish, REST API, ingest, metrics), authenticates
 * every request ({@link io.liquidtwin.server.http.Auth}) and turns every failure into a Redfish error body from the
 * one catalogue ({@link io.liquidtwin.server.error.Problem}): 4xx for the client's mistakes, 500 only for ours.
 */
package io.liquidtwin.server.http;
