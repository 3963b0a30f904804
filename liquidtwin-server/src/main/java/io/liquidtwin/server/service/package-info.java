/**
 * The assembled service behind {@code liquidtwin serve}: {@link io.liquidtwin.server.service.LiquidTwinService}
 * loads a plant, opens the durable store, the accounts and sessions of a data directory, runs the plant as a
 * {@link io.liquidtwin.server.live.LiveTwin} paced against the wall clock, and serves it over HTTP with the standard
 * modules ({@link io.liquidtwin.server.http.ServerModules#standard()}). Start failures are one
 * {@link io.liquidtwin.server.service.ServiceStartException} naming the file, port or directory at fault.
 */
package io.liquidtwin.server.service;
