package io.liquidtwin.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.ParsedEndpoint;
import io.liquidtwin.server.http.ServerModules;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document covers every route of the full server, and every route it documents exists. */
class OpenApiTest {

    @TempDir
    Path dir;
    TestServer s;
    JsonNode doc;

    @BeforeEach
    void start() throws Exception {
        s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", RestFixture.alarms(), ServerModules.standard());
        TestServer.Reply r = s.send("GET", "/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        doc = new ObjectMapper().readTree(r.text());
    }

    @AfterEach
    void stop() {
        s.close();
    }

    @Test
    void isOpenApi31WithTheRedfishErrorBodyAndBothSecuritySchemes() {
        assertThat(doc.path("openapi").asText()).startsWith("3.1.");
        assertThat(doc.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(doc.at("/components/securitySchemes/token/name").asText()).isEqualTo("X-Auth-Token");
        assertThat(doc.at("/components/schemas/RedfishError/properties/error/properties")
                .has("@Message.ExtendedInfo")).isTrue();
    }

    @Test
    void everyRegisteredRouteIsDocumented() {
        List<String> registered = new ArrayList<>();
        for (ParsedEndpoint e : s.server.javalin().unsafe.internalRouter.allHttpHandlers()) {
            String path = e.endpoint.path.replace("<name>", "{name}");
            if (path.startsWith("/api") || path.equals("/openapi.json") || path.equals("/metrics")
                    || path.startsWith("/redfish/v1/EventService")) {
                registered.add(e.endpoint.method.toString() + " " + path);
            }
        }
        assertThat(registered).contains("GET /api/stream", "POST /api/studies", "GET /redfish/v1/EventService/SSE",
                "POST /api/control/setpoint", "POST /api/v2/write", "GET /metrics", "GET /api/schematic");
        for (String route : registered) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            assertThat(doc.path("paths").path(path).has(method)).as(route + " is documented").isTrue();
        }
    }

    @Test
    void everyDocumentedRouteAnswers() {
        List<String> mine = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(mine::add);
        assertThat(mine).hasSizeGreaterThan(25);
        for (String p : mine) {
            String path = p.replace("{name}", s.twin.plantName()).replace("{id}", "x");
            for (var op : iterable(doc.path("paths").path(p).fieldNames())) {
                String method = op.toUpperCase(Locale.ROOT);
                TestServer.Reply r = s.send(method, path, method.equals("POST") ? "{}" : null,
                        "Authorization", TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
                boolean routeMissing = r.status() == 404 && r.json() != null
                        && r.json().at("/error/code").asText().equals("Base.1.22.InvalidURI");
                assertThat(routeMissing).as(op + " " + path + " → " + r.status() + " " + r.text()).isFalse();
            }
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
