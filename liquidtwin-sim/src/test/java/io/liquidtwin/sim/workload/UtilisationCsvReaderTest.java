package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.FileError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the hourly Alibaba CPU series of ../shared/data/workload and malformed files. Reference values for the real
 * file (rows, mean, min, max) were computed independently with
 * {@code awk -F, 'NR>1 && NF {n++; s+=$2; …}' Alibaba_CPU_Data_Hourly_1_dc-rl.csv}.
 */
class UtilisationCsvReaderTest {

    static final String ALIBABA = "Alibaba_CPU_Data_Hourly_1_dc-rl.csv";

    @TempDir
    Path dir;

    @Test
    void readsTheRealAlibabaSeries() {
        UtilisationColumn u = UtilisationCsvReader.read(SwfFixtures.sharedData("workload", ALIBABA), "cpu_load",
                ValueScale.DETECT, 3600);
        assertThat(u.size()).isEqualTo(8904);
        assertThat(u.scale()).isEqualTo(ValueScale.FRACTION);
        assertThat(u.intervalS()).isEqualTo(3600);
        assertThat(u.fraction(0)).isEqualTo(0.3809444444444444);
        assertThat(u.mean()).isCloseTo(0.495316468253972, within(1e-12));
        double[] f = u.fractions();
        assertThat(java.util.Arrays.stream(f).min().orElseThrow()).isEqualTo(0.32894444444444443);
        assertThat(java.util.Arrays.stream(f).max().orElseThrow()).isEqualTo(0.6999444444444444);
    }

    @Test
    void percentIsDetectedOrDeclaredAndGzipIsRead() throws IOException {
        Path p = SwfFixtures.write(dir, "pct.csv.gz", List.of("time,\"util %\"", "0,50", "1,75.5", "2,0"));
        UtilisationColumn u = UtilisationCsvReader.read(p, "util %", ValueScale.DETECT, 900);
        assertThat(u.scale()).isEqualTo(ValueScale.PERCENT);
        assertThat(u.fractions()).containsExactly(0.5, 0.755, 0.0);
        assertThat(UtilisationCsvReader.read(p, "util %", ValueScale.PERCENT, 900).fractions())
                .containsExactly(0.5, 0.755, 0.0);
        Path small = SwfFixtures.write(dir, "frac.csv", List.of("\uFEFFa,b", "1,0.5", "", "2,1"));
        assertThat(UtilisationCsvReader.read(small, "b", ValueScale.DETECT, 3600).fractions())
                .containsExactly(0.5, 1.0);
        assertThat(UtilisationCsvReader.read(small, "b", ValueScale.PERCENT, 3600).fractions())
                .containsExactly(0.005, 0.01);
    }

    @Test
    void everyBadRowIsReportedWithItsLine() throws IOException {
        Path p = SwfFixtures.write(dir, "bad.csv", List.of(",cpu_load", "1,0.4", "2,high", "3,0.5,9", "4,1.2",
                "5,-0.1", "6,NaN", "7,"));
        assertThatThrownBy(() -> UtilisationCsvReader.read(p, "cpu_load", ValueScale.FRACTION, 3600))
                .isInstanceOfSatisfying(WorkloadFileException.class, e -> {
                    assertThat(e.errors()).extracting(FileError::line).containsExactly(3, 4, 5, 6, 7, 8);
                    assertThat(e.errors().get(0).toString())
                            .isEqualTo(p + ":3: cpu_load: expected a number, got 'high'");
                    assertThat(e.errors().get(1).message()).contains("found 3 fields; expected 2");
                    assertThat(e.errors().get(2).message()).contains("got 1.2", "[0, 1]");
                    assertThat(e.errors().get(3).message()).contains("got -0.1");
                    assertThat(e.errors().get(4).message()).contains("NaN");
                    assertThat(e.getMessage()).startsWith("6 errors in workload file " + p);
                });
        Path over = SwfFixtures.write(dir, "over.csv", List.of("u", "50", "150"));
        assertThatThrownBy(() -> UtilisationCsvReader.read(over, "u", ValueScale.DETECT, 3600))
                .hasMessageContaining(over + ":3: u: got 150");
    }

    @Test
    void missingColumnFileOrDataIsAnError() throws IOException {
        Path p = SwfFixtures.write(dir, "cols.csv", List.of("a,b", "1,2"));
        assertThatThrownBy(() -> UtilisationCsvReader.read(p, "cpu", ValueScale.DETECT, 3600))
                .hasMessageContaining(p + ":1: no column 'cpu'; the header has [a, b]");
        assertThatThrownBy(() -> UtilisationCsvReader.read(dir.resolve("none.csv"), "a", ValueScale.DETECT, 3600))
                .hasMessageContaining("file not found");
        Path empty = SwfFixtures.write(dir, "empty.csv", List.of("a"));
        assertThatThrownBy(() -> UtilisationCsvReader.read(empty, "a", ValueScale.DETECT, 3600))
                .hasMessageContaining("no data rows");
        Path notGz = SwfFixtures.write(dir, "plain.csv", List.of("a", "0.5"));
        Path renamed = java.nio.file.Files.copy(notGz, dir.resolve("plain.csv.gz"));
        assertThatThrownBy(() -> UtilisationCsvReader.read(renamed, "a", ValueScale.DETECT, 3600))
                .isInstanceOf(WorkloadFileException.class).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> UtilisationCsvReader.read(notGz, "a", ValueScale.DETECT, 0))
                .hasMessageContaining("row interval");
    }
}
