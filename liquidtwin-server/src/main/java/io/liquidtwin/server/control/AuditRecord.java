package io.liquidtwin.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One entry of the control audit trail.
 *
 * @param id          unique id (a replayed entry keeps it)
 * @param wallMicros  wall-clock time of the command, epoch µs
 * @param twinMicros  twin time of the command (start + simulated time), epoch µs
 * @param user        the caller's user name
 * @param role        the caller's role
 * @param session     the session id, or {@code Basic}
 * @param via         the interface
 * @param command     what was asked
 * @param target      the CDU, pump or loop id
 * @param requested   the request body as sent, or the parameters when called directly (JSON)
 * @param before      the target's state before (JSON; null when refused: nothing was read or changed)
 * @param after       the target's state after (JSON; null when refused)
 * @param outcome     applied, denied or rejected
 * @param detail      why a command was refused (the problem's message), else empty
 */
public record AuditRecord(String id, long wallMicros, long twinMicros, String user, String role, String session,
                          Via via, Command command, String target, JsonNode requested, JsonNode before,
                          JsonNode after, Outcome outcome, String detail) {
    public AuditRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
    }
}
