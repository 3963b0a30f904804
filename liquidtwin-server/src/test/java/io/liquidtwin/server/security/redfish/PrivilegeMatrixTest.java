package io.liquidtwin.server.security.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, as one table: (caller, method, URI, body) → status, over a real server. {@code {self}} is the
 * caller's own user name, {@code {victim}} a fresh ReadOnly account and {@code {victimSession}} a session of it,
 * both made for each row, so rows do not depend on each other.
 */
class PrivilegeMatrixTest {

    private static final String A = "/redfish/v1/AccountService";
    private static final String VIEWER = TestServer.VIEWER;
    private static final String OPERATOR = TestServer.OPERATOR;
    private static final String ADMIN = Fixture.ADMIN;
    private static final String ANONYMOUS = "(anonymous)";

    @TempDir
    static Path dir;
    static TestServer s;
    static final AtomicInteger N = new AtomicInteger();

    @BeforeAll
    static void start() {
        s = Fixture.start(dir);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** One action tried by the three roles: the expected status for ReadOnly, Operator and Administrator. */
    private static void row(List<Arguments> out, String action, String method, String uri, String body,
                            int readOnly, int operator, int administrator) {
        out.add(Arguments.of(action, VIEWER, method, uri, body, readOnly));
        out.add(Arguments.of(action, OPERATOR, method, uri, body, operator));
        out.add(Arguments.of(action, ADMIN, method, uri, body, administrator));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> m = new ArrayList<>();
        row(m, "read the AccountService", "GET", A, null, 200, 200, 200);
        row(m, "list the accounts", "GET", A + "/Accounts", null, 200, 200, 200);
        row(m, "read own account", "GET", A + "/Accounts/{self}", null, 200, 200, 200);
        row(m, "read another account", "GET", A + "/Accounts/{victim}", null, 403, 403, 200);
        row(m, "read a missing account", "GET", A + "/Accounts/ghost", null, 403, 403, 404);
        row(m, "create an account", "POST", A + "/Accounts",
                "{\"UserName\":\"new-{n}\",\"Password\":\"a-long-enough-password\",\"RoleId\":\"Operator\"}",
                403, 403, 201);
        row(m, "change own password", "PATCH", A + "/Accounts/{self}", "{\"Password\":\"{password}\"}",
                200, 200, 200);
        row(m, "change another's password", "PATCH", A + "/Accounts/{victim}",
                "{\"Password\":\"another-long-password\"}", 403, 403, 200);
        row(m, "change own role", "PATCH", A + "/Accounts/{self}", "{\"RoleId\":\"Administrator\"}", 403, 403, 200);
        row(m, "change another's role", "PATCH", A + "/Accounts/{victim}", "{\"RoleId\":\"Operator\"}",
                403, 403, 200);
        row(m, "disable another account", "PATCH", A + "/Accounts/{victim}", "{\"Enabled\":false}", 403, 403, 200);
        row(m, "delete another account", "DELETE", A + "/Accounts/{victim}", null, 403, 403, 204);
        row(m, "change the lockout policy", "PATCH", A, "{\"AccountLockoutThreshold\":5}", 403, 403, 200);
        row(m, "change a role", "PATCH", A + "/Roles/ReadOnly", "{\"AssignedPrivileges\":[\"Login\"]}",
                405, 405, 405);
        row(m, "read a role", "GET", A + "/Roles/Operator", null, 200, 200, 200);
        row(m, "read the SessionService", "GET", "/redfish/v1/SessionService", null, 200, 200, 200);
        row(m, "PATCH SessionTimeout", "PATCH", "/redfish/v1/SessionService", "{\"SessionTimeout\":1800}",
                403, 403, 200);
        row(m, "read another's session", "GET", "/redfish/v1/SessionService/Sessions/{victimSession}", null,
                403, 403, 200);
        row(m, "delete another's session", "DELETE", "/redfish/v1/SessionService/Sessions/{victimSession}", null,
                403, 403, 204);
        m.add(Arguments.of("anonymous read", ANONYMOUS, "GET", A, null, 401));
        m.add(Arguments.of("anonymous create", ANONYMOUS, "POST", A + "/Accounts",
                "{\"UserName\":\"x-{n}\",\"Password\":\"a-long-enough-password\",\"RoleId\":\"Operator\"}", 401));
        m.add(Arguments.of("anonymous logout", ANONYMOUS, "DELETE",
                "/redfish/v1/SessionService/Sessions/{victimSession}", null, 401));
        return m.stream();
    }

    @ParameterizedTest(name = "{1} {0}: {2} {3} → {5}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatTheRegistryGrants(String action, String user, String method, String uri,
                                                   String body, int expected) {
        int n = N.incrementAndGet();
        String victim = "victim-" + n;
        s.accounts.create(victim, TestServer.PASSWORD, Role.ReadOnly);
        String victimSession = s.sessions.create(new Principal(victim, Role.ReadOnly, null)).orElseThrow().id();
        String u = uri.replace("{self}", user).replace("{victim}", victim).replace("{victimSession}", victimSession);
        String b = body == null ? null : body.replace("{n}", String.valueOf(n))
                .replace("{password}", Fixture.passwordOf(s, user));
        TestServer.Reply r = user.equals(ANONYMOUS) ? s.send(method, u, b) : Fixture.as(s, user, method, u, b);
        assertThat(r.status()).as(user + " " + action + ": " + r.text()).isEqualTo(expected);
        if (user.equals(ADMIN) && action.equals("change own role")) {
            assertThat(s.accounts.get(ADMIN).orElseThrow().role()).isEqualTo(Role.Administrator);
        }
    }
}
