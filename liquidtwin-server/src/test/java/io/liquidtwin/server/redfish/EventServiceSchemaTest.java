package io.liquidtwin.server.redfish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liquidtwin.ops.alarm.AlarmDefinitions;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.rest.RestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST module's Redfish EventService payloads (resources and streamed Events) against the DMTF schemas. */
class EventServiceSchemaTest {

    private static final RedfishSchemas VALIDATOR = new RedfishSchemas(Path.of("..", "..", "shared", "redfish",
            "json-schema"));

    @TempDir
    Path dir;

    @Test
    void eventServiceSubscriptionsAndStreamedEventsAreSchemaValid() throws Exception {
        String alarms = """
                alarms:
                  - id: supply-hi
                    series: {name: cdu.secondary_supply_temp, tags: {plant: test, unit: °C}}
                    kind: HI
                    limit: 1
                    priority: HIGH
                """;
        RestApi api = new RestApi(RestApi.Options.defaults(dir.resolve("studies")));
        try (TestServer s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml",
                AlarmDefinitions.parse(alarms, "a.yaml"), List.of(api, new RedfishRoutes()))) {
            for (String uri : List.of("/redfish/v1/EventService", "/redfish/v1/EventService/Subscriptions")) {
                JsonNode payload = s.get(uri, TestServer.VIEWER).json();
                assertThat(VALIDATOR.errors(payload)).as(uri).isEmpty();
            }
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<Stream<String>> r = http.sendAsync(HttpRequest.newBuilder(
                            URI.create(s.base() + "/redfish/v1/EventService/SSE")).header("Accept", "text/event-stream")
                    .header("Authorization", TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
            java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> {
                try {
                    r.body().forEach(lines::add);
                } catch (RuntimeException closed) {
                    // the client shut down
                }
            });
            assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(": connected");   // events from here on
            s.tick(1);
            String data = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (data == null && System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line != null && line.startsWith("data:")) {
                    data = line.substring(5).strip();
                }
            }
            assertThat(data).as("an Event within 10 s").isNotNull();
            JsonNode event = new ObjectMapper().readTree(data);
            assertThat(VALIDATOR.errors(event)).as(data).isEmpty();
            http.shutdownNow();
        }
    }
}
