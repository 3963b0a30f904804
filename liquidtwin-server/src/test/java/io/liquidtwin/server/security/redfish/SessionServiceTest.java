package io.liquidtwin.server.security.redfish;

import static io.liquidtwin.server.security.redfish.Fixture.ADMIN;
import static io.liquidtwin.server.security.redfish.Fixture.as;
import static io.liquidtwin.server.security.redfish.Fixture.login;
import static io.liquidtwin.server.security.redfish.Fixture.messageId;
import static io.liquidtwin.server.security.redfish.Fixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Login, logout, expiry and visibility of Redfish sessions over a real server. */
class SessionServiceTest {

    private static final String SESSIONS = "/redfish/v1/SessionService/Sessions";

    @TempDir
    Path dir;
    TestServer s;

    @BeforeEach
    void start() {
        s = Fixture.start(dir);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    @Test
    void loginGivesATokenThatWorksAndLogoutEndsIt() {
        TestServer.Reply created = login(s, TestServer.VIEWER, TestServer.PASSWORD);
        assertThat(created.status()).isEqualTo(201);
        String token = created.header("X-Auth-Token");
        String location = created.header("Location");
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(location).startsWith(SESSIONS + "/");
        assertThat(created.json().path("@odata.id").asText()).isEqualTo(location);
        assertThat(created.json().path("UserName").asText()).isEqualTo(TestServer.VIEWER);
        assertThat(created.json().path("SessionType").asText()).isEqualTo("Redfish");
        assertThat(created.json().path("CreatedTime").asText()).isEqualTo(TestServer.START.toString());
        assertThat(created.text()).doesNotContain(token).doesNotContain(TestServer.PASSWORD);

        TestServer.Reply cdu = s.send("GET", "/redfish/v1/ThermalEquipment/CDUs/cdu", null, "X-Auth-Token", token);
        assertThat(cdu.status()).isEqualTo(200);
        TestServer.Reply self = s.send("GET", location, null, "X-Auth-Token", token);
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.text()).doesNotContain(token);
        assertThat(s.send("GET", "/redfish/v1/ThermalEquipment", null, "Authorization", "Token " + token).status())
                .as("the InfluxDB-style Token scheme carries the same session").isEqualTo(200);

        assertThat(s.send("DELETE", location, null, "X-Auth-Token", token).status()).isEqualTo(204);
        TestServer.Reply after = s.send("GET", "/redfish/v1/ThermalEquipment", null, "X-Auth-Token", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(messageId(after)).isEqualTo("Base.1.22.NoValidSession");
        assertThat(s.sessions.list()).isEmpty();
    }

    @Test
    void basicAndTokenAuthenticateTheSameUserAndBadCredentialsAre401() {
        String token = token(s, TestServer.OPERATOR, TestServer.PASSWORD);
        JsonNode byToken = s.send("GET", SESSIONS, null, "X-Auth-Token", token).json();
        JsonNode byBasic = as(s, TestServer.OPERATOR, "GET", SESSIONS, null).json();
        assertThat(byToken.path("Members")).isEqualTo(byBasic.path("Members")).hasSize(1);

        TestServer.Reply wrong = login(s, TestServer.OPERATOR, "not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(messageId(wrong)).isEqualTo("Base.1.22.NoValidSession");
        assertThat(wrong.header("X-Auth-Token")).isNull();
        assertThat(login(s, "nobody", TestServer.PASSWORD).status()).isEqualTo(401);
        assertThat(s.send("GET", SESSIONS, null, "X-Auth-Token", "forged").status()).isEqualTo(401);
    }

    @Test
    void missingOrMistypedLoginPropertiesAre400() {
        TestServer.Reply missing = s.send("POST", SESSIONS, "{\"UserName\":\"viewer\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(messageId(missing)).isEqualTo("Base.1.22.CreateFailedMissingReqProperties");
        assertThat(missing.json().at("/error/@Message.ExtendedInfo/0/MessageArgs/0").asText()).isEqualTo("Password");
        TestServer.Reply typed = s.send("POST", SESSIONS, "{\"UserName\":\"viewer\",\"Password\":12345678901234}");
        assertThat(typed.status()).isEqualTo(400);
        assertThat(messageId(typed)).isEqualTo("Base.1.22.PropertyValueTypeError");
        assertThat(typed.text()).doesNotContain("12345678901234");
        TestServer.Reply extra = s.send("POST", SESSIONS,
                "{\"UserName\":\"viewer\",\"Password\":\"" + TestServer.PASSWORD + "\",\"Colour\":1}");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(messageId(extra)).isEqualTo("Base.1.22.PropertyUnknown");
        assertThat(s.send("POST", SESSIONS, "[1]").status()).isEqualTo(400);
        assertThat(s.sessions.list()).isEmpty();
    }

    @Test
    void theSessionLimitAnswers503() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < s.sessions.maxSessions(); i++) { // a quarter per account: four accounts fill it
            ids.add(s.sessions.create(new Principal("user-" + i % 4, Role.ReadOnly, null)).orElseThrow().id());
        }
        TestServer.Reply full = login(s, TestServer.OPERATOR, TestServer.PASSWORD);
        assertThat(full.status()).isEqualTo(503);
        assertThat(messageId(full)).isEqualTo("Base.1.22.SessionLimitExceeded");
        s.sessions.delete(ids.get(0));
        assertThat(login(s, TestServer.OPERATOR, TestServer.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void oneAccountCannotTakeEverySessionItsOldestGivesWay() {
        List<String> tokens = new ArrayList<>();
        int perUser = s.sessions.maxSessions() / 4;
        for (int i = 0; i < perUser + 3; i++) {
            tokens.add(token(s, TestServer.VIEWER, TestServer.PASSWORD));
        }
        assertThat(s.sessions.list()).hasSize(perUser);
        assertThat(s.send("GET", SESSIONS, null, "X-Auth-Token", tokens.get(0)).status()).as("oldest ended")
                .isEqualTo(401);
        assertThat(s.send("GET", SESSIONS, null, "X-Auth-Token", tokens.get(tokens.size() - 1)).status())
                .isEqualTo(200);
        assertThat(login(s, TestServer.OPERATOR, TestServer.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aSessionExpiresAfterSessionTimeoutOfIdleTimeAndUseKeepsItAlive() {
        String token = token(s, TestServer.VIEWER, TestServer.PASSWORD);
        Duration timeout = s.sessions.timeout();
        s.wall.set(TestServer.START.plus(timeout).minusSeconds(1));
        assertThat(s.send("GET", SESSIONS, null, "X-Auth-Token", token).status())
                .as("used just before the timeout").isEqualTo(200);
        s.wall.set(s.wall.get().plus(timeout));
        assertThat(s.send("GET", SESSIONS, null, "X-Auth-Token", token).status())
                .as("idle for exactly the timeout: still alive").isEqualTo(200);
        s.wall.set(s.wall.get().plus(timeout).plusSeconds(1));
        assertThat(s.send("GET", SESSIONS, null, "X-Auth-Token", token).status()).isEqualTo(401);
    }

    @Test
    void sessionTimeoutIsPatchedByConfigureManagerWithinItsRange() {
        TestServer.Reply service = as(s, TestServer.VIEWER, "GET", "/redfish/v1/SessionService", null);
        assertThat(service.json().path("SessionTimeout").asLong()).isEqualTo(1800);
        assertThat(service.json().at("/Sessions/@odata.id").asText()).isEqualTo(SESSIONS);
        assertThat(as(s, TestServer.OPERATOR, "PATCH", "/redfish/v1/SessionService", "{\"SessionTimeout\":60}")
                .status()).isEqualTo(403);
        TestServer.Reply low = as(s, ADMIN, "PATCH", "/redfish/v1/SessionService", "{\"SessionTimeout\":29}");
        assertThat(low.status()).isEqualTo(400);
        assertThat(messageId(low)).isEqualTo("Base.1.22.PropertyValueOutOfRange");
        assertThat(as(s, ADMIN, "PATCH", "/redfish/v1/SessionService", "{\"SessionTimeout\":86401}").status())
                .isEqualTo(400);
        TestServer.Reply ro = as(s, ADMIN, "PATCH", "/redfish/v1/SessionService", "{\"Sessions\":{}}");
        assertThat(messageId(ro)).isEqualTo("Base.1.22.PropertyNotWritable");
        TestServer.Reply ok = as(s, ADMIN, "PATCH", "/redfish/v1/SessionService", "{\"SessionTimeout\":60}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("SessionTimeout").asLong()).isEqualTo(60);
        assertThat(s.sessions.timeout()).isEqualTo(Duration.ofSeconds(60));

        String token = token(s, TestServer.VIEWER, TestServer.PASSWORD);
        s.wall.set(TestServer.START.plusSeconds(61));
        assertThat(s.send("GET", SESSIONS, null, "X-Auth-Token", token).status())
                .as("the new timeout applies").isEqualTo(401);
    }

    @Test
    void othersSessionsAreVisibleOnlyWithConfigureManager() {
        String viewerToken = token(s, TestServer.VIEWER, TestServer.PASSWORD);
        String operatorSession = login(s, TestServer.OPERATOR, TestServer.PASSWORD).header("Location");
        String adminToken = token(s, ADMIN, s.adminPassword);

        JsonNode viewerView = s.send("GET", SESSIONS, null, "X-Auth-Token", viewerToken).json();
        assertThat(viewerView.path("Members@odata.count").asInt()).isEqualTo(1);
        assertThat(viewerView.at("/Members/0/@odata.id").asText()).isNotEqualTo(operatorSession);
        assertThat(s.send("GET", operatorSession, null, "X-Auth-Token", viewerToken).status()).isEqualTo(403);
        assertThat(s.send("DELETE", operatorSession, null, "X-Auth-Token", viewerToken).status()).isEqualTo(403);

        JsonNode adminView = s.send("GET", SESSIONS, null, "X-Auth-Token", adminToken).json();
        assertThat(adminView.path("Members@odata.count").asInt()).isEqualTo(3);
        assertThat(s.send("GET", operatorSession, null, "X-Auth-Token", adminToken).json().path("UserName").asText())
                .isEqualTo(TestServer.OPERATOR);
        assertThat(s.send("DELETE", operatorSession, null, "X-Auth-Token", adminToken).status()).isEqualTo(204);
        assertThat(s.send("DELETE", operatorSession, null, "X-Auth-Token", adminToken).status()).isEqualTo(404);
        assertThat(s.send("GET", SESSIONS + "/nope", null, "X-Auth-Token", adminToken).status()).isEqualTo(404);
    }

    @Test
    void theServiceRootLinksBothServices() {
        JsonNode root = s.send("GET", "/redfish/v1", null).json();
        assertThat(root.at("/SessionService/@odata.id").asText()).isEqualTo("/redfish/v1/SessionService");
        assertThat(root.at("/AccountService/@odata.id").asText()).isEqualTo("/redfish/v1/AccountService");
        assertThat(root.at("/Links/Sessions/@odata.id").asText()).isEqualTo(SESSIONS);
    }
}
