package io.liquidtwin.server.security.redfish;

import static io.liquidtwin.server.security.redfish.Fixture.ADMIN;
import static io.liquidtwin.server.security.redfish.Fixture.as;
import static io.liquidtwin.server.security.redfish.Fixture.login;
import static io.liquidtwin.server.security.redfish.Fixture.messageId;
import static io.liquidtwin.server.security.redfish.Fixture.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts, roles and the lockout over a real server. */
class AccountServiceTest {

    private static final String ACCOUNTS = "/redfish/v1/AccountService/Accounts";
    private static final String NEW_PASSWORD = "tr0ub4dor-and-three";

    @TempDir
    Path dir;
    TestServer s;
    final List<TestServer.Reply> replies = new ArrayList<>();

    @BeforeEach
    void start() {
        s = Fixture.start(dir);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private TestServer.Reply admin(String method, String path, String body) {
        TestServer.Reply r = as(s, ADMIN, method, path, body);
        replies.add(r);
        return r;
    }

    @Test
    void anAdministratorCreatesChangesAndDeletesAnAccount() throws Exception {
        TestServer.Reply created = admin("POST", ACCOUNTS,
                "{\"UserName\":\"alice\",\"Password\":\"" + NEW_PASSWORD + "\",\"RoleId\":\"Operator\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(ACCOUNTS + "/alice");
        assertThat(created.json().path("RoleId").asText()).isEqualTo("Operator");
        assertThat(created.json().path("Enabled").asBoolean()).isTrue();
        assertThat(created.json().path("Locked").asBoolean()).isFalse();
        assertThat(created.json().get("Password").isNull()).isTrue();
        assertThat(created.json().at("/Links/Role/@odata.id").asText())
                .isEqualTo("/redfish/v1/AccountService/Roles/Operator");
        String aliceToken = token(s, "alice", NEW_PASSWORD);

        TestServer.Reply demoted = admin("PATCH", ACCOUNTS + "/alice", "{\"RoleId\":\"ReadOnly\"}");
        assertThat(demoted.status()).isEqualTo(200);
        assertThat(demoted.json().path("RoleId").asText()).isEqualTo("ReadOnly");
        assertThat(s.send("GET", ACCOUNTS, null, "X-Auth-Token", aliceToken).status())
                .as("a role change ends the account's sessions").isEqualTo(401);
        aliceToken = token(s, "alice", NEW_PASSWORD);

        assertThat(admin("PATCH", ACCOUNTS + "/alice", "{\"Enabled\":false}").status()).isEqualTo(200);
        assertThat(s.send("GET", ACCOUNTS, null, "X-Auth-Token", aliceToken).status()).isEqualTo(401);
        assertThat(login(s, "alice", NEW_PASSWORD).status()).as("disabled").isEqualTo(401);
        assertThat(admin("PATCH", ACCOUNTS + "/alice", "{\"Enabled\":true}").status()).isEqualTo(200);
        aliceToken = token(s, "alice", NEW_PASSWORD);

        assertThat(admin("DELETE", ACCOUNTS + "/alice", null).status()).isEqualTo(204);
        assertThat(s.send("GET", ACCOUNTS, null, "X-Auth-Token", aliceToken).status()).isEqualTo(401);
        assertThat(admin("GET", ACCOUNTS + "/alice", null).status()).isEqualTo(404);
        assertThat(admin("DELETE", ACCOUNTS + "/alice", null).status()).isEqualTo(404);
        assertThat(Files.readString(dir.resolve("accounts.json"))).doesNotContain("alice");
    }

    @Test
    void badCreationsNameTheirProblem() {
        TestServer.Reply missing = admin("POST", ACCOUNTS, "{\"UserName\":\"bob\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/error/@Message.ExtendedInfo").findValuesAsText("MessageId"))
                .containsOnly("Base.1.22.CreateFailedMissingReqProperties");
        List<String> missingArgs = new ArrayList<>();
        missing.json().at("/error/@Message.ExtendedInfo")
                .forEach(m -> missingArgs.add(m.at("/MessageArgs/0").asText()));
        assertThat(missingArgs).containsExactly("Password", "RoleId");

        TestServer.Reply weak = admin("POST", ACCOUNTS,
                "{\"UserName\":\"bob\",\"Password\":\"short-pw\",\"RoleId\":\"Operator\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().at("/error/message").asText()).contains("12 to 128 characters");
        assertThat(weak.text()).doesNotContain("short-pw");

        TestServer.Reply role = admin("POST", ACCOUNTS,
                "{\"UserName\":\"bob\",\"Password\":\"" + NEW_PASSWORD + "\",\"RoleId\":\"Root\"}");
        assertThat(messageId(role)).isEqualTo("Base.1.22.PropertyValueNotInList");
        TestServer.Reply name = admin("POST", ACCOUNTS,
                "{\"UserName\":\"bob smith\",\"Password\":\"" + NEW_PASSWORD + "\",\"RoleId\":\"Operator\"}");
        assertThat(messageId(name)).isEqualTo("Base.1.22.PropertyValueFormatError");
        TestServer.Reply taken = admin("POST", ACCOUNTS,
                "{\"UserName\":\"viewer\",\"Password\":\"" + NEW_PASSWORD + "\",\"RoleId\":\"Operator\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(messageId(taken)).isEqualTo("Base.1.22.ResourceAlreadyExists");
        assertThat(s.accounts.list()).hasSize(3);
    }

    @Test
    void theLastAdministratorCannotBeDeletedDisabledOrDemoted() {
        for (String[] attempt : new String[][] {{"DELETE", null}, {"PATCH", "{\"Enabled\":false}"},
                {"PATCH", "{\"RoleId\":\"Operator\"}"}}) {
            TestServer.Reply r = admin(attempt[0], ACCOUNTS + "/admin", attempt[1]);
            assertThat(r.status()).as(attempt[0] + " " + attempt[1]).isEqualTo(400);
            assertThat(r.json().at("/error/message").asText()).contains("last enabled Administrator");
        }
        assertThat(s.accounts.get(ADMIN).orElseThrow().role()).isEqualTo(Role.Administrator);
        admin("PATCH", ACCOUNTS + "/operator", "{\"RoleId\":\"Administrator\"}");
        assertThat(admin("DELETE", ACCOUNTS + "/admin", null).status()).as("now there is another").isEqualTo(204);
    }

    @Test
    void aUserChangesTheirOwnPasswordAndKeepsTheSessionThatDidIt() {
        String first = token(s, TestServer.VIEWER, TestServer.PASSWORD);
        String second = token(s, TestServer.VIEWER, TestServer.PASSWORD);
        TestServer.Reply changed = s.send("PATCH", ACCOUNTS + "/viewer", "{\"Password\":\"" + NEW_PASSWORD + "\"}",
                "X-Auth-Token", first);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text()).doesNotContain(NEW_PASSWORD);
        assertThat(s.send("GET", ACCOUNTS, null, "X-Auth-Token", first).status()).isEqualTo(200);
        assertThat(s.send("GET", ACCOUNTS, null, "X-Auth-Token", second).status()).isEqualTo(401);
        assertThat(login(s, TestServer.VIEWER, TestServer.PASSWORD).status()).isEqualTo(401);
        assertThat(login(s, TestServer.VIEWER, NEW_PASSWORD).status()).isEqualTo(201);
        TestServer.Reply weak = s.send("PATCH", ACCOUNTS + "/viewer", "{\"Password\":\"tiny\"}",
                "X-Auth-Token", first);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.text()).doesNotContain("tiny").contains("12");
        TestServer.Reply rename = s.send("PATCH", ACCOUNTS + "/viewer", "{\"UserName\":\"root\",\"Id\":\"x\"}",
                "X-Auth-Token", first);
        assertThat(rename.json().at("/error/@Message.ExtendedInfo").findValuesAsText("MessageId"))
                .containsOnly("Base.1.22.PropertyNotWritable");
    }

    @Test
    void aNonAdministratorSeesOnlyTheirOwnAccount() {
        JsonNode viewerList = as(s, TestServer.VIEWER, "GET", ACCOUNTS, null).json();
        assertThat(viewerList.path("Members").findValuesAsText("@odata.id")).containsExactly(ACCOUNTS + "/viewer");
        JsonNode adminList = admin("GET", ACCOUNTS, null).json();
        assertThat(adminList.path("Members").findValuesAsText("@odata.id"))
                .containsExactly(ACCOUNTS + "/admin", ACCOUNTS + "/operator", ACCOUNTS + "/viewer");
        assertThat(adminList.path("Members@odata.count").asInt()).isEqualTo(3);
    }

    @Test
    void serviceAndRolesShowThePolicyAndArePredefined() {
        JsonNode service = as(s, TestServer.VIEWER, "GET", "/redfish/v1/AccountService", null).json();
        assertThat(service.path("MinPasswordLength").asInt()).isEqualTo(12);
        assertThat(service.path("MaxPasswordLength").asInt()).isEqualTo(128);
        assertThat(service.path("AccountLockoutThreshold").asInt()).isEqualTo(5);
        assertThat(service.path("LocalAccountAuth").asText()).isEqualTo("Enabled");
        assertThat(service.at("/Roles/@odata.id").asText()).isEqualTo("/redfish/v1/AccountService/Roles");
        JsonNode roles = as(s, TestServer.VIEWER, "GET", "/redfish/v1/AccountService/Roles", null).json();
        assertThat(roles.path("Members@odata.count").asInt()).isEqualTo(3);
        JsonNode operator = as(s, TestServer.VIEWER, "GET", "/redfish/v1/AccountService/Roles/Operator", null)
                .json();
        assertThat(operator.path("IsPredefined").asBoolean()).isTrue();
        List<String> privileges = new ArrayList<>();
        operator.path("AssignedPrivileges").forEach(p -> privileges.add(p.asText()));
        assertThat(privileges).containsExactly("Login", "ConfigureComponents", "ConfigureSelf");
        assertThat(as(s, TestServer.VIEWER, "GET", "/redfish/v1/AccountService/Roles/Root", null).status())
                .isEqualTo(404);
        TestServer.Reply patch = admin("PATCH", "/redfish/v1/AccountService/Roles/Operator",
                "{\"AssignedPrivileges\":[]}");
        assertThat(patch.status()).isEqualTo(405);
        assertThat(messageId(patch)).isEqualTo("Base.1.22.OperationNotAllowed");
    }

    @Test
    void repeatedFailuresLockTheAccountForBasicAndLoginAlikeUntilTheDurationPasses() {
        for (int i = 0; i < 4; i++) {
            assertThat(login(s, TestServer.OPERATOR, "wrong-password-" + i).status()).isEqualTo(401);
        }
        assertThat(s.send("GET", ACCOUNTS, null, "Authorization",
                TestServer.basic(TestServer.OPERATOR, "fifth-wrong-one")).status()).isEqualTo(401);
        assertThat(login(s, TestServer.OPERATOR, TestServer.PASSWORD).status())
                .as("locked: even the right password fails").isEqualTo(401);
        assertThat(as(s, TestServer.OPERATOR, "GET", ACCOUNTS, null).status()).isEqualTo(401);
        assertThat(admin("GET", ACCOUNTS + "/operator", null).json().path("Locked").asBoolean()).isTrue();
        assertThat(as(s, TestServer.VIEWER, "GET", ACCOUNTS, null).status()).as("others unaffected").isEqualTo(200);

        s.wall.set(TestServer.START.plusSeconds(5 * 60 + 1));
        assertThat(login(s, TestServer.OPERATOR, TestServer.PASSWORD).status()).isEqualTo(201);

        for (int i = 0; i < 5; i++) {
            login(s, TestServer.OPERATOR, "wrong-again-" + i);
        }
        assertThat(login(s, TestServer.OPERATOR, TestServer.PASSWORD).status()).isEqualTo(401);
        TestServer.Reply relock = admin("PATCH", ACCOUNTS + "/operator", "{\"Locked\":true}");
        assertThat(messageId(relock)).isEqualTo("Base.1.22.PropertyValueNotInList");
        TestServer.Reply unlocked = admin("PATCH", ACCOUNTS + "/operator", "{\"Locked\":false}");
        assertThat(unlocked.json().path("Locked").asBoolean()).isFalse();
        assertThat(login(s, TestServer.OPERATOR, TestServer.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void failuresFurtherApartThanTheResetTimeNeverLock() {
        for (int i = 0; i < 10; i++) {
            s.wall.set(TestServer.START.plusSeconds(61L * i));
            assertThat(login(s, TestServer.VIEWER, "wrong-password").status()).isEqualTo(401);
        }
        assertThat(login(s, TestServer.VIEWER, TestServer.PASSWORD).status()).isEqualTo(201);
        TestServer.Reply off = admin("PATCH", "/redfish/v1/AccountService", "{\"AccountLockoutThreshold\":0}");
        assertThat(off.json().path("AccountLockoutThreshold").asInt()).isZero();
        for (int i = 0; i < 10; i++) {
            login(s, TestServer.VIEWER, "wrong-password");
        }
        assertThat(login(s, TestServer.VIEWER, TestServer.PASSWORD).status()).as("threshold 0: never locks")
                .isEqualTo(201);
        TestServer.Reply bad = admin("PATCH", "/redfish/v1/AccountService",
                "{\"AccountLockoutDuration\":10,\"AccountLockoutCounterResetAfter\":60}");
        assertThat(messageId(bad)).isEqualTo("Base.1.22.PropertyValueOutOfRange");
    }

    @Test
    void noPasswordEverAppearsInAResponseOrTheAccountsFile() throws Exception {
        String body = "{\"UserName\":\"carol\",\"Password\":\"" + NEW_PASSWORD + "\",\"RoleId\":\"ReadOnly\"}";
        admin("POST", ACCOUNTS, body);
        replies.add(login(s, "carol", NEW_PASSWORD));
        replies.add(login(s, ADMIN, s.adminPassword));
        admin("PATCH", ACCOUNTS + "/carol", "{\"Password\":\"" + NEW_PASSWORD + "-2\"}");
        for (String uri : List.of("/redfish/v1", "/redfish/v1/AccountService", ACCOUNTS, ACCOUNTS + "/carol",
                ACCOUNTS + "/admin", "/redfish/v1/SessionService/Sessions", "/redfish/v1/SessionService")) {
            replies.add(admin("GET", uri, null));
        }
        for (JsonNode m : admin("GET", "/redfish/v1/SessionService/Sessions", null).json().path("Members")) {
            replies.add(admin("GET", m.path("@odata.id").asText(), null));
        }
        String accountsFile = Files.readString(dir.resolve("accounts.json"));
        for (String secret : List.of(NEW_PASSWORD, s.adminPassword, TestServer.PASSWORD)) {
            assertThat(accountsFile).doesNotContain(secret);
            for (TestServer.Reply r : replies) {
                assertThat(r.text()).as(r.toString()).doesNotContain(secret);
                r.headers().forEach((k, v) -> assertThat(v.toString()).doesNotContain(secret));
            }
        }
        assertThat(replies).hasSizeGreaterThan(10);
        for (TestServer.Reply r : replies.subList(1, 3)) { // the logins: tokens only in the header
            assertThat(r.text()).doesNotContain(r.header("X-Auth-Token"));
        }
    }
}
