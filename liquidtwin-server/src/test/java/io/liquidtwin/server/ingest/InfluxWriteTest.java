package io.liquidtwin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.redfish.RedfishRoutes;
import io.liquidtwin.server.rest.RestApi;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Role;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v2/write} over a real server and the twin's store. */
class InfluxWriteTest {

    static final String OP = TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD);
    /** 2026-07-15T01:00:00Z, the base of the timestamps below. */
    static final long T0_S = 1_784_077_200L;

    @TempDir
    Path dir;
    TestServer s;
    InfluxWriteRoutes write;

    @BeforeEach
    void start() {
        write = new InfluxWriteRoutes();
        s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(), List.of(
                new RestApi(RestApi.Options.defaults(dir.resolve("studies"))), new RedfishRoutes(), write));
    }

    @AfterEach
    void stop() {
        s.close();
    }

    static SeriesKey key(String name, Map<String, String> tags) {
        return new SeriesKey(name, tags);
    }

    @Test
    void telegrafStyleBatchesWrittenOverHttpAreQueryableImmediatelyAfterTheAck() {
        Map<String, String> cdu1 = Map.of("host", "cdu-1", "site", "qd");
        Map<String, String> cdu2 = Map.of("host", "cdu-2", "site", "qd");
        record Case(String precision, long scale) {
        }
        List<Case> cases = List.of(new Case("ns", 1_000_000_000L), new Case("us", 1_000_000L), new Case("ms", 1000L),
                new Case("s", 1L));
        long offsetS = 0;
        for (Case c : cases) {
            long t1 = (T0_S + offsetS) * c.scale();
            long t2 = (T0_S + offsetS + 10) * c.scale();
            String body = "cdu,host=cdu-1,site=qd supply_temp=45.25,return_temp=55.5,flow=1200i " + t1 + "\n"
                    + "cdu,host=cdu-2,site=qd supply_temp=44.75,pump_on=true " + t1 + "\n"
                    + "# a comment line, then a blank one\n\n"
                    + "cdu,host=cdu-1,site=qd supply_temp=45.5 " + t2 + "\n"
                    + "leak,host=cdu-1,site=qd value=0u " + t2 + "\n";
            String q = c.precision().equals("ns") ? "" : "&precision=" + c.precision();
            TestServer.Reply r = s.send("POST", "/api/v2/write?org=lt&bucket=plant" + q, body,
                    "Authorization", OP, "Content-Type", "text/plain; charset=utf-8");
            assertThat(r.status()).as(c.precision() + ": " + r.text()).isEqualTo(204);
            assertThat(r.text()).isEmpty();
            // right after the ack, with no tick in between: every sample is in the store, exactly
            long m1 = (T0_S + offsetS) * 1_000_000L;
            long m2 = (T0_S + offsetS + 10) * 1_000_000L;
            assertThat(s.twin.store().range(key("cdu.supply_temp", cdu1), m1, m2 + 1)).containsExactly(
                    new Sample(key("cdu.supply_temp", cdu1), m1, 45.25, Quality.GOOD),
                    new Sample(key("cdu.supply_temp", cdu1), m2, 45.5, Quality.GOOD));
            assertThat(s.twin.store().range(key("cdu.return_temp", cdu1), m1, m2 + 1)).containsExactly(
                    new Sample(key("cdu.return_temp", cdu1), m1, 55.5, Quality.GOOD));
            assertThat(s.twin.store().range(key("cdu.flow", cdu1), m1, m2 + 1)).containsExactly(
                    new Sample(key("cdu.flow", cdu1), m1, 1200, Quality.GOOD));
            assertThat(s.twin.store().range(key("cdu.supply_temp", cdu2), m1, m2 + 1)).containsExactly(
                    new Sample(key("cdu.supply_temp", cdu2), m1, 44.75, Quality.GOOD));
            assertThat(s.twin.store().range(key("cdu.pump_on", cdu2), m1, m2 + 1)).containsExactly(
                    new Sample(key("cdu.pump_on", cdu2), m1, 1, Quality.GOOD));
            assertThat(s.twin.store().latest(key("leak", cdu1))).contains(
                    new Sample(key("leak", cdu1), m2, 0, Quality.GOOD));
            // and through the REST API, as a client reads them right after its write
            long ms1 = m1 / 1000;
            TestServer.Reply range = s.get("/api/telemetry/range?series=cdu.supply_temp&tag=host:cdu-1&from=" + ms1
                    + "&to=" + (ms1 + 10_001), TestServer.VIEWER);
            assertThat(range.status()).as(range.text()).isEqualTo(200);
            assertThat(range.json().path("samples")).hasSize(2);
            assertThat(range.json().at("/samples/0/value").asDouble()).isEqualTo(45.25);
            assertThat(range.json().at("/samples/1/value").asDouble()).isEqualTo(45.5);
            TestServer.Reply latest = s.get("/api/telemetry/latest?series=leak&tag=host:cdu-1",
                    TestServer.VIEWER);
            assertThat(latest.json().at("/sample/value").asDouble()).isZero();
            assertThat(latest.json().at("/sample/time").asText())
                    .isEqualTo(java.time.Instant.ofEpochSecond(T0_S + offsetS + 10).toString());
            offsetS += 100;
        }
        assertThat(s.twin.store().series(Map.of("site", "qd"))).hasSize(6);
        assertThat(write.stats().samplesWritten()).isEqualTo(4 * 7);
        assertThat(write.stats().requests()).isEqualTo(4);
    }

    @Test
    void sessionTokensAsInfluxClientsSendThemAndGzipBodies() throws Exception {
        String token = s.sessions.create(new Principal(TestServer.OPERATOR, Role.Operator, null)).orElseThrow().token();
        byte[] plain = ("rack,row=a inlet_temp=31.5 " + T0_S + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(plain);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base()
                        + "/api/v2/write?bucket=b&org=o&precision=s"))
                .header("Authorization", "Token " + token).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gz.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        assertThat(s.twin.store().latest(key("rack.inlet_temp", Map.of("row", "a"))).orElseThrow().value())
                .isEqualTo(31.5);

        HttpResponse<String> corrupt = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base()
                        + "/api/v2/write?precision=s"))
                .header("Authorization", "Token " + token).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(plain)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(corrupt.statusCode()).isEqualTo(400);
        assertThat(corrupt.body()).contains("Base.1.22.GeneralError").contains("gzip");
    }

    @Test
    void aBatchWithBadLinesIsAPartialWriteListingTheBadLines() {
        StringBuilder body = new StringBuilder("good,k=v value=1 " + T0_S + "\n");
        body.append("bad line without fields\n");
        for (int i = 0; i < 30; i++) { // (string fields are passed over, not errors: TelegrafBatchTest)
            body.append("also_bad,k=v value=12x ").append(T0_S).append('\n');
        }
        body.append("good,k=v value=2 ").append(T0_S + 1).append('\n');
        TestServer.Reply r = s.send("POST", "/api/v2/write?precision=s", body.toString(), "Authorization", OP);
        assertThat(r.status()).isEqualTo(400);
        var info = r.json().at("/error/@Message.ExtendedInfo");
        // a summary, the first 20 errors, and a count of the rest
        assertThat(info).hasSize(1 + InfluxWriteRoutes.MAX_REPORTED_ERRORS + 1);
        assertThat(info.get(0).path("Resolution").asText()).contains("2 samples were stored").contains("31 line");
        assertThat(info.get(1).path("Resolution").asText()).startsWith("line 2: ");
        assertThat(info.get(2).path("Resolution").asText()).startsWith("line 3: ").contains("also_bad");
        assertThat(info.get(21).path("Resolution").asText()).contains("11 more");
        assertThat(s.twin.store().range(key("good", Map.of("k", "v")), 0, Long.MAX_VALUE / 2)).extracting(
                Sample::value).containsExactly(1.0, 2.0);
    }

    @Test
    void privilegesPrecisionAndSizeAreChecked() {
        String line = "m value=1 " + T0_S + "\n";
        assertThat(s.send("POST", "/api/v2/write?precision=s", line).status()).isEqualTo(401);
        TestServer.Reply viewer = s.send("POST", "/api/v2/write?precision=s", line, "Authorization",
                TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD));
        assertThat(viewer.status()).isEqualTo(403);
        for (String bad : List.of("h", "", "NS", "seconds")) {
            TestServer.Reply r = s.send("POST", "/api/v2/write?precision=" + bad, line, "Authorization", OP);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                    .isEqualTo("Base.1.22.QueryParameterValueFormatError");
        }
        TestServer.Reply encoding = s.send("POST", "/api/v2/write", line, "Authorization", OP,
                "Content-Encoding", "br");
        assertThat(encoding.status()).isEqualTo(400);
        assertThat(encoding.json().at("/error/code").asText()).isEqualTo("Base.1.22.HeaderInvalid");
        TestServer.Reply huge = s.send("POST", "/api/v2/write?precision=s", line.repeat((2 << 20) / line.length()),
                "Authorization", OP);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().at("/error/code").asText()).isEqualTo("Base.1.22.PayloadTooLarge");
        assertThat(s.twin.store().series(Map.of())).noneMatch(k -> k.name().equals("m"));
    }

    @Test
    void aGzipBombIsRefusedWith413() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) {
                out.write(zeros); // 80 MiB inflated, > the 64 MiB cap; ~80 KiB on the wire
            }
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.base()
                        + "/api/v2/write")).header("Authorization", OP).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gz.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void aStoreFailureIs503WithRetryAfter() {
        s.store.close(); // the twin's store fails every append from now on
        TestServer.Reply r = s.send("POST", "/api/v2/write?precision=s", "m value=1 " + T0_S + "\n",
                "Authorization", OP);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo(String.valueOf(InfluxWriteRoutes.RETRY_AFTER_S));
        assertThat(r.json().at("/error/code").asText()).isEqualTo("Base.1.22.ServiceTemporarilyUnavailable");
        assertThat(write.stats().storeFailures()).isEqualTo(1);
    }
}
