package io.liquidtwin.server.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.http.ServerModules;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole service as a client finds it: crawled over HTTP from {@code /redfish/v1} as the read-only user, every
 * payload valid against its DMTF schema and self-consistent (URI, Id, action targets, excerpt sources).
 */
class RedfishCrawlTest {

    private static final RedfishSchemas VALIDATOR =
            new RedfishSchemas(Path.of("..", "..", "shared", "redfish", "json-schema"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml"})
    void everyReachableResourceIsValidAndConsistent(String plant) {
        try (TestServer s = TestServer.start(dir, plant, List.of(), ServerModules.standard())) {
            s.tick(3);
            RedfishCrawler c = new RedfishCrawler(s, TestServer.VIEWER);
            List<String> problems = new ArrayList<>(c.problems);
            c.payloads.forEach((uri, p) -> problems.addAll(check(uri, p, c.payloads)));
            assertThat(problems).isEmpty();
            assertThat(c.payloads).containsKeys("/redfish/v1/Managers/TwinManager",
                    "/redfish/v1/ThermalEquipment/CoolingLoops", "/redfish/v1/ThermalEquipment/ImmersionUnits");
            assertThat(c.payloads.size()).isGreaterThan(40);
            // the other modules' services are part of the same crawl
            assertThat(c.payloads).containsKeys("/redfish/v1/SessionService", "/redfish/v1/AccountService",
                    "/redfish/v1/EventService", "/redfish/v1/SessionService/Sessions",
                    "/redfish/v1/AccountService/Roles/Operator");
            assertThat(c.payloads.keySet()).anyMatch(u -> u.endsWith("/Controls/SecondarySupplyTemperature"));
            if (plant.startsWith("qingdao")) {
                assertThat(c.payloads.keySet()).anyMatch(u -> u.startsWith("/redfish/v1/ThermalEquipment/"
                        + "ImmersionUnits/") && u.split("/").length == 6);
            }
        }
    }

    /** A collection expanded one level shows each member as its own GET does. */
    @ParameterizedTest
    @ValueSource(strings = {"/redfish/v1/ThermalEquipment/CDUs", "/redfish/v1/Chassis"})
    void expandedCollectionsCarryTheirMembers(String collection) {
        try (TestServer s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(),
                List.of(new RedfishRoutes()))) {
            JsonNode expanded = s.get(collection + "?$expand=.($levels=1)", TestServer.VIEWER).json();
            assertThat(expanded.path("Members").size()).isPositive();
            for (JsonNode m : expanded.path("Members")) {
                String uri = m.path("@odata.id").asText();
                assertThat(m.has("Name")).as(uri + " expanded").isTrue();
                assertThat(VALIDATOR.errors(m)).as(uri).isEmpty();
                JsonNode alone = s.get(uri, TestServer.VIEWER).json();
                if (!uri.endsWith("/TwinManager")) {
                    assertThat(m).isEqualTo(alone);
                }
                // one level only: the member's own links stay links
                m.properties().forEach(p -> {
                    if (p.getValue().isObject() && p.getValue().has("@odata.id")) {
                        assertThat(p.getValue().size()).as(uri + " " + p.getKey()).isEqualTo(1);
                    }
                });
            }
        }
    }

    static List<String> check(String uri, ObjectNode p, Map<String, ObjectNode> all) {
        List<String> out = new ArrayList<>();
        VALIDATOR.errors(p).forEach(e -> out.add(uri + ": " + e));
        if (!p.path("@odata.id").asText().equals(uri)) {
            out.add(uri + ": @odata.id is " + p.path("@odata.id"));
        }
        boolean collection = p.has("Members");
        if (!collection && !uri.equals(RedfishModel.ROOT)
                && !p.path("Id").asText().equals(uri.substring(uri.lastIndexOf('/') + 1))) {
            out.add(uri + ": Id is " + p.path("Id"));
        }
        p.path("Actions").properties().forEach(a -> {
            if (a.getKey().startsWith("#")) {
                String expected = uri + "/Actions/" + a.getKey().substring(1);
                if (!a.getValue().path("target").asText().equals(expected)) {
                    out.add(uri + ": action " + a.getKey() + " target " + a.getValue().path("target"));
                }
            }
        });
        RedfishCrawler.walk(p, (key, value) -> {
            if (key.equals("DataSourceUri") && !all.containsKey(value)) {
                out.add(uri + ": DataSourceUri " + value + " does not resolve");
            }
        });
        findOrigins(p, out, uri, all);
        return out;
    }

    private static void findOrigins(JsonNode n, List<String> out, String uri, Map<String, ObjectNode> all) {
        if (n.isObject()) {
            JsonNode o = n.get("OriginOfCondition");
            if (o != null) {
                ObjectNode target = all.get(o.path("@odata.id").asText());
                if (target == null || target.has("Members")) {
                    out.add(uri + ": OriginOfCondition " + o + " is not a resolvable non-collection resource");
                }
            }
            n.forEach(x -> findOrigins(x, out, uri, all));
        } else if (n.isArray()) {
            n.forEach(x -> findOrigins(x, out, uri, all));
        }
    }
}
