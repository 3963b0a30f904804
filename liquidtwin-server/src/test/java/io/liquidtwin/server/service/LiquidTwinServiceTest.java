package io.liquidtwin.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liquidtwin.ops.store.QuestDbTelemetryStore;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.server.http.SelfSignedKeyStore;
import io.liquidtwin.server.live.TwinSnapshot;
import io.liquidtwin.sim.weather.MonthlyNormals;
import io.liquidtwin.sim.weather.SyntheticYear;
import io.liquidtwin.sim.weather.WeatherYear;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled service over the Qingdao example: paced ticks, HTTP with the generated admin, durable samples. */
class LiquidTwinServiceTest {

    static final Path PLANT = Path.of("..", "examples", "qingdao-two-phase-1mw.yaml");
    static final Path ALARMS = Path.of("..", "examples", "alarms", "qingdao-alarms.yaml");
    /** 14:30 in Qingdao (UTC+8 local standard time) on 15 July. */
    static final Instant JULY = Instant.parse("2026-07-15T06:30:00Z");
    static final SeriesKey SUPPLY = new SeriesKey("cdu.secondary_supply_temp",
            Map.of("plant", "qingdao-two-phase-1mw", "unit", "°C"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    /** Fast: 10 simulated s per tick, 60 ticks per wall second. */
    static LiquidTwinService.Options fast() {
        return LiquidTwinService.Options.port(0).withHost("127.0.0.1").withSpeed(600, 10);
    }

    @Test
    void servesTheLivePlantAndKeepsEverySampleUpToTheLastTick() throws Exception {
        LiquidTwinService.Summary summary;
        String password;
        LiquidTwinService s = LiquidTwinService.open(PLANT, data, fast(), InstantSource.fixed(JULY));
        try {
            assertThat(s.generatedPasswordFile()).contains(data.resolve("admin-password.txt"));
            password = Files.readString(s.generatedPasswordFile().orElseThrow()).strip();
            awaitTicks(s, 5);

            HttpResponse<String> root = get(s, "/redfish/v1", null);
            assertThat(root.statusCode()).isEqualTo(200);
            assertThat(get(s, "/redfish/v1/Chassis/cdu/Sensors/SecondarySupplyTemp", null).statusCode())
                    .as("readings need credentials").isEqualTo(401);
            HttpResponse<String> sensor = get(s, "/redfish/v1/Chassis/cdu/Sensors/SecondarySupplyTemp",
                    "admin:" + password);
            assertThat(sensor.statusCode()).isEqualTo(200);
            JsonNode reading = JSON.readTree(sensor.body()).path("Reading");
            assertThat(reading.isNumber()).as(sensor.body()).isTrue();
            assertThat(reading.asDouble()).isBetween(25.0, 45.0);
        } finally {
            summary = s.stop();
        }
        assertThat(s.stop()).as("stop is idempotent").isSameAs(summary);
        s.close();
        assertThat(summary.ticks()).isGreaterThanOrEqualTo(5);
        assertThat(summary.start()).isEqualTo(JULY);
        assertThat(summary.lastTwinTime()).isEqualTo(JULY.plusSeconds(10 * summary.ticks()));
        assertThat(summary.samplesLost()).isZero();

        try (QuestDbTelemetryStore store = QuestDbTelemetryStore.open(data.resolve("store"))) {
            long channels = store.series(Map.of("plant", "qingdao-two-phase-1mw")).size();
            assertThat(channels).isGreaterThan(20);
            assertThat(summary.samplesStored()).isEqualTo(channels * summary.ticks());
            List<Sample> supply = store.range(SUPPLY, micros(JULY), micros(summary.lastTwinTime()) + 1);
            assertThat(supply).hasSize((int) summary.ticks());
            Set<Long> stamps = new HashSet<>();
            for (int k = 0; k < supply.size(); k++) {
                assertThat(supply.get(k).epochMicros()).isEqualTo(micros(JULY.plusSeconds(10L * (k + 1))));
                stamps.add(supply.get(k).epochMicros());
            }
            assertThat(stamps).as("each tick exactly once").hasSize(supply.size());
        }
    }

    @Test
    void theTwinRunsUnderTheSitesWeatherOfTheStartHour() {
        WeatherYear year = SyntheticYear.generate(MonthlyNormals.qingdao(), 0);
        int hour = LiveWeather.hourIndex(year, JULY);
        assertThat(year.hour(hour).month()).isEqualTo(7);
        assertThat(year.hour(hour).day()).isEqualTo(15);
        assertThat(year.hour(hour).hour()).as("14:30 local lies in the hour ending 15:00").isEqualTo(15);
        int leap = LiveWeather.hourIndex(year, Instant.parse("2028-02-29T04:10:00Z"));
        assertThat(year.hour(leap).month()).isEqualTo(2);
        assertThat(year.hour(leap).day()).isEqualTo(28);
        assertThat(year.hour(leap).hour()).isEqualTo(13);

        LiquidTwinService s = LiquidTwinService.open(PLANT, data, fast(), InstantSource.fixed(JULY));
        try {
            TwinSnapshot first = s.twin().snapshot();
            assertThat(first.kpis().dryBulbK()).isCloseTo(year.hour(hour).dryBulbK(), within(1e-9));
            assertThat(s.notices()).anyMatch(n -> n.contains("weather synthetic:") && n.contains("07-15"));
        } finally {
            s.close();
        }
    }

    @Test
    void aSecondStartNeitherRegeneratesThePasswordNorGoesBackInTwinTime() throws Exception {
        LiquidTwinService first = LiquidTwinService.open(PLANT, data, fast(), InstantSource.fixed(JULY));
        awaitTicks(first, 3);
        LiquidTwinService.Summary ran = first.stop();
        LiquidTwinService second = LiquidTwinService.open(PLANT, data, fast(), InstantSource.fixed(JULY));
        try {
            assertThat(second.generatedPasswordFile()).isEmpty();
            assertThat(second.start()).isAfter(ran.lastTwinTime());
            assertThat(second.notices()).anyMatch(n -> n.contains("twin time resumes at"));
        } finally {
            second.close();
        }
    }

    @Test
    void startFailuresNameWhatIsAtFaultAndLeaveNothingOpen() throws Exception {
        LiquidTwinService running = LiquidTwinService.open(PLANT, data, fast());
        try {
            assertThatThrownBy(() -> LiquidTwinService.open(PLANT, data, fast()))
                    .isInstanceOfSatisfying(ServiceStartException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ServiceStartException.Reason.DATA_DIR_BUSY);
                        assertThat(e.getMessage()).contains(data.resolve("store").toAbsolutePath().toString());
                    });
            Path other = data.resolve("other");
            LiquidTwinService.Options taken = fast().withSpeed(1, 1);
            taken = new LiquidTwinService.Options("127.0.0.1", running.port(), 1, 1, taken.alarmsFile(),
                    taken.plantTag(), taken.tls());
            LiquidTwinService.Options portTaken = taken;
            assertThatThrownBy(() -> LiquidTwinService.open(PLANT, other, portTaken))
                    .isInstanceOfSatisfying(ServiceStartException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ServiceStartException.Reason.PORT);
                        assertThat(e.getMessage()).contains("port " + running.port());
                    });
            // the failed start released its store: the directory can be opened again at once
            QuestDbTelemetryStore.open(other.resolve("store")).close();
        } finally {
            running.close();
        }

        Path bad = data.resolve("bad-plant.yaml");
        Files.writeString(bad, "name: x\nloops: [\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LiquidTwinService.open(bad, data.resolve("b"), fast()))
                .isInstanceOfSatisfying(ServiceStartException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ServiceStartException.Reason.PLANT_FILE);
                    assertThat(e.getMessage()).contains(bad.toString());
                });
        assertThat(data.resolve("b")).as("a bad plant touches no data directory").doesNotExist();
        Path badAlarms = data.resolve("alarms.yaml");
        Files.writeString(badAlarms, "alarms:\n  - id: x\n    kind: NOPE\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LiquidTwinService.open(PLANT, data.resolve("c"), fast().withAlarms(badAlarms)))
                .isInstanceOfSatisfying(ServiceStartException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ServiceStartException.Reason.ALARMS_FILE);
                    assertThat(e.getMessage()).contains(badAlarms.toString());
                });
        assertThatThrownBy(() -> LiquidTwinService.open(PLANT, data.resolve("c"), fast().withSpeed(0, 1)))
                .isInstanceOfSatisfying(ServiceStartException.class,
                        e -> assertThat(e.reason()).isEqualTo(ServiceStartException.Reason.OPTIONS));
    }

    @Test
    void alarmsThatWatchSeriesTheTwinDoesNotPublishAreReported() {
        // the example file selects the plant's name, the tag serve gives by default
        LiquidTwinService byName = LiquidTwinService.open(PLANT, data, fast().withAlarms(ALARMS));
        try {
            assertThat(byName.notices()).noneMatch(n -> n.contains("does not publish"));
            assertThat(byName.twin().alarms()).isNotNull();
        } finally {
            byName.close();
        }
        LiquidTwinService retagged = LiquidTwinService.open(PLANT, data,
                fast().withAlarms(ALARMS).withPlantTag("hall-b"));
        try {
            assertThat(retagged.notices()).anyMatch(n -> n.startsWith("alarm cdu-supply-hi ")
                    && n.contains("does not publish"));
        } finally {
            retagged.close();
        }
    }

    @Test
    void servesHttpsOnlyWithTheGivenKeystoreAndRefusesABadOneBeforeOpeningAnything() throws Exception {
        SelfSignedKeyStore keys = SelfSignedKeyStore.create(Files.createDirectories(data.resolve("keys")),
                "keystore-secret-1");
        try (LiquidTwinService s = LiquidTwinService.open(PLANT, data.resolve("tls"), fast().withTls(keys.tls()))) {
            HttpResponse<String> root = keys.trustingClient().send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + s.port() + "/redfish/v1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> get(s, "/redfish/v1", null)).as("no plain HTTP on the TLS port")
                    .isInstanceOf(java.io.IOException.class);
        }
        Path wrong = data.resolve("wrong");
        assertThatThrownBy(() -> LiquidTwinService.open(PLANT, wrong, fast().withTls(
                new io.liquidtwin.server.security.Tls(keys.file(), "not-the-password"))))
                .isInstanceOfSatisfying(ServiceStartException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ServiceStartException.Reason.OPTIONS);
                    assertThat(e.getMessage()).contains(keys.file().toString());
                });
        assertThat(wrong).as("a bad keystore touches no data directory").doesNotExist();
    }

    /** Waits (up to 30 s) until the pacer has ticked the twin {@code n} more times. */
    static void awaitTicks(LiquidTwinService s, int n) throws InterruptedException {
        CountDownLatch ticks = new CountDownLatch(n);
        Consumer<TwinSnapshot> l = snap -> ticks.countDown();
        s.twin().addListener(l);
        try {
            assertThat(ticks.await(30, TimeUnit.SECONDS)).as("the pacer ticks the twin").isTrue();
        } finally {
            s.twin().removeListener(l);
        }
    }

    private HttpResponse<String> get(LiquidTwinService s, String path, String userColonPassword) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .timeout(Duration.ofSeconds(30));
        if (userColonPassword != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }
}
