package io.liquidtwin.server.http;

import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.security.Accounts;
import io.liquidtwin.server.security.Sessions;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * What the server's modules share.
 *
 * @param twin      the running twin
 * @param accounts  user accounts
 * @param sessions  open sessions
 * @param redfish   Redfish resource providers and writers
 * @param wallClock the wall clock (sessions, audit, HTTP dates)
 * @param dataDir   the server's data directory (store, accounts, audit)
 * @param endpoint  where the server listens (port, TLS), filled in when it starts
 */
public record ServerContext(LiveTwin twin, Accounts accounts, Sessions sessions, RedfishDirectory redfish,
                            InstantSource wallClock, Path dataDir, Endpoint endpoint) {

    /** A context whose {@link #endpoint()} the server fills in when it starts. */
    public ServerContext(LiveTwin twin, Accounts accounts, Sessions sessions, RedfishDirectory redfish,
                         InstantSource wallClock, Path dataDir) {
        this(twin, accounts, sessions, redfish, wallClock, dataDir, Endpoint.unbound());
    }
}
