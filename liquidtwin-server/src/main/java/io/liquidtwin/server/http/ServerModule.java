package io.liquidtwin.server.http;

import io.javalin.config.RoutesConfig;

/** One part of the HTTP service (Redfish, REST API, ingest, metrics): registers its routes at start-up. */
@FunctionalInterface
public interface ServerModule {
    /** Registers this module's routes; authentication has already run ({@link Auth#principal}). */
    void register(RoutesConfig routes, ServerContext context);
}
