package io.liquidtwin.server.control;

import io.liquidtwin.server.security.Principal;
import java.util.Objects;

/**
 * Who issues a command, and through which interface.
 *
 * @param who the authenticated caller
 * @param via the interface
 */
public record Actor(Principal who, Via via) {
    public Actor {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(via, "via");
    }

    /** @return the session id, or {@code "Basic"} for a caller authenticated by Basic credentials */
    public String session() {
        return who.sessionId() == null ? "Basic" : who.sessionId();
    }
}
