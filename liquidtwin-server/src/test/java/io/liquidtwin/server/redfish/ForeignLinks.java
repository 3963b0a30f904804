package io.liquidtwin.server.redfish;

import java.util.List;

/**
 * The URIs other server modules serve (SessionService, AccountService, EventService, Chassis Controls, actions): on
 * this branch they do not exist, so the crawl and the profile check skip them and report them. After the branches
 * are merged, set {@link #SKIP} to false to make every such link count.
 */
final class ForeignLinks {

    /** Whether links into foreign services are skipped (true until all server modules are merged). */
    static final boolean SKIP = true;
    static final List<String> PREFIXES = List.of("/redfish/v1/SessionService", "/redfish/v1/AccountService",
            "/redfish/v1/EventService");
    static final List<String> INFIXES = List.of("/Controls", "/Actions/");
    /** The resource types those services serve (for the profile check). */
    static final List<String> TYPES = List.of("AccountService", "ManagerAccount", "Role", "SessionService", "Session",
            "EventService", "EventDestination");

    private ForeignLinks() {
    }

    /** @return whether {@code uri} is served by another module and skipped */
    static boolean skipped(String uri) {
        return SKIP && (PREFIXES.stream().anyMatch(uri::startsWith) || INFIXES.stream().anyMatch(uri::contains));
    }
}
