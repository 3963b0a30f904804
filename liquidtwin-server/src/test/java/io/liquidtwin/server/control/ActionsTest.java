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

/** The Redfish actions and the valve Control: each changes the simulation and is audited; bad bodies are 400s. */
class ActionsTest {

    static final String CDU = "/redfish/v1/ThermalEquipment/CDUs/cdu";
    static final String SET_MODE = CDU + "/Actions/CoolingUnit.SetMode";
    static final String PUMP_1 = CDU + "/Pumps/1/Actions/Pump.SetMode";
    static final String VALVE = CDU + "/PrimaryCoolantConnectors/1/Actions/CoolantConnector.ValveControl";
    static final String VALVE_CONTROL = "/redfish/v1/Chassis/cdu/Controls/PrimaryValve";

    @TempDir
    Path dir;
    TestServer s;
    ControlModule module = new ControlModule();

    @BeforeEach
    void start() {
        s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(), List.of(new RedfishRoutes(), module));
        s.tick(3);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    TestServer.Reply post(String user, String uri, String body) {
        return s.send("POST", uri, body, "Authorization", TestServer.basic(user, TestServer.PASSWORD));
    }

    static void success(TestServer.Reply r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().at("/@Message.ExtendedInfo/0/MessageId").asText()).isEqualTo("Base.1.22.Success");
    }

    static void problem(TestServer.Reply r, String messageId) {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText()).isEqualTo(messageId);
    }

    AuditRecord last() {
        List<AuditRecord> all = module.service().audit().since(0, 1);
        return all.get(all.size() - 1);
    }

    <T> T sim(java.util.function.Function<io.liquidtwin.sim.engine.Simulation, T> q) {
        return s.twin.read(q);
    }

    @Test
    void coolingUnitSetModeTakesTheCduOutOfServiceAndBack() {
        success(post(TestServer.OPERATOR, SET_MODE, "{\"Mode\": \"Disabled\"}"));
        assertThat(this.<Boolean>sim(x -> x.faults().cduInService("cdu"))).isFalse();
        assertThat(this.<Boolean>sim(x -> x.faults().pumpRunning("cdu.pump-1") || x.faults().pumpRunning("cdu.pump-2")))
                .as("an out-of-service CDU runs no pump").isFalse();
        AuditRecord a = last();
        assertThat(a.command()).isEqualTo(Command.cduMode);
        assertThat(a.before().path("mode").asText()).isEqualTo("Enabled");
        assertThat(a.after().path("mode").asText()).isEqualTo("Disabled");
        assertThat(s.get("/redfish/v1/Chassis/cdu/Controls/SecondarySupplyTemperature", TestServer.VIEWER).json()
                .path("ControlMode").asText()).isEqualTo("Disabled");
        s.tick(2);
        success(s.send("POST", SET_MODE, "{\"Mode\": \"Enabled\"}", "Authorization",
                TestServer.basic("admin", s.adminPassword)));
        assertThat(this.<Boolean>sim(x -> x.faults().cduInService("cdu"))).isTrue();
        assertThat(last().user()).isEqualTo("admin");
        assertThat(last().after().path("inService").asBoolean()).isTrue();
    }

    @Test
    void pumpSetModeTripsAndRestoresThatPump() {
        success(post(TestServer.OPERATOR, PUMP_1, "{\"Mode\": \"Disabled\"}"));
        assertThat(this.<Boolean>sim(x -> x.faults().pumpAvailable("cdu.pump-1"))).isFalse();
        assertThat(this.<Boolean>sim(x -> x.faults().pumpAvailable("cdu.pump-2"))).isTrue();
        assertThat(last().target()).isEqualTo("cdu.pump-1");
        assertThat(last().before().path("available").asBoolean()).isTrue();
        assertThat(last().after().path("available").asBoolean()).isFalse();
        success(post(TestServer.OPERATOR, PUMP_1, "{\"Mode\": \"Enabled\"}"));
        assertThat(this.<Boolean>sim(x -> x.faults().pumpAvailable("cdu.pump-1"))).isTrue();
        assertThat(post(TestServer.OPERATOR, CDU + "/Pumps/9/Actions/Pump.SetMode", "{\"Mode\": \"Enabled\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void valveControlHoldsTheValveClosedAndOpenReturnsItToItsController() {
        success(post(TestServer.OPERATOR, VALVE, "{\"ValveState\": \"Closed\", \"ValveStateReason\": \"LeakDetected\"}"));
        assertThat(this.<Boolean>sim(x -> x.faults().valveStuck("cdu"))).isTrue();
        assertThat(this.<Double>sim(x -> x.faults().valveOpening("cdu"))).isEqualTo(0.0);
        assertThat(last().after().path("control").asText()).isEqualTo("manual");
        assertThat(last().requested().path("ValveStateReason").asText()).isEqualTo("LeakDetected");
        s.tick(1);
        success(post(TestServer.OPERATOR, VALVE, "{\"ValveState\": \"Open\"}"));
        assertThat(this.<Boolean>sim(x -> x.faults().valveStuck("cdu"))).isFalse();
        assertThat(last().before().path("control").asText()).isEqualTo("manual");
        assertThat(last().after().path("control").asText()).isEqualTo("automatic");
    }

    @Test
    void theValveControlHoldsAPercentAndGoesBackToAutomatic() {
        TestServer.Reply r = s.send("PATCH", VALVE_CONTROL, "{\"SetPoint\": 40}", "Authorization",
                TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("ControlMode").asText()).isEqualTo("Manual");
        assertThat(r.json().path("SetPoint").asDouble()).isEqualTo(40.0);
        assertThat(this.<Double>sim(x -> x.faults().valveOpening("cdu"))).isEqualTo(0.4);
        s.tick(5);
        assertThat(this.<Double>sim(x -> x.faults().valveOpening("cdu"))).as("stuck: the controller does not move it")
                .isEqualTo(0.4);
        assertThat(s.twin.snapshot().readings().get("cdu.valve_position")).isEqualTo(40.0, org.assertj.core.api
                .Assertions.within(1e-6));
        problem(s.send("PATCH", VALVE_CONTROL, "{\"SetPoint\": 101}", "Authorization",
                TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD)), "Base.1.22.PropertyValueOutOfRange");
        problem(s.send("PATCH", VALVE_CONTROL, "{\"ControlMode\": \"Override\"}", "Authorization",
                TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD)), "Base.1.22.PropertyValueNotInList");
        r = s.send("PATCH", VALVE_CONTROL, "{\"ControlMode\": \"Automatic\"}", "Authorization",
                TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("ControlMode").asText()).isEqualTo("Automatic");
        assertThat(this.<Boolean>sim(x -> x.faults().valveStuck("cdu"))).isFalse();
        assertThat(last().before().path("openingPercent").asDouble()).isEqualTo(40.0);
    }

    @Test
    void badParametersAreActionParameterProblemsAndChangeNothing() {
        long seq = s.twin.snapshot().sequence();
        problem(post(TestServer.OPERATOR, SET_MODE, "{}"), "Base.1.22.ActionParameterMissing");
        problem(post(TestServer.OPERATOR, SET_MODE, "{\"Mode\": \"Off\"}"), "Base.1.22.ActionParameterValueNotInList");
        problem(post(TestServer.OPERATOR, SET_MODE, "{\"Mode\": 1}"), "Base.1.22.ActionParameterValueTypeError");
        problem(post(TestServer.OPERATOR, SET_MODE, "{\"Mode\": \"Disabled\", \"Force\": true}"),
                "Base.1.22.ActionParameterUnknown");
        problem(post(TestServer.OPERATOR, PUMP_1, "{\"Mode\": \"enabled\"}"), "Base.1.22.ActionParameterValueNotInList");
        problem(post(TestServer.OPERATOR, VALVE, "{\"ValveState\": \"Ajar\"}"),
                "Base.1.22.ActionParameterValueNotInList");
        problem(post(TestServer.OPERATOR, VALVE, "{\"ValveStateReason\": \"Normal\"}"),
                "Base.1.22.ActionParameterMissing");
        TestServer.Reply denied = post(TestServer.VIEWER, SET_MODE, "{\"Mode\": \"Disabled\"}");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(s.send("POST", SET_MODE, "{\"Mode\": \"Disabled\"}").status()).isEqualTo(401);
        assertThat(s.twin.snapshot().sequence()).isEqualTo(seq);
        assertThat(this.<Boolean>sim(x -> x.faults().cduInService("cdu"))).isTrue();
        List<AuditRecord> audit = module.service().audit().since(0, 100);
        assertThat(audit).hasSize(8);
        assertThat(audit.subList(0, 7)).allMatch(a -> a.outcome() == Outcome.rejected);
        assertThat(audit.get(7).outcome()).isEqualTo(Outcome.denied);
        assertThat(audit.get(1).requested().path("Mode").asText()).isEqualTo("Off");
        JsonNode viaApi = s.get("/api/audit?limit=2", TestServer.VIEWER).json();
        assertThat(viaApi.size()).isEqualTo(2);
        assertThat(viaApi.get(1).path("outcome").asText()).isEqualTo("denied");
    }
}
