package io.liquidtwin.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liquidtwin.ops.alarm.AlarmState;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Redfish EventService: its resources, refused push subscriptions, and SSE Events for alarm transitions. */
class RedfishEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    TestServer s;

    @BeforeEach
    void start() {
        s = RestFixture.start(dir);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    @Test
    void eventServiceOffersServerSentEventsOnly() {
        JsonNode es = s.get("/redfish/v1/EventService", TestServer.VIEWER).json();
        assertThat(es.path("ServerSentEventUri").asText()).isEqualTo("/redfish/v1/EventService/SSE");
        assertThat(es.path("ServiceEnabled").asBoolean()).isTrue();
        assertThat(es.path("EventFormatTypes").get(0).asText()).isEqualTo("Event");
        assertThat(es.path("Subscriptions").path("@odata.id").asText())
                .isEqualTo("/redfish/v1/EventService/Subscriptions");
        JsonNode subs = s.get("/redfish/v1/EventService/Subscriptions", TestServer.VIEWER).json();
        assertThat(subs.path("Members")).isEmpty();
        TestServer.Reply push = s.send("POST", "/redfish/v1/EventService/Subscriptions",
                "{\"Destination\": \"https://example.com/events\", \"Protocol\": \"Redfish\"}", "Authorization",
                TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
        assertThat(push.status()).isEqualTo(400);
        assertThat(push.json().at("/error/@Message.ExtendedInfo/0/Resolution").asText())
                .contains("server-sent events");
        assertThat(s.send("GET", "/redfish/v1/EventService", null).status()).isEqualTo(401);
        assertThat(s.send("GET", "/redfish/v1/EventService/SSE", null, "Accept", "text/event-stream").status())
                .isEqualTo(401);
    }

    @Test
    void aScriptedLeakIsStreamedAsAnEnvironmentalLeakEventFromTheLeakDetector() throws Exception {
        try (Sse sse = new Sse(s.base() + "/redfish/v1/EventService/SSE", "Authorization",
                TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD))) {
            assertThat(sse.response.statusCode()).isEqualTo(200);
            assertThat(sse.next("comment", WAIT).data()).isEqualTo("connected");   // events from here on
            s.tick(1);
            JsonNode hi = JSON.readTree(sse.next("message", WAIT).data());
            JsonNode r = hi.path("Events").get(0);
            assertThat(r.path("MessageId").asText()).isEqualTo("SensorEvent.1.1.ReadingAboveUpperCautionThreshold");
            assertThat(r.path("OriginOfCondition").path("@odata.id").asText())
                    .isEqualTo("/redfish/v1/Chassis/cdu/Sensors/SecondarySupplyTemp");
            assertThat(r.path("MessageArgs").get(2).asText()).isEqualTo("°C");

            s.twin.control(sim -> {
                sim.faults().startLeak("cdu", 20);
                return null;
            });
            for (int i = 0; i < 2000 && s.twin.alarms().state("cdu-leak") == AlarmState.NORMAL; i++) {
                s.tick(1);
            }
            assertThat(s.twin.alarms().state("cdu-leak")).isEqualTo(AlarmState.UNACK);
            Sse.Event leak = sse.next("message", WAIT);
            JsonNode event = JSON.readTree(leak.data());
            assertThat(leak.id()).isEqualTo(event.path("Id").asText());
            assertThat(event.path("@odata.type").asText()).isEqualTo("#Event.v1_13_0.Event");
            JsonNode rec = event.path("Events").get(0);
            assertThat(rec.path("EventType").asText()).isEqualTo("Alert");
            assertThat(rec.path("MessageId").asText()).isEqualTo("Environmental.1.4.LeakDetectedCritical");
            assertThat(rec.path("Severity").asText()).isEqualTo("Critical");
            String origin = rec.path("OriginOfCondition").path("@odata.id").asText();
            assertThat(origin).startsWith("/redfish/v1/Chassis/cdu/LeakDetectors/");
            assertThat(rec.path("Message").asText()).contains(origin.substring(origin.lastIndexOf('/') + 1));
            JsonNode detector = s.get(origin, TestServer.VIEWER).json();
            assertThat(detector.path("@odata.type").asText()).startsWith("#LeakDetector.");
        }
    }
}
