package io.liquidtwin.server.security;

import java.util.Objects;

/**
 * An authenticated caller.
 *
 * @param userName  the account's user name
 * @param role      the account's role
 * @param sessionId the Redfish session id when authenticated by X-Auth-Token, else null (Basic)
 */
public record Principal(String userName, Role role, String sessionId) {
    public Principal {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
    }

    /** @return whether the caller's role grants {@code p} */
    public boolean has(Privilege p) {
        return role.has(p);
    }
}
