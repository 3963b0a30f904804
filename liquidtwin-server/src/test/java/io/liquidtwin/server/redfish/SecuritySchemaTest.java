package io.liquidtwin.server.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.security.redfish.SecurityRoutes;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every payload of the SessionService and AccountService, as served (GET, and the bodies of login and account
 * creation), validates against its DMTF schema; a crawl from the service root reaches them all.
 */
class SecuritySchemaTest {

    private static final RedfishSchemas VALIDATOR = new RedfishSchemas(Path.of("..", "..", "shared", "redfish",
            "json-schema"));

    @TempDir
    Path dir;

    @Test
    void everySecurityPayloadValidatesAgainstItsDmtfSchema() {
        try (TestServer s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(),
                List.of(new RedfishRoutes(), new SecurityRoutes()))) {
            String admin = TestServer.basic("admin", s.adminPassword);
            TestServer.Reply login = s.send("POST", "/redfish/v1/SessionService/Sessions",
                    "{\"UserName\":\"viewer\",\"Password\":\"" + TestServer.PASSWORD + "\"}");
            TestServer.Reply created = s.send("POST", "/redfish/v1/AccountService/Accounts",
                    "{\"UserName\":\"dave\",\"Password\":\"a-long-enough-password\",\"RoleId\":\"ReadOnly\"}",
                    "Authorization", admin);
            Map<String, JsonNode> payloads = new LinkedHashMap<>();
            payloads.put("login response", login.json());
            payloads.put("create response", created.json());
            Deque<String> todo = new ArrayDeque<>(List.of("/redfish/v1/SessionService", "/redfish/v1/AccountService"));
            while (!todo.isEmpty()) {
                String uri = todo.pop();
                if (payloads.containsKey(uri) || !uri.startsWith("/redfish/v1/") || uri.contains("ThermalEquipment")
                        || uri.contains("Chassis")) {
                    continue;
                }
                TestServer.Reply r = s.send("GET", uri, null, "Authorization", admin);
                assertThat(r.status()).as(uri).isEqualTo(200);
                payloads.put(uri, r.json());
                r.json().findValuesAsText("@odata.id").forEach(todo::add);
            }
            JsonNode root = s.send("GET", "/redfish/v1", null).json();
            payloads.put("/redfish/v1", root);

            List<String> problems = new ArrayList<>();
            payloads.forEach((where, p) -> VALIDATOR.errors(p).forEach(e -> problems.add(where + ": " + e)));
            assertThat(problems).isEmpty();
            assertThat(payloads.values()).extracting(p -> RedfishSchemas.schemaFile(p)).contains(
                    "SessionService.v1_2_0.json", "SessionCollection.json", "Session.v1_8_0.json",
                    "AccountService.v1_18_1.json", "ManagerAccountCollection.json", "ManagerAccount.v1_14_1.json",
                    "RoleCollection.json", "Role.v1_3_3.json", "ServiceRoot.v1_20_0.json");
            assertThat(payloads.keySet()).contains("/redfish/v1/AccountService/Roles/Administrator",
                    "/redfish/v1/AccountService/Accounts/dave", login.header("Location"));

            ObjectNode bad = payloads.get("/redfish/v1/AccountService/Accounts/dave").deepCopy();
            assertThat(VALIDATOR.errors(bad.put("AccountTypes", "Redfish"))).as("the validator checks").isNotEmpty();
        }
    }
}
