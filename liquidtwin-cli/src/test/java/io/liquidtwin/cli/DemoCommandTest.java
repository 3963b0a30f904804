package io.liquidtwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code liquidtwin demo}: with {@code --no-serve} it stops after the report; without, it serves the demo plant
 * (read from the copies embedded in the jar, since the child runs outside the repository) until SIGTERM and exits 0.
 */
class DemoCommandTest {

    private static final Pattern DASHBOARD = Pattern.compile("Dashboard: http://localhost:(\\d+)/");

    @TempDir
    Path dir;
    private final List<ServeCommandTest.Child> children = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void killLeftovers() {
        children.forEach(c -> c.process.destroyForcibly());
    }

    @Test
    void noServeStopsAfterTheReport() {
        Path out = dir.resolve("out");
        Path data = dir.resolve("data");
        CliTest.Run r = CliTest.run("demo", "--no-serve", "--duration", "1d", "--out", out.toString(), "--data",
                data.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(r.out()).doesNotContain("Dashboard").doesNotContain("Ctrl-C");
        assertThat(data).as("nothing served, nothing stored").doesNotExist();
    }

    @Test
    void servesTheDemoPlantAfterTheReportUntilSigterm() throws Exception {
        Path out = dir.resolve("out");
        Path data = dir.resolve("data");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        String unsafe = System.getProperty("lt.unsafeFlag", "");
        if (!unsafe.isBlank()) {
            cmd.add(unsafe);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LiquidTwin.class.getName(), "demo",
                "--duration", "1d", "--port", "0", "--out", out.toString(), "--data", data.toString()));
        // run outside the repository: the scenario, plant and alarms come from the jar's embedded examples
        ServeCommandTest.Child c = new ServeCommandTest.Child(new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true).start());
        children.add(c);
        c.await(l -> l.equals("Ctrl-C to stop"), Duration.ofSeconds(180));
        String log = c.output();
        assertThat(out.resolve("report.html")).as("the report comes first").isNotEmptyFile();
        Matcher m = DASHBOARD.matcher(log);
        assertThat(m.find()).as(log).isTrue();
        String base = "http://127.0.0.1:" + m.group(1);
        Path passwordFile = data.resolve("admin-password.txt").toAbsolutePath();
        assertThat(log).contains("Log in as: admin — password in " + passwordFile)
                .contains("Redfish:   http://localhost:" + m.group(1) + "/redfish/v1")
                .contains("Serving qingdao-two-phase-1mw live at 60× real time");
        assertThat(log).as("the example alarms watch the served plant").doesNotContain("does not publish");

        assertThat(get(base + "/redfish/v1", null).statusCode()).isEqualTo(200);
        String password = Files.readString(passwordFile).strip();
        HttpResponse<String> schematic = get(base + "/api/schematic", password);
        assertThat(schematic.statusCode()).isEqualTo(200);
        assertThat(schematic.body()).contains("data-unit=\"cdu\"", "data-unit=\"tank-6\"");
        HttpResponse<String> alarms = get(base + "/api/alarms", password);
        assertThat(alarms.statusCode()).as(alarms.body()).isEqualTo(200);

        c.process.toHandle().destroy(); // SIGTERM
        assertThat(c.exit()).as(c.output()).isZero();
        assertThat(c.output()).contains("store closed cleanly").doesNotContain("Exception");
    }

    private HttpResponse<String> get(String uri, String adminPassword) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        if (adminPassword != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
