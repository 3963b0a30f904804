package io.liquidtwin.server.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.sim.engine.FaultControls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Manager's Reset (GracefulRestart): only ConfigureManager may, a bad ResetType is refused, and a reset returns
 * the control layer to the plant's configuration; every attempt is in the audit log (and its Redfish LogService).
 */
class ManagerResetTest {

    private static final String RESET = "/redfish/v1/Managers/TwinManager/Actions/Manager.Reset";
    private static final String AUDIT = "/redfish/v1/Managers/TwinManager/LogServices/Audit/Entries";

    @TempDir
    Path dir;

    private static TestServer.Reply reset(TestServer s, String body, String user, String password) {
        return s.send("POST", RESET, body, "Authorization", TestServer.basic(user, password));
    }

    @Test
    void theManagerAdvertisesTheResetItCarriesOut() {
        try (TestServer s = TestServer.full(dir)) {
            JsonNode action = s.get("/redfish/v1/Managers/TwinManager", TestServer.VIEWER).json()
                    .path("Actions").path("#Manager.Reset");
            assertThat(action.path("target").asText()).isEqualTo(RESET);
            assertThat(action.path("ResetType@Redfish.AllowableValues")).extracting(JsonNode::asText)
                    .containsExactly("GracefulRestart");
        }
    }

    @Test
    void onlyConfigureManagerMayResetAndBadTypesAreRefused() {
        try (TestServer s = TestServer.full(dir)) {
            String body = "{\"ResetType\":\"GracefulRestart\"}";
            assertThat(s.send("POST", RESET, body).status()).isEqualTo(401);
            TestServer.Reply operator = reset(s, body, TestServer.OPERATOR, TestServer.PASSWORD);
            assertThat(operator.status()).isEqualTo(403);
            assertThat(operator.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                    .isEqualTo("Base.1.22.InsufficientPrivilege");
            TestServer.Reply force = reset(s, "{\"ResetType\":\"ForceRestart\"}", "admin", s.adminPassword);
            assertThat(force.status()).isEqualTo(400);
            assertThat(force.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                    .isEqualTo("Base.1.22.ActionParameterValueNotInList");
            assertThat(reset(s, "{}", "admin", s.adminPassword).status()).isEqualTo(400);
            assertThat(reset(s, "{\"ResetType\":\"GracefulRestart\",\"Delay\":1}", "admin", s.adminPassword)
                    .status()).isEqualTo(400);

            List<JsonNode> entries = auditEntries(s);
            assertThat(entries).extracting(e -> e.path("MessageId").asText()).containsExactly(
                    "Base.1.22.ActionParameterUnknown", "Base.1.22.ActionParameterMissing",
                    "Base.1.22.ActionParameterValueNotInList", "Base.1.22.InsufficientPrivilege");
            JsonNode denied = entries.get(3);
            assertThat(denied.path("Username").asText()).isEqualTo(TestServer.OPERATOR);
            assertThat(denied.path("Severity").asText()).isEqualTo("Critical");
            assertThat(entries.get(2).path("MessageArgs")).extracting(JsonNode::asText)
                    .containsExactly("ForceRestart", "ResetType", "Manager.Reset");
        }
    }

    @Test
    void aGracefulRestartReturnsTheControlsToThePlantsConfiguration() {
        try (TestServer s = TestServer.full(dir)) {
            double configuredC = s.sim.model().plant().cdus().get(0).secondarySupplySetpointK() - 273.15;
            String cdu = s.sim.model().plant().cdus().get(0).id();
            String pump = cdu + ".pump-1";
            s.twin.control(sim -> {
                FaultControls f = sim.faults();
                f.tripPump(pump);
                f.stickValve(cdu, 0.3);
                f.setSetpoint(cdu, configuredC + 2);
                f.loseCdu(cdu);
                return null;
            });
            s.tick(2);
            TestServer.Reply ok = reset(s, "{\"ResetType\":\"GracefulRestart\"}", "admin", s.adminPassword);
            assertThat(ok.status()).isEqualTo(200);
            s.twin.read(sim -> {
                FaultControls f = sim.faults();
                assertThat(f.pumpAvailable(pump)).isTrue();
                assertThat(f.cduInService(cdu)).isTrue();
                assertThat(f.valveStuck(cdu)).isFalse();
                assertThat(f.setpointC(cdu)).isCloseTo(configuredC, org.assertj.core.data.Offset.offset(1e-9));
                return null;
            });
            s.tick(2);   // the simulation carries on
            JsonNode entry = auditEntries(s).get(0);
            assertThat(entry.path("MessageId").asText()).isEqualTo("ManagerEvent.1.0.ManagerReset");
            assertThat(entry.path("Message").asText()).isEqualTo(
                    "Manager `TwinManager` performed a 'GracefulRestart' type of reset.");
            assertThat(entry.path("Username").asText()).isEqualTo("admin");
            assertThat(entry.path("EntryType").asText()).isEqualTo("Oem");
        }
    }

    /** @return the audit log's entries, newest first, as the viewer reads them */
    private static List<JsonNode> auditEntries(TestServer s) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode m : s.get(AUDIT, TestServer.VIEWER).json().path("Members")) {
            TestServer.Reply r = s.get(m.path("@odata.id").asText(), TestServer.VIEWER);
            assertThat(r.status()).isEqualTo(200);
            out.add(r.json());
        }
        return out;
    }
}
