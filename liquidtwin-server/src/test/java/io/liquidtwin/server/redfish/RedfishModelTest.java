package io.liquidtwin.server.redfish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.sim.engine.LeakDetectorState;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Redfish tree of real plants: schema-valid, self-consistent, and live. */
class RedfishModelTest {

    private static final Path SCHEMAS = Path.of("..", "..", "shared", "redfish", "json-schema");
    private static final RedfishSchemas VALIDATOR = new RedfishSchemas(SCHEMAS);

    private static Simulation simulation(String plantFile) {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples", plantFile))),
                new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.step(60);
        return sim;
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml"})
    void everyPayloadValidatesAgainstItsDmtfSchema(String plant) {
        Map<String, ObjectNode> all = new RedfishModel(simulation(plant)).resources();
        List<String> problems = new ArrayList<>();
        all.forEach((uri, payload) -> VALIDATOR.errors(payload).forEach(e -> problems.add(uri + ": " + e)));
        assertThat(problems).isEmpty();
        assertThat(all.values()).extracting(p -> RedfishSchemas.schemaFile(p)).contains(
                "ServiceRoot.v1_20_0.json", "ThermalEquipment.v1_2_0.json", "CoolingUnitCollection.json",
                "CoolingUnit.v1_5_0.json", "CoolantConnector.v1_3_0.json", "Pump.v1_2_0.json", "Filter.v1_1_0.json",
                "Reservoir.v1_0_2.json", "LeakDetection.v1_2_0.json", "LeakDetector.v1_6_0.json",
                "EnvironmentMetrics.v1_5_0.json", "Chassis.v1_28_0.json", "Sensor.v1_12_0.json");
    }

    /** The validator really checks: unknown properties, bad enums and bad nested excerpts (through $refs) fail. */
    @Test
    void schemaValidationRejectsWhatTheSchemasForbid() {
        Map<String, ObjectNode> all = new RedfishModel(simulation("qingdao-two-phase-1mw.yaml")).resources();
        ObjectNode unit = all.get("/redfish/v1/ThermalEquipment/CDUs/cdu").deepCopy();
        assertThat(VALIDATOR.errors(unit)).isEmpty();
        assertThat(VALIDATOR.errors(unit.deepCopy().put("Bogus", 1))).isNotEmpty();
        assertThat(VALIDATOR.errors(unit.deepCopy().put("EquipmentType", "Toaster"))).isNotEmpty();
        ObjectNode connector = all.get("/redfish/v1/ThermalEquipment/CDUs/cdu/PrimaryCoolantConnectors/1").deepCopy();
        ((ObjectNode) connector.get("FlowLitersPerMinute")).put("Reading", "fast");
        assertThat(VALIDATOR.errors(connector)).isNotEmpty();
        ObjectNode sensor = all.get("/redfish/v1/Chassis/cdu/Sensors/PrimaryFlow").deepCopy();
        assertThat(VALIDATOR.errors(sensor.deepCopy().put("ReadingType", "Vibes"))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml"})
    void odataIdIsTheUriAndIdItsLastSegment(String plant) {
        RedfishModel model = new RedfishModel(simulation(plant));
        model.resources().forEach((uri, payload) -> {
            assertThat(payload.path("@odata.id").asText()).as(uri).isEqualTo(uri);
            assertThat(payload.path("@odata.type").asText()).as(uri).startsWith("#");
            if (uri.equals(RedfishModel.ROOT)) {
                assertThat(payload.path("Id").asText()).isEqualTo("RootService");   // DSP0266's service root Id
            } else if (!payload.has("Members")) {
                assertThat(payload.path("Id").asText()).as(uri).isEqualTo(uri.substring(uri.lastIndexOf('/') + 1));
            }
        });
        assertThat(model.resource(RedfishModel.ROOT + "/")).isPresent();
        assertThat(model.resource("/redfish/v1/Nope")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml"})
    void everyLinkAndDataSourceUriResolves(String plant) {
        Map<String, ObjectNode> all = new RedfishModel(simulation(plant)).resources();
        List<String> dangling = new ArrayList<>();
        all.forEach((uri, payload) -> RedfishCrawler.walk(payload, (key, value) -> {
            if ((key.equals("@odata.id") || key.equals("DataSourceUri")) && !all.containsKey(value)
                    && !servedByOtherModules(value)) {
                dangling.add(uri + " -> " + key + " " + value);
            }
        }));
        assertThat(dangling).isEmpty();
        assertThat(all).containsKeys("/redfish/v1", "/redfish/v1/ThermalEquipment/CDUs", "/redfish/v1/Chassis");
    }

    @Test
    void leakDrainsTheReservoirAndTripsTheDetectorInThePayloads() {
        Simulation sim = simulation("qingdao-two-phase-1mw.yaml");
        RedfishModel model = new RedfishModel(sim);
        String reservoir = "/redfish/v1/ThermalEquipment/CDUs/cdu/Reservoirs/1";
        String detector = "/redfish/v1/Chassis/cdu/LeakDetectors/ReservoirLevel";
        double before = model.resource(reservoir).orElseThrow().path("FluidLevelPercent").path("Reading").asDouble();
        assertThat(before).isCloseTo(sim.reservoirLevelFraction("cdu") * 100, within(1e-3));
        assertThat(model.resource(detector).orElseThrow().path("DetectorState").asText()).isEqualTo("OK");

        sim.faults().startLeak("cdu", 20);
        for (int i = 0; i < 24 * 60 && sim.leakDetectorState("cdu") != LeakDetectorState.CRITICAL; i++) {
            sim.step(60);
        }
        assertThat(sim.leakDetectorState("cdu")).isEqualTo(LeakDetectorState.CRITICAL);
        Map<String, ObjectNode> now = model.resources();
        double level = now.get(reservoir).path("FluidLevelPercent").path("Reading").asDouble();
        assertThat(level).isCloseTo(sim.reservoirLevelFraction("cdu") * 100, within(1e-3)).isLessThan(before);
        String sensorUri = now.get(reservoir).path("FluidLevelPercent").path("DataSourceUri").asText();
        assertThat(now.get(sensorUri).path("Reading").asDouble()).isEqualTo(level);
        assertThat(now.get(detector).path("DetectorState").asText()).isEqualTo("Critical");
        assertThat(now.get("/redfish/v1/ThermalEquipment/CDUs/cdu/LeakDetection/LeakDetectors/ReservoirLevel")
                .path("DetectorState").asText()).isEqualTo("Critical");
        JsonNode group = now.get("/redfish/v1/ThermalEquipment/CDUs/cdu/LeakDetection").path("LeakDetectorGroups")
                .path(0);
        assertThat(group.path("Detectors").path(0).path("DetectorState").asText()).isEqualTo("Critical");
        assertThat(now.get("/redfish/v1/ThermalEquipment/CDUs/cdu").path("Status").path("Health").asText())
                .isEqualTo("Critical");
        assertThat(now.get("/redfish/v1/ThermalEquipment/CDUs/cdu/Reservoirs/1").path("FluidLevelStatus").asText())
                .isEqualTo("Critical");
    }

    @Test
    void secondarySupplyTemperatureFollowsTheEngine() {
        Simulation sim = simulation("ai-pod-cold-plate.yaml");
        RedfishModel model = new RedfishModel(sim);
        for (String cdu : sim.faults().cduIds()) {
            JsonNode c = model.resource("/redfish/v1/ThermalEquipment/CDUs/" + cdu + "/SecondaryCoolantConnectors/1")
                    .orElseThrow();
            assertThat(c.path("SupplyTemperatureCelsius").path("Reading").asDouble())
                    .isCloseTo(channel(sim, cdu + ".secondary_supply_temp"), within(1e-3));
        }
    }

    private static double channel(Simulation sim, String name) {
        return io.liquidtwin.sim.engine.Sensors.of(sim).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().source().getAsDouble();
    }


    /** Links the tree makes to resources served outside it (other modules, the server's own providers). */
    private static boolean servedByOtherModules(String uri) {
        return uri.startsWith("/redfish/v1/SessionService") || uri.startsWith("/redfish/v1/AccountService")
                || uri.startsWith("/redfish/v1/EventService") || uri.contains("/Controls")
                || uri.equals("/redfish/v1/CertificateService") || uri.equals("/redfish/v1/UpdateService")
                || uri.startsWith(RedfishModel.MANAGER + "/NetworkProtocol")
                || uri.startsWith(RedfishModel.MANAGER + "/EthernetInterfaces")
                || uri.startsWith(RedfishModel.MANAGER + "/LogServices");
    }
}
