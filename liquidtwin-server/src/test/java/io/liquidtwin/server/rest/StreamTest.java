package io.liquidtwin.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Role;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/stream}: snapshots, alarm transitions, token access, and no leak of disconnected clients. */
class StreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    TestServer s;
    RestApi api;

    @BeforeEach
    void start() {
        api = new RestApi(RestFixture.options(dir.resolve("studies")));
        s = RestFixture.start(dir, api);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private Sse open(String query, String... headers) {
        return new Sse(s.base() + "/api/stream" + query, headers);
    }

    @Test
    void snapshotsFollowTheTwinAndAlarmTransitionsArrive() throws Exception {
        try (Sse sse = open("", "Authorization", TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD))) {
            assertThat(sse.response.statusCode()).isEqualTo(200);
            assertThat(sse.response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            JsonNode first = JSON.readTree(sse.next("snapshot", WAIT).data());
            assertThat(first.path("sequence").asLong()).isEqualTo(s.twin.snapshot().sequence());
            s.tick(1);
            Sse.Event alarm = sse.next("alarm", WAIT);
            JsonNode a = JSON.readTree(alarm.data());
            assertThat(a.path("type").asText()).isEqualTo("transition");
            assertThat(a.path("alarm").asText()).isEqualTo("supply-hi");
            assertThat(a.path("to").asText()).isEqualTo("UNACK");
            assertThat(a.path("time").asText()).isEqualTo("2026-07-15T00:00:10Z");
            Sse.Event snap = sse.next("snapshot", WAIT);
            JsonNode n = JSON.readTree(snap.data());
            assertThat(n.path("twinTime").asText()).isEqualTo("2026-07-15T00:00:10Z");
            assertThat(snap.id()).isEqualTo(Long.toString(s.twin.snapshot().sequence()));
            assertThat(n.path("kpis").path("itPowerKw").asDouble()).isPositive();
            assertThat(n.path("readings").path("cdu.secondary_supply_temp").path("value").asDouble()).isPositive();
        }
    }

    @Test
    void aBrowserMayPassItsSessionTokenAsAQueryParameter() {
        String token = s.sessions.create(new Principal(TestServer.VIEWER, Role.ReadOnly, null)).orElseThrow().token();
        try (Sse sse = open("?token=" + token)) {
            assertThat(sse.response.statusCode()).isEqualTo(200);
            assertThat(sse.next("snapshot", WAIT).data()).contains("\"kpis\"");
        }
        assertThat(s.send("GET", "/api/stream?token=forged", null, "Accept", "text/event-stream").status())
                .isEqualTo(401);
        assertThat(s.send("GET", "/api/stream", null, "Accept", "text/event-stream").status()).isEqualTo(401);
        // the query token is for the stream only
        assertThat(s.send("GET", "/api/alarms?token=" + token, null).status()).isEqualTo(401);
        TestServer.Reply noAccept = s.get("/api/stream", TestServer.VIEWER);
        assertThat(noAccept.status()).isEqualTo(400);
        assertThat(noAccept.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                .isEqualTo("Base.1.22.HeaderInvalid");
    }

    @Test
    void aStreamEndsWhenItsSessionEndsOrItsAccountIsDisabled() throws InterruptedException {
        var session = s.sessions.create(new Principal(TestServer.VIEWER, Role.ReadOnly, null)).orElseThrow();
        Sse byToken = open("?token=" + session.token());
        Sse byBasic = open("", "Authorization", TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
        byToken.next("snapshot", WAIT);
        byBasic.next("snapshot", WAIT);
        assertThat(api.streamClients()).isEqualTo(2);
        s.sessions.delete(session.id());                                            // logout
        s.accounts.update(TestServer.OPERATOR, io.liquidtwin.server.security.Role.Operator, false); // disabled
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (api.streamClients() > 0 && System.nanoTime() < deadline) {
            s.tick(1);          // each new snapshot makes every stream check its credentials before writing
            Thread.sleep(20);
        }
        assertThat(api.streamClients()).as("streams of ended credentials are closed").isZero();
        byToken.close();
        byBasic.close();
    }

    @Test
    void clientsThatGoAwayAreRemoved() throws InterruptedException {
        Sse one = open("", "Authorization", TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD));
        Sse two = open("", "Authorization", TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
        one.next("snapshot", WAIT);
        two.next("snapshot", WAIT);
        assertThat(api.streamClients()).isEqualTo(2);
        one.close();
        two.close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (api.streamClients() > 0 && System.nanoTime() < deadline) {
            s.tick(1);          // each step makes every client write: a gone one fails and is dropped
            Thread.sleep(20);   // give the request threads a moment to write
        }
        assertThat(api.streamClients()).isZero();
    }
}
