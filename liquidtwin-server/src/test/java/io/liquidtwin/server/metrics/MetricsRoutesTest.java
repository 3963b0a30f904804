package io.liquidtwin.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.Condition;
import io.liquidtwin.ops.alarm.Priority;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.ingest.InfluxWriteRoutes;
import io.liquidtwin.server.live.TwinSnapshot;
import io.liquidtwin.server.redfish.RedfishRoutes;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics}: valid Prometheus exposition (promtool), and the plant's KPIs as the twin has them. */
class MetricsRoutesTest {

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @TempDir
    Path dir;
    TestServer s;

    @BeforeEach
    void start() {
        InfluxWriteRoutes write = new InfluxWriteRoutes();
        // one alarm that is active from the start: an ingested series above a threshold
        AlarmDefinition hot = AlarmDefinition.simple("rack-hot", new SeriesKey("rack.inlet_temp", Map.of("row", "a")),
                new Condition.Limit(Condition.LimitType.HI, 40, 1), Priority.HIGH);
        s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(hot),
                List.of(new RedfishRoutes(), write, new MetricsRoutes(write::stats)));
    }

    @AfterEach
    void stop() {
        s.close();
    }

    @Test
    void theExpositionPassesPromtoolAndCarriesTheTwinsKpis() throws Exception {
        s.tick(3);
        long t = TestServer.START.getEpochSecond() + 60;
        assertThat(s.send("POST", "/api/v2/write?precision=s", "rack,row=a inlet_temp=45 " + t + "\n",
                "Authorization", TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD)).status()).isEqualTo(204);
        s.tick(1);
        s.get("/redfish/v1/ThermalEquipment/CDUs/nope", TestServer.VIEWER); // a 404 in the request metrics

        assertThat(s.send("GET", "/metrics", null).status()).isEqualTo(401);
        TestServer.Reply r = s.get("/metrics", TestServer.VIEWER);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain; version=0.0.4");
        String text = r.text();

        Process p = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("promtool lint output").isEmpty();
        assertThat(p.exitValue()).isZero();

        TwinSnapshot.Kpis k = s.twin.snapshot().kpis();
        assertThat(value(text, "liquidtwin_it_power_watts")).isCloseTo(k.itPowerW(), within(1e-9 * k.itPowerW()));
        assertThat(value(text, "liquidtwin_facility_power_watts")).isCloseTo(k.facilityPowerW(),
                within(1e-9 * k.facilityPowerW()));
        assertThat(value(text, "liquidtwin_pue_ratio")).isCloseTo(k.pue(), within(1e-12));
        assertThat(value(text, "liquidtwin_facility_supply_temperature_celsius"))
                .isCloseTo(k.facilitySupplyTempK() - 273.15, within(1e-9));
        assertThat(value(text, "liquidtwin_cdu_supply_temperature_max_celsius"))
                .isCloseTo(k.hottestCduSupplyTempK() - 273.15, within(1e-9));
        assertThat(value(text, "liquidtwin_outdoor_dry_bulb_temperature_celsius")).isCloseTo(25.0, within(1e-9));
        assertThat(value(text, "liquidtwin_chiller_running")).isEqualTo(k.chillerRunning() ? 1 : 0);
        assertThat(value(text, "liquidtwin_alarms_active{priority=\"high\"}")).isEqualTo(1);
        assertThat(value(text, "liquidtwin_alarms_active{priority=\"critical\"}")).isEqualTo(0);
        assertThat(value(text, "liquidtwin_ingest_http_samples_total")).isEqualTo(1);
        assertThat(value(text, "liquidtwin_ingest_twin_samples_total")).isEqualTo(s.twin.ingest().stats().accepted());
        assertThat(text).contains("jvm_memory_used_bytes", "process_uptime_seconds")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*status=\"204\""
                        + "[^}]*uri=\"/api/v2/write\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*"
                        + "uri=\"/redfish/v1/<path>\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\"[^}]*uri=\"/metrics\"");
    }

    /** @return the sample value of {@code series} (name with its full label set, or the bare name) */
    static double value(String exposition, String series) {
        String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        String labels = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.length() - 1) : "";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{([^}]*)\\})? (\\S+)$").matcher(exposition);
        while (m.find()) {
            String got = m.group(2) == null ? "" : m.group(2);
            if (labels.isEmpty() || List.of(got.split(",")).contains(labels)) {
                return Double.parseDouble(m.group(3));
            }
        }
        throw new AssertionError(series + " not in the exposition");
    }
}
