package io.liquidtwin.sim.weather;

import io.liquidtwin.sim.FileError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed EPW files: every problem is reported with file and line, as a WeatherFileException only. */
class EpwReaderErrorsTest {

    @TempDir
    Path dir;

    private List<FileError> errorsOf(Path file) {
        WeatherFileException e = catchThrowableOfType(WeatherFileException.class, () -> EpwReader.read(file));
        assertThat(e).as("expected a WeatherFileException").isNotNull();
        assertThat(e.errors()).allSatisfy(err -> assertThat(err.file()).isEqualTo(file.toString()));
        assertThat(e.getMessage()).contains(file.toString());
        return e.errors();
    }

    @Test
    void validSyntheticFileReads() throws IOException {
        WeatherYear y = EpwReader.read(EpwFixtures.write(dir, "ok.epw", EpwFixtures.validLines()));
        assertThat(y.hourCount()).isEqualTo(8760);
        assertThat(y.site()).isEqualTo(new WeatherSite("Testville", "XX", "Nowhere", "Synthetic", "123456",
                45.5, -73.25, -5.0, 12.5));
        assertThat(y.filled()).isEqualTo(new FilledValues(0, 0, 0, 0));
        assertThat(y.hour(0).relativeHumidity()).isCloseTo(0.70, within(1e-12));
    }

    @Test
    void gzipIsAccepted() throws IOException {
        Path gz = dir.resolve("ok.epw.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((String.join("\n", EpwFixtures.validLines()) + "\n").getBytes());
        }
        assertThat(EpwReader.read(gz).hourCount()).isEqualTo(8760);
        Files.writeString(dir.resolve("bad.epw.gz"), "not gzip");
        assertThat(errorsOf(dir.resolve("bad.epw.gz"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("gzip"));
    }

    @Test
    void missingFile() {
        assertThat(errorsOf(dir.resolve("nowhere.epw"))).singleElement()
                .satisfies(e -> assertThat(e.line()).isZero())
                .satisfies(e -> assertThat(e.message()).contains("not found"));
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.epw"), "");
        assertThat(errorsOf(f)).singleElement().satisfies(e -> assertThat(e.message()).contains("empty"));
    }

    @Test
    void truncatedHeader() throws IOException {
        Path f = EpwFixtures.write(dir, "head.epw", EpwFixtures.header().subList(0, 3));
        assertThat(errorsOf(f)).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("inside the header").contains("8 header lines");
        });
    }

    @Test
    void wrongHeaderKeyword() throws IOException {
        List<String> lines = EpwFixtures.validLines();
        lines.set(3, "GROUND,0");
        assertThat(errorsOf(EpwFixtures.write(dir, "h.epw", lines))).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(4))
                .satisfies(e -> assertThat(e.message()).contains("GROUND TEMPERATURES"));
    }

    @Test
    void badLocationNumbers() throws IOException {
        List<String> lines = EpwFixtures.validLines();
        lines.set(0, "LOCATION,X,Y,Z,S,1,north,-73.25,-5.0,12.5");
        assertThat(errorsOf(EpwFixtures.write(dir, "loc.epw", lines))).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(1))
                .satisfies(e -> assertThat(e.message()).contains("latitude").contains("'north'"));
    }

    @Test
    void tooFewRows() throws IOException {
        List<String> lines = EpwFixtures.validLines().subList(0, 8 + 100);
        assertThat(errorsOf(EpwFixtures.write(dir, "short.epw", lines))).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(109))
                .satisfies(e -> assertThat(e.message()).contains("100 hourly rows").contains("8760"));
    }

    @Test
    void truncatedLastLine() throws IOException {
        List<String> lines = EpwFixtures.validLines();
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.substring(0, 30));
        Path f = Files.writeString(dir.resolve("cut.epw"), String.join("\n", lines)); // no final newline
        assertThat(errorsOf(f)).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(8768);
            assertThat(e.message()).contains("truncated").contains("expected 35");
        });
    }

    @Test
    void wrongFieldCountNonNumberAndBadHourAreAllReported() throws IOException {
        List<String> lines = EpwFixtures.validLines();
        lines.set(19, "2001,1,1,12,60");
        EpwFixtures.setField(lines, 30, 6, "warm");
        EpwFixtures.setField(lines, 40, 3, "25");
        EpwFixtures.setField(lines, 50, 9, "1e5x");
        List<FileError> errors = errorsOf(EpwFixtures.write(dir, "bad.epw", lines));
        assertThat(errors).extracting(FileError::line).containsExactly(20, 30, 40, 50);
        assertThat(errors.get(0).message()).contains("expected 35").contains("got 5");
        assertThat(errors.get(1).message()).contains("dry-bulb").contains("expected a number").contains("'warm'");
        assertThat(errors.get(2).message()).contains("hour").contains("1–24");
        assertThat(errors.get(3).message()).contains("pressure").contains("expected a number");
        assertThat(errors.get(0).toString()).startsWith(dir.resolve("bad.epw") + ":20: ");
    }

    @Test
    void errorsAreCapped() throws IOException {
        List<String> lines = EpwFixtures.validLines();
        for (int line = 9; line < 9 + 200; line++) {
            EpwFixtures.setField(lines, line, 7, "x");
        }
        List<FileError> errors = errorsOf(EpwFixtures.write(dir, "many.epw", lines));
        assertThat(errors).hasSize(EpwReader.MAX_ERRORS + 1);
        assertThat(errors.get(EpwReader.MAX_ERRORS).message()).contains("too many errors");
    }

    @Test
    void missingMarkersAreInterpolatedAndCounted() throws IOException {
        List<String> lines = EpwFixtures.validLines();
        for (int line = 101; line <= 105; line++) {
            EpwFixtures.setField(lines, line, 6, "99.9");
        }
        EpwFixtures.setField(lines, 200, 8, "999");
        EpwFixtures.setField(lines, 300, 9, "999999");
        EpwFixtures.setField(lines, 9, 7, "99.9"); // first hour: takes the next valid value
        WeatherYear y = EpwReader.read(EpwFixtures.write(dir, "gaps.epw", lines));
        assertThat(y.filled()).isEqualTo(new FilledValues(5, 1, 1, 1));
        double before = Double.parseDouble(lines.get(99).split(",")[6]);
        double after = Double.parseDouble(lines.get(105).split(",")[6]);
        // line 103 is the 3rd of 5 gaps between lines 100 and 106: half-way
        assertThat(y.hour(103 - 9).dryBulbK() - 273.15).isCloseTo((before + after) / 2, within(1e-9));
        assertThat(y.hour(0).dewPointK()).isEqualTo(y.hour(1).dewPointK());
        assertThat(y.hour(300 - 9).pressurePa()).isEqualTo(101_325.0);
    }

    @Test
    void moreThanTenPercentMissingIsAnError() throws IOException {
        List<String> lines = EpwFixtures.validLines();
        for (int line = 1009; line < 1009 + 900; line++) {
            EpwFixtures.setField(lines, line, 9, "999999");
        }
        assertThat(errorsOf(EpwFixtures.write(dir, "holes.epw", lines))).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(1009))
                .satisfies(e -> assertThat(e.message()).contains("station pressure").contains("900 of 8760"));
    }

    @Test
    void directoryIsReportedNotThrown() {
        assertThatThrownBy(() -> EpwReader.read(dir)).isInstanceOf(WeatherFileException.class);
    }
}
