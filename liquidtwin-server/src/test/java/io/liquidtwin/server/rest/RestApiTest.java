package io.liquidtwin.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health, plants, telemetry and alarms over a real server. */
class RestApiTest {

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

    private TestServer.Reply viewer(String path) {
        return s.get(path, TestServer.VIEWER);
    }

    private TestServer.Reply operator(String method, String path, String body) {
        return s.send(method, path, body, "Authorization", TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
    }

    private static String messageId(TestServer.Reply r) {
        return r.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText();
    }

    @Test
    void healthIsPublicAndDegradesWhenTheTwinStopsStepping() {
        s.tick(2);
        TestServer.Reply h = s.send("GET", "/api/health", null);
        assertThat(h.status()).isEqualTo(200);
        assertThat(h.json().path("status").asText()).isEqualTo("UP");
        assertThat(h.json().path("sequence").asLong()).isEqualTo(s.twin.snapshot().sequence());
        assertThat(h.json().path("twinTime").asText()).isEqualTo("2026-07-15T00:00:20Z");
        assertThat(h.json().path("sources").get(0).path("connected").asBoolean()).isTrue();

        s.wall.set(s.wall.get().plus(Duration.ofSeconds(31)));
        JsonNode stalled = s.send("GET", "/api/health", null).json();
        assertThat(stalled.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(stalled.path("reasons").get(0).asText()).startsWith("twin not ticking");
        s.tick(1);
        assertThat(s.send("GET", "/api/health", null).json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void plantsListTheServedPlantWithItsEquipmentSetpointsAndSnapshot() {
        assertThat(s.send("GET", "/api/plants", null).status()).isEqualTo(401);
        JsonNode plants = viewer("/api/plants").json().path("plants");
        assertThat(plants).hasSize(1);
        String name = plants.get(0).path("name").asText();
        assertThat(name).isEqualTo(s.twin.plantName());
        assertThat(plants.get(0).path("equipment").findValuesAsText("kind")).contains("cdu", "twoPhaseTank");
        assertThat(plants.get(0).path("equipment").findValuesAsText("id")).contains("cdu");

        JsonNode details = viewer("/api/plants/" + name).json();
        JsonNode setpoints = details.path("setpoints");
        assertThat(setpoints.findValuesAsText("target")).contains("cdu");
        s.twin.control(sim -> {
            sim.faults().setSetpoint("cdu", 33.5);
            return null;
        });
        JsonNode after = viewer("/api/plants/" + name).json().path("setpoints");
        for (JsonNode sp : after) {
            if (sp.path("target").asText().equals("cdu")) {
                assertThat(sp.path("setpointC").asDouble()).isEqualTo(33.5);
            }
        }

        s.tick(1);
        JsonNode snap = viewer("/api/plants/" + name + "/snapshot").json();
        assertThat(snap.path("sequence").asLong()).isEqualTo(s.twin.snapshot().sequence());
        assertThat(snap.path("kpis").path("itPowerKw").asDouble()).isPositive();
        assertThat(snap.path("readings").path("cdu.secondary_supply_temp").path("unit").asText()).isEqualTo("°C");

        TestServer.Reply other = viewer("/api/plants/elsewhere");
        assertThat(other.status()).isEqualTo(404);
        assertThat(messageId(other)).isEqualTo("Base.1.22.ResourceNotFound");
    }

    @Test
    void telemetrySeriesRangeDownsampleAndLatest() {
        s.tick(6);
        JsonNode series = viewer("/api/telemetry/series?name=cdu.secondary_supply_temp&tag=plant:test").json()
                .path("series");
        assertThat(series).hasSize(1);
        assertThat(series.get(0).path("tags").path("unit").asText()).isEqualTo("°C");
        assertThat(viewer("/api/telemetry/series?tag=plant:elsewhere").json().path("series")).isEmpty();

        String q = "/api/telemetry/range?series=cdu.secondary_supply_temp&tag=plant:test";
        JsonNode raw = viewer(q + "&from=2026-07-15T00:00:00Z&to=2026-07-15T00:01:00Z").json();
        assertThat(raw.path("samples")).hasSize(5);   // 10 s … 50 s: to is exclusive
        assertThat(raw.path("samples").get(0).path("time").asText()).isEqualTo("2026-07-15T00:00:10Z");
        assertThat(raw.path("samples").get(0).path("quality").asText()).isEqualTo("GOOD");
        long fromMs = TestServer.START.toEpochMilli();
        JsonNode byMs = viewer(q + "&from=" + fromMs + "&to=" + (fromMs + 30_000)).json();
        assertThat(byMs.path("samples")).hasSize(2);   // 10 s and 20 s: to is exclusive

        JsonNode buckets = viewer(q + "&from=2026-07-15T00:00:00Z&to=2026-07-15T00:01:00Z&step=30s").json();
        assertThat(buckets.path("buckets")).hasSize(2);
        assertThat(buckets.path("buckets").get(0).path("count").asLong()).isEqualTo(2);
        assertThat(buckets.path("buckets").get(1).path("count").asLong()).isEqualTo(3);
        JsonNode b = buckets.path("buckets").get(1);
        assertThat(b.path("min").asDouble()).isLessThanOrEqualTo(b.path("mean").asDouble());
        assertThat(b.path("max").asDouble()).isGreaterThanOrEqualTo(b.path("mean").asDouble());

        JsonNode latest = viewer("/api/telemetry/latest?series=cdu.secondary_supply_temp&tag=plant:test").json();
        assertThat(latest.path("sample").path("time").asText()).isEqualTo("2026-07-15T00:01:00Z");
        assertThat(latest.path("sample").path("value").asDouble())
                .isEqualTo(s.twin.snapshot().readings().get("cdu.secondary_supply_temp"));
    }

    @Test
    void telemetryRefusesBadQueriesWithClear400s() {
        s.tick(3);
        String q = "/api/telemetry/range?series=cdu.secondary_supply_temp";
        TestServer.Reply badTime = viewer(q + "&from=yesterday");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(messageId(badTime)).isEqualTo("Base.1.22.QueryParameterValueFormatError");
        assertThat(badTime.json().at("/error/@Message.ExtendedInfo/0/MessageArgs/1").asText()).isEqualTo("from");
        TestServer.Reply reversed = viewer(q + "&from=2026-07-15T01:00:00Z&to=2026-07-15T00:00:00Z");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().at("/error/@Message.ExtendedInfo/0/Resolution").asText()).contains("is after");
        TestServer.Reply tooMany = viewer(q + "&limit=2");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().at("/error/@Message.ExtendedInfo/0/Resolution").asText())
                .contains("3 samples").contains("step=");
        TestServer.Reply buckets = viewer(q + "&from=0&to=2026-07-15T00:00:00Z&step=1s");
        assertThat(buckets.status()).isEqualTo(400);
        assertThat(buckets.json().at("/error/@Message.ExtendedInfo/0/Resolution").asText()).contains("buckets");
        assertThat(messageId(viewer(q + "&step=-5s"))).isEqualTo("Base.1.22.QueryParameterValueFormatError");
        assertThat(messageId(viewer(q + "&limit=0"))).isEqualTo("Base.1.22.QueryParameterValueFormatError");
        assertThat(messageId(viewer(q + "&tag=nocolon"))).isEqualTo("Base.1.22.QueryParameterValueFormatError");
        assertThat(messageId(viewer(q + "&colour=red"))).isEqualTo("Base.1.22.QueryParameterUnsupported");
        assertThat(viewer("/api/telemetry/range").status()).isEqualTo(400);
        TestServer.Reply unknown = viewer("/api/telemetry/latest?series=no.such");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(messageId(unknown)).isEqualTo("Base.1.22.ResourceNotFound");
    }

    @Test
    void alarmsListAcknowledgeShelveAndUnshelve() {
        s.tick(1);
        JsonNode list = viewer("/api/alarms").json();
        assertThat(list.path("flooding").asBoolean()).isFalse();
        JsonNode hi = alarm(list, "supply-hi");
        assertThat(hi.path("state").asText()).isEqualTo("UNACK");
        assertThat(hi.path("priority").asText()).isEqualTo("HIGH");
        assertThat(hi.path("condition").path("kind").asText()).isEqualTo("HI");
        assertThat(hi.path("condition").path("limit").asDouble()).isEqualTo(1.0);
        assertThat(hi.path("lastValue").asDouble()).isGreaterThan(1);
        assertThat(hi.path("lastTime").asText()).isEqualTo("2026-07-15T00:00:10Z");
        assertThat(alarm(list, "supply-hihi").path("state").asText()).isEqualTo("NORMAL");
        assertThat(list.path("alarms")).hasSize(3);

        TestServer.Reply denied = s.send("POST", "/api/alarms/supply-hi/acknowledge", null, "Authorization",
                TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD));
        assertThat(denied.status()).isEqualTo(403);
        TestServer.Reply ack = operator("POST", "/api/alarms/supply-hi/acknowledge", null);
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().path("state").asText()).isEqualTo("ACKED");
        assertThat(s.twin.store().journal("alarms", 0).getLast().payload()).contains("\"who\":\"operator\"");
        TestServer.Reply again = operator("POST", "/api/alarms/supply-hi/acknowledge", null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().at("/error/@Message.ExtendedInfo/0/Resolution").asText()).contains("ACKED");

        assertThat(messageId(operator("POST", "/api/alarms/supply-hi/shelve", "{}")))
                .isEqualTo("Base.1.22.PropertyMissing");
        assertThat(messageId(operator("POST", "/api/alarms/supply-hi/shelve", "{\"durationS\": 100000}")))
                .isEqualTo("Base.1.22.PropertyValueOutOfRange");
        assertThat(messageId(operator("POST", "/api/alarms/supply-hi/shelve", "{\"durationS\": \"1h\"}")))
                .isEqualTo("Base.1.22.PropertyValueTypeError");
        TestServer.Reply shelved = operator("POST", "/api/alarms/supply-hi/shelve", "{\"durationS\": 600}");
        assertThat(shelved.json().path("state").asText()).isEqualTo("SHELVED");
        assertThat(shelved.json().path("shelvedUntil").asText()).isEqualTo("2026-07-15T00:10:10Z");
        TestServer.Reply unshelved = operator("POST", "/api/alarms/supply-hi/unshelve", null);
        assertThat(unshelved.json().path("state").asText()).isEqualTo("UNACK");
        assertThat(unshelved.json().path("shelvedUntil").isNull()).isTrue();

        TestServer.Reply missing = operator("POST", "/api/alarms/nope/acknowledge", null);
        assertThat(missing.status()).isEqualTo(404);

        // the history of those transitions, oldest first, as the stream sends them; limit keeps the newest
        JsonNode events = viewer("/api/alarm-events").json().path("events");
        assertThat(events).hasSize(s.twin.store().journal("alarms", 0).size());
        assertThat(events.get(0).path("alarm").asText()).isEqualTo("supply-hi");
        assertThat(events.get(0).path("to").asText()).isEqualTo("UNACK");
        assertThat(events.get(0).path("time").asText()).isEqualTo("2026-07-15T00:00:10Z");
        JsonNode last = viewer("/api/alarm-events?limit=1").json().path("events");
        assertThat(last).hasSize(1);
        assertThat(last.get(0)).isEqualTo(events.get(events.size() - 1));
        assertThat(viewer("/api/alarm-events?since=2027-01-01T00:00:00Z").json().path("events")).isEmpty();
        assertThat(messageId(viewer("/api/alarm-events?limit=0"))).isEqualTo("Base.1.22.QueryParameterValueFormatError");
    }

    private static JsonNode alarm(JsonNode list, String id) {
        for (JsonNode a : list.path("alarms")) {
            if (a.path("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no alarm " + id + " in " + list);
    }
}
