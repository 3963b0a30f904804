package io.liquidtwin.server.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.redfish.RedfishRoutes;
import io.liquidtwin.server.redfish.RedfishSchemas;
import io.liquidtwin.sim.plant.PiGains;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CDU secondary supply setpoint over Redfish, end to end: the acceptance test of the control path. */
class SetpointControlTest {

    static final String CONTROLS = "/redfish/v1/Chassis/cdu/Controls";
    static final String SUPPLY = CONTROLS + "/SecondarySupplyTemperature";
    static final String SENSOR = "/redfish/v1/Chassis/cdu/Sensors/SecondarySupplyTemp";
    static final RedfishSchemas SCHEMAS = new RedfishSchemas(Path.of("..", "..", "shared", "redfish", "json-schema"));

    @TempDir
    Path dir;
    TestServer s;
    ControlModule module = new ControlModule();

    @BeforeEach
    void start() {
        s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(), List.of(new RedfishRoutes(), module));
    }

    @AfterEach
    void stop() {
        s.close();
    }

    TestServer.Reply patch(String user, String body) {
        return s.send("PATCH", SUPPLY, body, "Authorization", TestServer.basic(user, TestServer.PASSWORD));
    }

    double setpointC() {
        return s.twin.read(sim -> sim.faults().setpointC("cdu"));
    }

    static String messageId(TestServer.Reply r, int i) {
        return r.json().at("/error/@Message.ExtendedInfo/" + i + "/MessageId").asText();
    }

    @Test
    void controlsAreValidRedfishWithLimitsFromThePlant() {
        JsonNode coll = s.get(CONTROLS, TestServer.VIEWER).json();
        assertThat(SCHEMAS.errors(coll)).isEmpty();
        assertThat(coll.path("Members").findValuesAsText("@odata.id")).containsExactly(SUPPLY,
                CONTROLS + "/PrimaryValve");
        JsonNode c = s.get(SUPPLY, TestServer.VIEWER).json();
        assertThat(SCHEMAS.errors(c)).isEmpty();
        assertThat(SCHEMAS.errors(s.get(CONTROLS + "/PrimaryValve", TestServer.VIEWER).json())).isEmpty();
        assertThat(c.path("ControlType").asText()).isEqualTo("Temperature");
        assertThat(c.path("SetPointUnits").asText()).isEqualTo("Cel");
        assertThat(c.path("ControlMode").asText()).isEqualTo("Automatic");
        assertThat(c.path("SetPoint").asDouble()).isEqualTo(35.0);
        // fws supply setpoint 32 °C + the cdu-2mw's 3 K design approach
        assertThat(c.path("AllowableMin").asDouble()).isEqualTo(35.0);
        // FK-5-1-12 tanks: saturation at the 20 kPa(g) relief (about 54 °C) − the condenser rise at 160 kW, 250 L/min
        assertThat(c.path("AllowableMax").asDouble()).isBetween(41.0, 45.0);
        assertThat(c.path("Description").asText()).contains("approach", "two-phase tank", "relief");
        assertThat(c.at("/Sensor/DataSourceUri").asText()).isEqualTo(SENSOR);
        assertThat(c.at("/Sensor/Reading").asDouble()).isEqualTo(
                s.get(SENSOR, TestServer.VIEWER).json().path("Reading").asDouble());
        assertThat(s.get(CONTROLS + "/Nope", TestServer.VIEWER).status()).isEqualTo(404);
        assertThat(s.get("/redfish/v1/Chassis/nope/Controls", TestServer.VIEWER).status()).isEqualTo(404);
    }

    /** Raising the facility setpoint narrows the CDU's range: the minimum follows the live facility setpoint. */
    @Test
    void theMinimumFollowsTheFacilitySetpoint() {
        s.twin.control(sim -> {
            sim.faults().setSetpoint("fws", 30);
            return null;
        });
        assertThat(s.get(SUPPLY, TestServer.VIEWER).json().path("AllowableMin").asDouble()).isEqualTo(33.0);
    }

    /**
     * THE acceptance test. The bound: 15 integral times of the plant's CDU supply-temperature PI (ti = 120 s, so 30
     * simulated minutes, 60 scans of the 30 s control interval). The step is 6 K, near the top of the allowable range,
     * where the loop cycled before its gains were scheduled (sim CduSetpointRangeTest). Then it must stay within
     * ±0.3 K for another 30 minutes.
     */
    @Test
    void anOperatorMovesTheSupplyTemperatureAndTheSimulationFollows() {
        s.tick(180); // let the start-up transient pass (30 simulated minutes)
        double target = 41.0;
        TestServer.Reply r = patch(TestServer.OPERATOR, "{\"SetPoint\": 41}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("SetPoint").asDouble()).isEqualTo(target);
        assertThat(SCHEMAS.errors(r.json())).isEmpty();
        assertThat(setpointC()).isEqualTo(target);

        PiGains pi = s.sim.model().plant().controls().cduSupplyTemp();
        int settleTicks = (int) Math.ceil(15 * pi.integralTimeS() / s.twin.stepS());
        assertThat(settleTicks).isEqualTo(180);
        s.tick(settleTicks);
        for (int i = 0; i < 180; i++) {
            s.tick(1);
            double channelC = s.twin.snapshot().readings().get("cdu.secondary_supply_temp");
            double hottestC = s.twin.snapshot().kpis().hottestCduSupplyTempK() - 273.15;
            assertThat(channelC).as("sensor channel at t = %s s", s.twin.snapshot().timeS()).isCloseTo(target,
                    within(0.3));
            assertThat(hottestC).as("hottest CDU supply at t = %s s", s.twin.snapshot().timeS()).isCloseTo(target,
                    within(0.3));
            if (i % 30 == 0) {
                double redfishC = s.get(SENSOR, TestServer.VIEWER).json().path("Reading").asDouble();
                assertThat(redfishC).isCloseTo(target, within(0.3));
                assertThat(s.get(SUPPLY, TestServer.VIEWER).json().at("/Sensor/Reading").asDouble())
                        .isCloseTo(target, within(0.3));
            }
        }
        List<AuditRecord> audit = module.service().audit().since(0, 10);
        assertThat(audit).hasSize(1);
        AuditRecord a = audit.get(0);
        assertThat(a.outcome()).isEqualTo(Outcome.applied);
        assertThat(a.user()).isEqualTo(TestServer.OPERATOR);
        assertThat(a.role()).isEqualTo("Operator");
        assertThat(a.session()).isEqualTo("Basic");
        assertThat(a.via()).isEqualTo(Via.redfish);
        assertThat(a.command()).isEqualTo(Command.setpoint);
        assertThat(a.target()).isEqualTo("cdu");
        assertThat(a.before().path("setpointC").asDouble()).isEqualTo(35.0);
        assertThat(a.after().path("setpointC").asDouble()).isEqualTo(41.0);
        assertThat(a.wallMicros()).isEqualTo(TestServer.START.toEpochMilli() * 1000);
        assertThat(a.twinMicros()).isEqualTo(TestServer.START.toEpochMilli() * 1000 + 1_800_000_000L);
    }

    @Test
    void refusedPatchesChangeNothing() {
        s.tick(3);
        long seq = s.twin.snapshot().sequence();
        double before = setpointC();
        JsonNode control = s.get(SUPPLY, TestServer.VIEWER).json();
        double max = control.path("AllowableMax").asDouble();

        TestServer.Reply viewer = patch(TestServer.VIEWER, "{\"SetPoint\": 37}");
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(messageId(viewer, 0)).isEqualTo("Base.1.22.InsufficientPrivilege");
        TestServer.Reply anonymous = s.send("PATCH", SUPPLY, "{\"SetPoint\": 37}");
        assertThat(anonymous.status()).isEqualTo(401);
        TestServer.Reply high = patch(TestServer.OPERATOR, "{\"SetPoint\": " + (max + 0.5) + "}");
        assertThat(high.status()).isEqualTo(400);
        assertThat(messageId(high, 0)).isEqualTo("Base.1.22.PropertyValueOutOfRange");
        assertThat(high.json().at("/error/@Message.ExtendedInfo/0/MessageArgs/1").asText()).isEqualTo("SetPoint");
        TestServer.Reply low = patch(TestServer.OPERATOR, "{\"SetPoint\": 34.99}");
        assertThat(low.status()).isEqualTo(400);
        assertThat(messageId(low, 0)).isEqualTo("Base.1.22.PropertyValueOutOfRange");
        assertThat(messageId(patch(TestServer.OPERATOR, "{\"SetPoint\": \"37\"}"), 0))
                .isEqualTo("Base.1.22.PropertyValueTypeError");
        assertThat(messageId(patch(TestServer.OPERATOR, "{\"SetPoint\": null}"), 0))
                .isEqualTo("Base.1.22.PropertyValueTypeError");
        TestServer.Reply several = patch(TestServer.OPERATOR, "{\"SetPoint\": 37, \"ControlMode\": \"Manual\","
                + " \"Colour\": \"red\"}");
        assertThat(several.status()).isEqualTo(400);
        assertThat(messageId(several, 0)).isEqualTo("Base.1.22.PropertyNotWritable");
        assertThat(messageId(several, 1)).isEqualTo("Base.1.22.PropertyUnknown");
        assertThat(s.send("PATCH", SUPPLY, "{nope", "Authorization",
                TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD)).status()).isEqualTo(400);

        assertThat(setpointC()).isEqualTo(before);
        assertThat(s.twin.snapshot().sequence()).as("no control action published a new state").isEqualTo(seq);
        assertThat(s.twin.<Double>read(sim -> sim.faults().setpointC("fws"))).isEqualTo(32.0);
        assertThat(s.twin.<Boolean>read(sim -> sim.faults().cduInService("cdu") && !sim.faults().valveStuck("cdu")
                && sim.faults().pumpAvailable("cdu.pump-1") && sim.faults().pumpAvailable("cdu.pump-2"))).isTrue();

        List<AuditRecord> audit = module.service().audit().since(0, 100);
        assertThat(audit).extracting(AuditRecord::outcome).containsExactly(Outcome.denied, Outcome.rejected,
                Outcome.rejected, Outcome.rejected, Outcome.rejected, Outcome.rejected);
        assertThat(audit.get(0).user()).isEqualTo(TestServer.VIEWER);
        assertThat(audit.get(0).role()).isEqualTo("ReadOnly");
        assertThat(audit.get(1).detail()).contains("SetPoint", "not in the supported range");
    }
}
