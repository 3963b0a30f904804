package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each class of bad SWF file, with the line it is reported on; small files in a temporary directory. */
class SwfReaderErrorsTest {

    @TempDir
    Path dir;

    /** Header (7 lines), then job lines 8, 9, 10; the bad job replaces line 9. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2 100 0 60 4 -1 -1 4 3600 -1 1 1 1 -1 -1 -1 -1                | found 17 fields; expected 18",
        "2 100 0 60 4 -1 -1 4 3600 -1 1 1 1 -1 -1 -1 -1 -1 7           | found 19 fields",
        "2 100 0 sixty 4 -1 -1 4 3600 -1 1 1 1 -1 -1 -1 -1 -1          | field 4 (run time): expected an integer, got 'sixty'",
        "2 100 0 60 4.5 -1 -1 4 3600 -1 1 1 1 -1 -1 -1 -1 -1           | field 5 (allocated processors): expected an integer",
        "2 100 -5 60 4 -1 -1 4 3600 -1 1 1 1 -1 -1 -1 -1 -1            | field 3 (wait time): got -5; expected ≥ 0, or −1",
        "2 100 0 60 400 -1 -1 4 3600 -1 1 1 1 -1 -1 -1 -1 -1           | field 5 (allocated processors): 400 exceeds the header's MaxProcs 16",
        "2 100 0 60 4 NaN -1 4 3600 -1 1 1 1 -1 -1 -1 -1 -1            | field 6 (average CPU time): expected a finite number",
    })
    void malformedJobLineInASmallFileIsAnError(String bad, String reason) throws IOException {
        List<String> lines = SwfFixtures.header(16);
        lines.add(SwfFixtures.job(1, 0, 0, 60, 2));
        lines.add(bad.trim());
        lines.add(SwfFixtures.job(3, 200, 0, 60, 2));
        WorkloadFileException e = read(SwfFixtures.write(dir, "bad.swf", lines));
        assertThat(e.errors()).anySatisfy(err -> {
            assertThat(err.line()).isEqualTo(9);
            assertThat(err.message()).contains(reason.trim());
            assertThat(err.toString()).startsWith(dir.resolve("bad.swf") + ":9: ");
        });
        // 1 of 3 job lines is more than 1 %: the summary error says so
        assertThat(e.errors()).anySatisfy(err -> assertThat(err.message()).contains("1 of 3 job lines malformed"));
    }

    @Test
    void fewMalformedLinesAreSkippedWithWarnings() throws IOException {
        List<String> lines = SwfFixtures.header(16);
        for (int i = 1; i <= 199; i++) {
            lines.add(SwfFixtures.job(i, i * 10L, 0, 60, 2));
        }
        lines.add("200 2000 0 60 2 garbage");                   // line 207: 1 of 200 lines = 0.5 % ≤ 1 %
        lines.add(SwfFixtures.job(201, 2010, 0, 0, 2));          // run time 0: skipped
        lines.add(SwfFixtures.job(202, 2020, 0, 60, -1));        // processors unknown: skipped
        JobTrace t = SwfReader.read(SwfFixtures.write(dir, "few.swf.gz", lines));
        assertThat(t.size()).isEqualTo(199);
        assertThat(t.skipped()).isEqualTo(2);
        assertThat(t.jobLines()).isEqualTo(202);
        assertThat(t.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(207);
            assertThat(w.message()).contains("found 6 fields");
        });
        assertThat(t.header().maxProcs()).isEqualTo(16);
        assertThat(t.header().unixStartTime()).isEqualTo(1000);
        assertThat(t.header().acknowledge()).isEqualTo("Test Person");
    }

    @Test
    void plainAndGzipReadTheSame() throws IOException {
        List<String> lines = SwfFixtures.header(8);
        lines.add(SwfFixtures.job(1, 0, 10, 60, 2));
        lines.add(SwfFixtures.job(2, 5, -1, 30, 8));
        JobTrace plain = SwfReader.read(SwfFixtures.write(dir, "t.swf", lines));
        JobTrace gz = SwfReader.read(SwfFixtures.write(dir, "t.swf.gz", lines));
        assertThat(gz.jobs()).isEqualTo(plain.jobs());
        assertThat(plain.processorSeconds()).isEqualTo(2 * 60 + 8 * 30);
    }

    @Test
    void tooManyErrorsAreCapped() throws IOException {
        List<String> lines = SwfFixtures.header(16);
        for (int i = 0; i < 80; i++) {
            lines.add("x");
        }
        WorkloadFileException e = read(SwfFixtures.write(dir, "many.swf", lines));
        assertThat(e.errors()).hasSize(SwfReader.MAX_ERRORS + 2); // 50, "stopped after 50", the summary
        assertThat(e.errors().get(1).line()).isEqualTo(8);
        assertThat(e.errors()).anySatisfy(err -> assertThat(err.message()).contains("stopped after 50"));
    }

    @Test
    void badHeaderNumberIsAnErrorOnItsLine() throws IOException {
        List<String> lines = SwfFixtures.header(16);
        lines.set(3, "; MaxProcs: many");
        lines.add(SwfFixtures.job(1, 0, 0, 60, 2));
        WorkloadFileException e = read(SwfFixtures.write(dir, "hdr.swf", lines));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(4);
            assertThat(err.message()).contains("MaxProcs").contains("'many'");
        });
    }

    @Test
    void fileLevelProblems() throws IOException {
        assertThat(read(dir.resolve("absent.swf")).errors()).singleElement()
                .satisfies(err -> assertThat(err.message()).contains("file not found"));
        assertThat(read(SwfFixtures.write(dir, "empty.swf", List.of(""))).errors()).singleElement()
                .satisfies(err -> assertThat(err.message()).contains("no job lines"));
        assertThat(read(SwfFixtures.write(dir, "hdr-only.swf", SwfFixtures.header(4))).errors()).singleElement()
                .satisfies(err -> assertThat(err.message()).contains("no job lines"));
        List<String> cancelled = SwfFixtures.header(4);
        cancelled.add(SwfFixtures.job(1, 0, 0, -1, 2));
        assertThat(read(SwfFixtures.write(dir, "cancelled.swf", cancelled)).errors()).singleElement()
                .satisfies(err -> assertThat(err.message()).contains("none of the 1 jobs ran"));
        Path notGzip = dir.resolve("plain.swf.gz");
        Files.writeString(notGzip, SwfFixtures.job(1, 0, 0, 60, 2), StandardCharsets.ISO_8859_1);
        assertThat(read(notGzip).errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isZero();
            assertThat(err.message()).contains("cannot read").contains("gzip");
        });
        assertThat(read(dir).errors()).singleElement() // a directory
                .satisfies(err -> assertThat(err.message()).contains("cannot read"));
    }

    private static WorkloadFileException read(Path p) {
        return catchThrowableOfType(WorkloadFileException.class, () -> SwfReader.read(p));
    }
}
