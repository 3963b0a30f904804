package io.liquidtwin.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Design studies over HTTP: submit, follow, fetch the report; refuse escapes, bad scenarios and overload. */
class StudyRoutesTest {

    @TempDir
    Path dir;
    Path studies;
    TestServer s;

    @BeforeEach
    void start() throws IOException {
        studies = Files.createDirectories(dir.resolve("studies"));
        scenario("one-day.yaml", "6h");
        scenario("month.yaml", "7d");
        Files.writeString(dir.resolve("outside.yaml"), "name: outside\n");
        Files.writeString(studies.resolve("broken.yaml"), "name: broken\nperiod: {duration: forever}\n");
        s = RestFixture.start(dir.resolve("data"), new RestApi(new RestApi.Options(studies, 1, 0, 50,
                Duration.ofSeconds(1), Duration.ofSeconds(30), 10_000, 10_000, Duration.ofHours(24))));
    }

    private void scenario(String file, String duration) throws IOException {
        Path plant = Path.of("..", "examples", "qingdao-two-phase-1mw.yaml").toAbsolutePath().normalize();
        Files.writeString(studies.resolve(file), """
                name: %s
                plant: %s
                site: design
                period: {start: 07-15, duration: %s, step: 1h}
                workload: {kind: constant, fraction: 0.8}
                """.formatted(file.replace(".yaml", ""), plant, duration));
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private TestServer.Reply submit(String scenario) {
        return s.send("POST", "/api/studies", "{\"scenario\": \"" + scenario + "\"}", "Authorization",
                TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
    }

    private JsonNode awaitFinished(String location) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode j = s.get(location, TestServer.VIEWER).json();
            String state = j.path("state").asText();
            assertThat(j.path("progress").asDouble()).isBetween(0.0, 1.0);
            if (state.equals("done") || state.equals("failed")) {
                return j;
            }
            Thread.sleep(50);   // waiting for the background study, bounded by the deadline
        }
        throw new AssertionError("study " + location + " did not finish within 60 s");
    }

    @Test
    void aStudyRunsInTheBackgroundAndServesItsReport() throws InterruptedException {
        TestServer.Reply r = submit("one-day.yaml");
        assertThat(r.status()).isEqualTo(202);
        String location = r.header("Location");
        assertThat(location).startsWith("/api/studies/");
        assertThat(r.json().path("state").asText()).isIn("queued", "running", "done");
        assertThat(r.json().path("submittedBy").asText()).isEqualTo(TestServer.OPERATOR);

        JsonNode done = awaitFinished(location);
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        List<String> files = new ArrayList<>();
        done.path("files").forEach(f -> files.add(f.asText()));
        assertThat(files).contains(location + "/files/hourly.csv");

        TestServer.Reply report = s.get(location + "/report", TestServer.VIEWER);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("text/html");
        assertThat(report.text()).contains("<html").contains("one-day");
        TestServer.Reply csv = s.get(location + "/files/hourly.csv", TestServer.VIEWER);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text().lines().count()).isGreaterThanOrEqualTo(7);   // header + 6 hours
        assertThat(Files.isRegularFile(dir.resolve("data").resolve("studies")
                .resolve(location.substring(location.lastIndexOf('/') + 1)).resolve("report.html"))).isTrue();

        assertThat(s.get(location + "/files/..%2F..%2Faccounts.json", TestServer.VIEWER).status()).isEqualTo(404);
        assertThat(s.get(location + "/files/nope.csv", TestServer.VIEWER).status()).isEqualTo(404);
        assertThat(s.get("/api/studies", TestServer.VIEWER).json().path("studies")).hasSize(1);
        assertThat(s.get("/api/studies/unknown", TestServer.VIEWER).status()).isEqualTo(404);
    }

    @Test
    void scenariosOutsideTheStudiesDirectoryAndBadRequestsAre400() {
        for (String escape : List.of("../outside.yaml", "/etc/passwd.yaml", "sub/../../outside.yaml",
                dir.resolve("outside.yaml").toString())) {
            TestServer.Reply r = submit(escape);
            assertThat(r.status()).as(escape).isEqualTo(400);
            assertThat(r.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText()).as(escape)
                    .isEqualTo("Base.1.22.PropertyValueFormatError");
        }
        assertThat(submit("missing.yaml").json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                .isEqualTo("Base.1.22.PropertyValueNotInList");
        TestServer.Reply broken = submit("broken.yaml");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().at("/error/@Message.ExtendedInfo/0/Resolution").asText()).contains("broken.yaml");
        TestServer.Reply viewer = s.send("POST", "/api/studies", "{\"scenario\": \"one-day.yaml\"}", "Authorization",
                TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD));
        assertThat(viewer.status()).isEqualTo(403);
        TestServer.Reply extra = s.send("POST", "/api/studies", "{\"scenario\": \"one-day.yaml\", \"x\": 1}",
                "Authorization", TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD));
        assertThat(extra.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                .isEqualTo("Base.1.22.PropertyUnknown");
        assertThat(s.get("/api/studies", TestServer.VIEWER).json().path("studies")).isEmpty();
    }

    @Test
    void aFullExecutorAnswers503() throws InterruptedException {
        TestServer.Reply first = submit("month.yaml");
        assertThat(first.status()).isEqualTo(202);
        TestServer.Reply second = submit("one-day.yaml");   // one runs, none may wait
        assertThat(second.status()).isEqualTo(503);
        assertThat(second.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                .isEqualTo("Base.1.22.ServiceTemporarilyUnavailable");
        awaitFinished(first.header("Location"));
    }
}
