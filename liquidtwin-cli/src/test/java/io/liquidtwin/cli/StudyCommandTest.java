package io.liquidtwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoOverAJulyDayWritesAWellFormedReportWithEveryChartAndPrintsTheHeadline() throws IOException {
        Path out = dir.resolve("demo-out");
        // run from the module folder: examples/ is one level up, so the demo uses the jar's embedded copies and the
        // trace beside the repository when it is there, else the synthetic workload (saying so)
        CliTest.Run r = CliTest.run("demo", "--start", "07-15", "--duration", "1d", "--out", out.toString(),
                "--no-serve");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("PUE", "ISO/IEC 30134-2 category 3", "WUE", "L/kWh", "IT energy",
                "peak device temperature", "CHF", "chiller-free hours", "report.html");
        assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("chart-monthly-pue-wue", "chart-heat-rejection", "chart-load-duration",
                "chart-peak-temps", "chart-events", "pump cdu.pump-1 trips");
        assertThat(out.resolve("hourly.csv")).exists();
        assertThat(Files.readAllLines(out.resolve("hourly.csv"))).hasSize(1 + 24);
        try {
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(out.resolve("report.html").toFile());
        } catch (Exception e) {
            throw new AssertionError("report.html is not well-formed: " + e.getMessage(), e);
        }
    }

    @Test
    void aSweepStudyWritesTheTradeOffChart() throws IOException {
        Path scenario = dir.resolve("sweep.yaml");
        Files.writeString(scenario, "plant: " + Path.of("../examples/qingdao-two-phase-1mw.yaml").toAbsolutePath()
                + "\nsite: qingdao\nperiod: {start: 05-01, duration: 12h}\nworkload: {kind: constant, fraction: 0.9}\n"
                + "sweep: {parameter: loops.fws.supplyTempSetpointC, values: [28, 31]}\n");
        CliTest.Run r = CliTest.run("study", scenario.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("o/report.html"))).contains("chart-sweep");
        assertThat(Files.readAllLines(dir.resolve("o/sweep.csv"))).hasSize(3);
        assertThat(r.out()).contains("loops.fws.supplyTempSetpointC (°C)", "lowest PUE");
        assertThat(r.out().lines().filter(l -> l.trim().startsWith("28 ") || l.trim().startsWith("31 "))).hasSize(2);
    }

    @Test
    void aBadScenarioExitsWithTwoNamingLineAndField() throws IOException {
        Path scenario = dir.resolve("bad.yaml");
        Files.writeString(scenario, "plant: nowhere.yaml\nevents:\n  - {at: 1h, type: meteor}\n");
        CliTest.Run r = CliTest.run("study", scenario.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:1: plant: no file").contains("bad.yaml:3: events[0].type: 'meteor'");
    }

    @Test
    void aDemoTraceThatDoesNotExistIsAnErrorNotAFallback() {
        CliTest.Run r = CliTest.run("demo", "--duration", "2h", "--trace", dir.resolve("nope.swf").toString(), "--out",
                dir.resolve("d").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--trace: no file").contains("nope.swf");
    }
}
