package io.liquidtwin.server.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.redfish.RedfishRoutes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST commands and the audit listing: the same service, rules and audit as Redfish. */
class ApiControlsTest {

    @TempDir
    Path dir;
    TestServer s;

    @BeforeEach
    void start() {
        s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(),
                List.of(new RedfishRoutes(), new ControlModule()));
        s.tick(2);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    TestServer.Reply post(String user, String path, String body) {
        return s.send("POST", path, body, "Authorization", TestServer.basic(user, TestServer.PASSWORD));
    }

    static String messageId(TestServer.Reply r) {
        return r.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText();
    }

    @Test
    void setpointsOfCdusAndFacilityLoops() {
        TestServer.Reply r = post(TestServer.OPERATOR, "/api/control/setpoint", "{\"target\": \"cdu\", \"setpointC\": 36.5}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("target").asText()).isEqualTo("cdu");
        assertThat(r.json().path("beforeC").asDouble()).isEqualTo(35.0);
        assertThat(r.json().path("afterC").asDouble()).isEqualTo(36.5);
        // the facility loop may not rise above the CDU's setpoint − approach (36.5 − 3), nor above its W32 class
        r = post(TestServer.OPERATOR, "/api/control/setpoint", "{\"target\": \"fws\", \"setpointC\": 34}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(messageId(r)).isEqualTo("Base.1.22.PropertyValueOutOfRange");
        assertThat(r.json().at("/error/@Message.ExtendedInfo/0/MessageArgs/1").asText()).isEqualTo("setpointC");
        r = post(TestServer.OPERATOR, "/api/control/setpoint", "{\"target\": \"fws\", \"setpointC\": 30}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(s.twin.<Double>read(sim -> sim.faults().setpointC("fws"))).isEqualTo(30.0);
        r = post(TestServer.OPERATOR, "/api/control/setpoint", "{\"target\": \"condenser\", \"setpointC\": 30}");
        assertThat(messageId(r)).isEqualTo("Base.1.22.PropertyValueNotInList");
        assertThat(messageId(post(TestServer.OPERATOR, "/api/control/setpoint", "{\"target\": \"cdu\"}")))
                .isEqualTo("Base.1.22.PropertyMissing");
        assertThat(messageId(post(TestServer.OPERATOR, "/api/control/setpoint",
                "{\"target\": \"cdu\", \"setpointC\": \"hot\"}"))).isEqualTo("Base.1.22.PropertyValueTypeError");
        assertThat(messageId(post(TestServer.OPERATOR, "/api/control/setpoint", "[1]")))
                .isEqualTo("Base.1.22.MalformedJSON");
        assertThat(post(TestServer.VIEWER, "/api/control/setpoint", "{\"target\": \"cdu\", \"setpointC\": 36}")
                .status()).isEqualTo(403);
        assertThat(s.send("POST", "/api/control/setpoint", "{\"target\": \"cdu\", \"setpointC\": 36}").status())
                .isEqualTo(401);
        assertThat(s.twin.<Double>read(sim -> sim.faults().setpointC("cdu"))).isEqualTo(36.5);
    }

    @Test
    void modesAndValve() {
        TestServer.Reply r = post(TestServer.OPERATOR, "/api/control/pump-mode", "{\"pump\": \"cdu.pump-2\", \"mode\": \"Disabled\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().at("/after/available").asBoolean()).isFalse();
        assertThat(s.twin.<Boolean>read(sim -> sim.faults().pumpAvailable("cdu.pump-2"))).isFalse();
        assertThat(post(TestServer.OPERATOR, "/api/control/pump-mode", "{\"pump\": \"fwp-1\", \"mode\": \"Disabled\"}")
                .status()).as("facility pumps too: every pump of the engine").isEqualTo(200);
        assertThat(messageId(post(TestServer.OPERATOR, "/api/control/pump-mode",
                "{\"pump\": \"nope\", \"mode\": \"Disabled\"}"))).isEqualTo("Base.1.22.PropertyValueNotInList");

        r = post(TestServer.OPERATOR, "/api/control/cdu-mode", "{\"cdu\": \"cdu\", \"mode\": \"Disabled\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(s.twin.<Boolean>read(sim -> sim.faults().cduInService("cdu"))).isFalse();
        assertThat(post(TestServer.OPERATOR, "/api/control/cdu-mode", "{\"cdu\": \"cdu\", \"mode\": \"Enabled\"}")
                .status()).isEqualTo(200);
        assertThat(s.twin.<Boolean>read(sim -> sim.faults().cduInService("cdu"))).isTrue();

        r = post(TestServer.OPERATOR, "/api/control/valve", "{\"cdu\": \"cdu\", \"percentOpen\": 25}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/after/control").asText()).isEqualTo("manual");
        assertThat(s.twin.<Double>read(sim -> sim.faults().valveOpening("cdu"))).isEqualTo(0.25);
        assertThat(messageId(post(TestServer.OPERATOR, "/api/control/valve", "{\"cdu\": \"cdu\", \"percentOpen\": -1}")))
                .isEqualTo("Base.1.22.PropertyValueOutOfRange");
        assertThat(messageId(post(TestServer.OPERATOR, "/api/control/valve", "{\"cdu\": \"cdu\"}")))
                .isEqualTo("Base.1.22.PropertyMissing");
        r = post(TestServer.OPERATOR, "/api/control/valve", "{\"cdu\": \"cdu\", \"percentOpen\": null}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/before/openingPercent").asDouble()).isEqualTo(25.0);
        assertThat(s.twin.<Boolean>read(sim -> sim.faults().valveStuck("cdu"))).isFalse();
    }

    @Test
    void theAuditListsNewestLastFromATimeWithALimit() {
        post(TestServer.OPERATOR, "/api/control/setpoint", "{\"target\": \"cdu\", \"setpointC\": 36}");
        s.wall.set(TestServer.START.plusSeconds(60));
        post(TestServer.VIEWER, "/api/control/setpoint", "{\"target\": \"cdu\", \"setpointC\": 37}");
        s.wall.set(TestServer.START.plusSeconds(120));
        post(TestServer.OPERATOR, "/api/control/setpoint", "{\"target\": \"cdu\", \"setpointC\": 37}");

        JsonNode all = s.get("/api/audit", TestServer.VIEWER).json();
        assertThat(all.size()).isEqualTo(3);
        assertThat(all.findValuesAsText("outcome")).containsExactly("applied", "denied", "applied");
        assertThat(all.get(2).path("via").asText()).isEqualTo("api");
        assertThat(all.get(2).path("wallTime").asText()).isEqualTo("2026-07-15T00:02:00Z");
        assertThat(all.get(2).path("twinTime").asText()).isEqualTo("2026-07-15T00:00:20Z");
        assertThat(all.get(2).at("/before/setpointC").asDouble()).isEqualTo(36.0);
        long since = TestServer.START.plusSeconds(60).toEpochMilli() * 1000;
        JsonNode recent = s.get("/api/audit?since=" + since, TestServer.VIEWER).json();
        assertThat(recent.findValuesAsText("user")).containsExactly("viewer", "operator");
        assertThat(s.get("/api/audit?limit=1", TestServer.VIEWER).json().get(0).at("/after/setpointC").asDouble())
                .isEqualTo(37.0);
        assertThat(s.get("/api/audit?limit=0", TestServer.VIEWER).status()).isEqualTo(400);
        assertThat(s.get("/api/audit?since=yesterday", TestServer.VIEWER).status()).isEqualTo(400);
        assertThat(s.send("GET", "/api/audit", null).status()).isEqualTo(401);
    }
}
