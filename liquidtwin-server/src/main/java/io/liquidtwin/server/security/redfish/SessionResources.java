package io.liquidtwin.server.security.redfish;

import static io.liquidtwin.server.security.redfish.Payloads.SESSIONS;
import static io.liquidtwin.server.security.redfish.Payloads.SESSION_SERVICE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.redfish.RedfishDirectory.Response;
import io.liquidtwin.server.security.Accounts;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Privilege;
import io.liquidtwin.server.security.Sessions;
import io.liquidtwin.server.security.Sessions.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SessionService, its Sessions collection and each Session; login (POST, no credentials needed), logout
 * (DELETE) and the idle timeout (PATCH SessionService). A Session never shows its token: the token is sent once, in
 * the {@code X-Auth-Token} header of the response that creates it.
 *
 * <p>Who sees what: a caller with ConfigureManager sees and may end every session; others see only their own and end
 * them with ConfigureSelf (Redfish privilege registry: Session, ResourceURIOverrides for one's own session).
 */
final class SessionResources implements RedfishDirectory.Provider {

    private static final Set<String> SERVICE_READ_ONLY = Set.of("Id", "Name", "Description", "Sessions", "Status",
            "ServiceEnabled", "AbsoluteSessionTimeout", "AbsoluteSessionTimeoutEnabled");

    private final Accounts accounts;
    private final Sessions sessions;

    SessionResources(Accounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    void register(RedfishDirectory dir) {
        dir.addProviderFirst(this);
        dir.on(RedfishDirectory.Method.POST, SESSIONS::equals, (uri, body, who) -> login(body));
        dir.on(RedfishDirectory.Method.DELETE, uri -> Payloads.member(uri, SESSIONS) != null,
                (uri, body, who) -> logout(Payloads.member(uri, SESSIONS), who));
        dir.on(RedfishDirectory.Method.PATCH, SESSION_SERVICE::equals, (uri, body, who) -> patchService(body, who));
    }

    @Override
    public Optional<ObjectNode> get(String uri, Principal who) {
        if (uri.equals(SESSION_SERVICE)) {
            return Optional.of(service());
        }
        if (uri.equals(SESSIONS)) {
            List<String> members = visible(who).stream().map(s -> SESSIONS + "/" + s.id()).toList();
            return Optional.of(Payloads.collection(SESSIONS, "SessionCollection", "Sessions", members));
        }
        String id = Payloads.member(uri, SESSIONS);
        if (id == null) {
            return Optional.empty();
        }
        Optional<Session> s = sessions.byId(id);
        s.ifPresent(x -> requireOwnerOr(who, x, Privilege.Login, Privilege.ConfigureManager));
        return s.map(SessionResources::session);
    }

    private ObjectNode service() {
        ObjectNode n = Payloads.resource(SESSION_SERVICE, "#SessionService.v1_2_0.SessionService", "Session Service");
        n.put("Description", "Redfish sessions (X-Auth-Token); a session ends after SessionTimeout seconds unused");
        n.putObject("Status").put("State", "Enabled").put("Health", "OK");
        n.put("ServiceEnabled", true);
        n.put("SessionTimeout", sessions.timeout().toSeconds());
        n.set("Sessions", Payloads.link(SESSIONS));
        return n;
    }

    private static ObjectNode session(Session s) {
        ObjectNode n = Payloads.resource(SESSIONS + "/" + s.id(), "#Session.v1_8_0.Session", "User Session");
        n.put("UserName", s.principal().userName());
        n.put("CreatedTime", s.created().toString());
        n.put("SessionType", "Redfish");
        n.putArray("Roles").add(s.principal().role().name());
        n.putNull("Password");
        n.putNull("Token");
        return n;
    }

    private List<Session> visible(Principal who) {
        List<Session> out = new ArrayList<>();
        for (Session s : sessions.list()) {
            if (who != null && (who.has(Privilege.ConfigureManager) || owns(who, s))) {
                out.add(s);
            }
        }
        return out;
    }

    private Response login(JsonNode body) {
        Body b = new Body(body, Set.of("Id", "Name", "Description", "CreatedTime", "SessionType", "Roles", "Token",
                "ClientOriginIPAddress", "OemSessionType", "ExpirationTime", "Links", "Context"));
        Optional<String> user = b.string("UserName", false);
        Optional<String> password = b.string("Password", true);
        if (!b.has("UserName")) {
            b.problem(Problem.CREATE_FAILED_MISSING_REQ_PROPERTIES, "UserName");
        }
        if (!b.has("Password")) {
            b.problem(Problem.CREATE_FAILED_MISSING_REQ_PROPERTIES, "Password");
        }
        b.finish();
        long generation = accounts.generation();
        Principal p = accounts.verify(user.orElseThrow(), password.orElseThrow())
                .orElseThrow(() -> new ApiException(Problem.NO_VALID_SESSION));
        Session s = sessions.create(p).orElseThrow(() -> new ApiException(Problem.SESSION_LIMIT_EXCEEDED));
        if (accounts.generation() != generation) {
            // an account changed while the password was checked (its sessions were ended meanwhile): this session
            // may carry the old role, password or enabled state, so it goes too; the client retries
            sessions.delete(s.id());
            throw new ApiException(Problem.SERVICE_TEMPORARILY_UNAVAILABLE, 1);
        }
        String uri = SESSIONS + "/" + s.id();
        return Response.created(uri, session(s)).withHeader(Auth.TOKEN_HEADER, s.token())
                .withHeader("Cache-Control", "no-store");
    }

    private Response logout(String id, Principal who) {
        Session s = sessions.byId(id).orElseThrow(() -> new ApiException(Problem.RESOURCE_NOT_FOUND, "Session", id));
        requireOwnerOr(who, s, Privilege.ConfigureSelf, Privilege.ConfigureManager);
        sessions.delete(id);
        return Response.noContent();
    }

    private Response patchService(JsonNode body, Principal who) {
        if (!who.has(Privilege.ConfigureManager)) {
            throw new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
        }
        Body b = new Body(body, SERVICE_READ_ONLY);
        Optional<Long> timeoutS = b.integer("SessionTimeout");
        timeoutS.filter(t -> t < 30 || t > 86_400)
                .ifPresent(t -> b.problem(Problem.PROPERTY_VALUE_OUT_OF_RANGE, t, "SessionTimeout"));
        b.finish();
        timeoutS.ifPresent(t -> sessions.setTimeout(Duration.ofSeconds(t)));
        return Response.ok(service());
    }

    private static boolean owns(Principal who, Session s) {
        return s.principal().userName().equals(who.userName());
    }

    /** Own sessions need {@code own}; others' need {@code any}: 403 otherwise. */
    private static void requireOwnerOr(Principal who, Session s, Privilege own, Privilege any) {
        if (!(owns(who, s) ? who.has(own) || who.has(any) : who.has(any))) {
            throw new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
        }
    }
}
