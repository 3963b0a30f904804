package io.liquidtwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.QuestDbTelemetryStore;
import io.liquidtwin.ops.store.SeriesKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.InetAddress;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code liquidtwin serve} as a user runs it: a real child JVM, stopped with SIGTERM; what it stored is read back
 * from its data directory afterwards. Start failures are one message and a non-zero exit.
 */
class ServeCommandTest {

    static final String PLANT = Path.of("..", "examples", "qingdao-two-phase-1mw.yaml").toString();
    private static final Pattern REDFISH = Pattern.compile("Redfish: +(http://127\\.0\\.0\\.1:(\\d+))/redfish/v1");
    private static final Pattern STOPPED = Pattern.compile("stopped: (\\d+) ticks, (\\d+) samples stored");

    @TempDir
    Path dir;
    private final List<Child> children = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** A running {@code liquidtwin} JVM whose output (stdout and stderr) is collected line by line. */
    static final class Child {
        final Process process;
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        Child(Process process) {
            this.process = process;
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        synchronized (this) {
                            lines.add(l);
                            notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** @return the first line matching, waiting up to {@code timeout} */
        synchronized String await(Predicate<String> line, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            for (int seen = 0; ; ) {
                for (; seen < lines.size(); seen++) {
                    if (line.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && seen == lines.size())) {
                    throw new AssertionError("no such line within " + timeout + "; output:\n" + output());
                }
                TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, 200_000_000L));
            }
        }

        /** Waits for the exit (up to 60 s) and the end of its output. */
        int exit() throws InterruptedException {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits in time; output:\n%s", output()).isTrue();
            reader.join(10_000); // the rest of its output
            return process.exitValue();
        }

        synchronized String output() {
            return String.join("\n", lines);
        }
    }

    Child serve(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        String unsafe = System.getProperty("lt.unsafeFlag", "");
        if (!unsafe.isBlank()) {
            cmd.add(unsafe);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LiquidTwin.class.getName(), "serve"));
        cmd.addAll(List.of(args));
        Child c = new Child(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        children.add(c);
        return c;
    }

    @AfterEach
    void killLeftovers() {
        children.forEach(c -> c.process.destroyForcibly());
    }

    @Test
    void servesUntilSigtermThenStopsCleanlyWithEverySampleStored() throws Exception {
        Path data = dir.resolve("data");
        Child c = serve(PLANT, "--host", "127.0.0.1", "--port", "0", "--data", data.toString(), "--speed", "600",
                "--step", "10s");
        c.await(l -> l.equals("Ctrl-C to stop"), Duration.ofSeconds(90));
        String out = c.output();
        Matcher m = REDFISH.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        String base = m.group(1);
        assertThat(out).contains("http://127.0.0.1:" + m.group(2) + "/api/health")
                .contains("password generated in " + data.resolve("admin-password.txt").toAbsolutePath());
        assertThat(get(base + "/redfish/v1", null).statusCode()).isEqualTo(200);
        String password = Files.readString(data.resolve("admin-password.txt")).strip();
        String cdu = base + "/redfish/v1/Chassis/cdu/Sensors/PrimaryHeatLoad";
        HttpResponse<String> first = get(cdu, password);
        assertThat(first.statusCode()).isEqualTo(200);
        awaitChange(cdu, password, first.body());

        c.process.toHandle().destroy(); // SIGTERM (Process.destroy() would also close our end of its output)
        assertThat(c.exit()).as(c.output()).isZero();
        String log = c.output();
        assertThat(log).contains("store closed cleanly").doesNotContain("Exception");
        Matcher stopped = STOPPED.matcher(log);
        assertThat(stopped.find()).as(log).isTrue();
        long ticks = Long.parseLong(stopped.group(1));
        long stored = Long.parseLong(stopped.group(2));
        assertThat(ticks).isPositive();

        long found = 0;
        try (QuestDbTelemetryStore store = QuestDbTelemetryStore.open(data.resolve("store"))) {
            List<SeriesKey> series = store.series(Map.of("plant", "qingdao-two-phase-1mw"));
            assertThat(series).isNotEmpty();
            for (SeriesKey k : series) {
                long n = store.range(k, 0, Long.MAX_VALUE / 2).size();
                assertThat(n).as(k.id()).isEqualTo(ticks);
                found += n;
            }
        }
        assertThat(found).as("every acknowledged sample survived the stop").isEqualTo(stored);
    }

    @Test
    void exitAfterStartStartsThenStopsCleanlyOnItsOwn() throws Exception {
        // the launcher's class-data training run: the whole start and stop path, no signal needed
        Child c = serve(PLANT, "--host", "127.0.0.1", "--port", "0", "--data", dir.resolve("data").toString(),
                "--exit-after-start");
        assertThat(c.exit()).as(c.output()).isZero();
        assertThat(c.output()).contains("LiquidTwin serving qingdao-two-phase-1mw", "Redfish:", "store closed cleanly")
                .doesNotContain("Exception");
        assertThat(CliTest.run("serve", "--help").out()).as("hidden").doesNotContain("exit-after-start");
    }

    @Test
    void aPortInUseIsOneMessageNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Child c = serve(PLANT, "--host", "127.0.0.1", "--port", Integer.toString(port), "--data",
                    dir.resolve("data").toString());
            int code = c.exit();
            assertThat(code).as(c.output()).isEqualTo(3);
            assertThat(c.output()).contains("liquidtwin: port " + port + " on 127.0.0.1 is already in use")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aBadPlantFileIsOneMessageNamingTheFile() throws Exception {
        Path bad = dir.resolve("broken-plant.yaml");
        Files.writeString(bad, "name: broken\nloops: [\n");
        Child c = serve(bad.toString(), "--data", dir.resolve("data").toString());
        assertThat(c.exit()).as(c.output()).isEqualTo(2);
        assertThat(c.output()).contains("in plant file " + bad).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("data")).as("nothing created for a plant that does not load").doesNotExist();
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingStarts() {
        CliTest.Run r = CliTest.run("serve", PLANT, "--speed", "0", "--data", dir.resolve("data").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("liquidtwin: speed must be > 0");
        assertThat(dir.resolve("data")).doesNotExist();
        CliTest.Run half = CliTest.run("serve", PLANT, "--tls-keystore", dir.resolve("k.p12").toString(), "--data",
                dir.resolve("data").toString());
        assertThat(half.exitCode()).isEqualTo(2);
        assertThat(half.err()).contains("--tls-keystore and --tls-password-file go together");
        CliTest.Run missing = CliTest.run("serve", PLANT, "--tls-keystore", dir.resolve("k.p12").toString(),
                "--tls-password-file", dir.resolve("nope.txt").toString(), "--data", dir.resolve("data").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt");
        assertThat(dir.resolve("data")).doesNotExist();
        CliTest.Run help = CliTest.run("serve", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--port", "--host", "--data", "--speed", "--step", "--alarms", "--plant-tag",
                "--tls-keystore", "--tls-password-file");
    }

    private void awaitChange(String uri, String password, String before) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            if (!get(uri, password).body().equals(before)) {
                return;
            }
        }
        throw new AssertionError("the CDU heat load did not change within 20 s: the twin is not ticking");
    }

    private HttpResponse<String> get(String uri, String adminPassword) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        if (adminPassword != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
