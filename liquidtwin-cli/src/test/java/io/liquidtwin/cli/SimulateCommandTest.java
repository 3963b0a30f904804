package io.liquidtwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} and {@code validate} end to end on the example plants. */
class SimulateCommandTest {

    private static final Path QINGDAO = Path.of("..", "examples", "qingdao-two-phase-1mw.yaml");

    @Test
    void validateReportsOkWithTheTotals() {
        CliTest.Run r = CliTest.run("validate", QINGDAO.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("OK", "6 two-phase tanks", "IT 960.0 kW");
    }

    @Test
    void validateListsEveryErrorWithFileAndLine(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        String yaml = Files.readString(QINGDAO).replace("primaryLoop: fws", "primaryLoop: fwz")
                .replace("itPowerKw: 160", "itPowerKw: -5");
        Files.writeString(broken, yaml);
        CliTest.Run r = CliTest.run("validate", broken.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("broken.yaml:").contains("fwz").contains("itPowerKw");
    }

    @Test
    void simulateWritesTheTimeSeriesAndASummaryWithAClosedEnergyBalance(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("simulate", QINGDAO.toString(), "--duration", "2h", "--step", "15s",
                "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("time [s],").contains("tank-1.pressure [kPa]", "cdu.valve_position [%]",
                "plant.pue_now");
        assertThat(csv).hasSize(1 + 481); // t = 0 and every 15 s for 2 h
        for (String row : csv.subList(1, csv.size())) {
            assertThat(row).doesNotContain("NaN").doesNotContain("Infinity");
        }
        assertThat(r.out()).contains("Energy balance", "relative)", "Peaks against limits");
        String residualLine = r.out().lines().filter(l -> l.contains("residual")).findFirst().orElseThrow();
        double relative = Double.parseDouble(residualLine.replaceAll(".*\\(([-0-9.eE+]+) relative\\).*", "$1"));
        assertThat(relative).isLessThan(1e-9);
        assertThat(dir.resolve("summary.txt")).exists();
    }

    @Test
    void steadyWritesOneRow(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("simulate", Path.of("..", "examples", "ai-pod-cold-plate.yaml").toString(),
                "--steady", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("steady-state.csv"))).hasSize(2);
    }

    @Test
    void badDurationIsAClearError() {
        CliTest.Run r = CliTest.run("simulate", QINGDAO.toString(), "--duration", "soon");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'soon' is not a duration");
    }
}
