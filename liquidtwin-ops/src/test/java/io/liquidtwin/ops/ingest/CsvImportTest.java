package io.liquidtwin.ops.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    private static ParseResult parse(String csv, CsvImport.Options options) {
        return CsvImport.parse(csv.getBytes(StandardCharsets.UTF_8), options);
    }

    @Test
    void wideFileWithIsoTimesAndUnitHeadersBecomesTaggedSeries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cdu.csv");
        Files.writeString(file, "\uFEFFtime,cdu-1.supply_temp [°C],cdu-1.flow [L/min],plant.pue_now\r\n"
                + "2026-01-01T00:00:00Z,45.5,1200,1.08\r\n"
                + "2026-01-01T08:00:01.25+08:00,46,,1.07\r\n");
        ParseResult r = CsvImport.read(file, new CsvImport.Options(Precision.SECONDS, Map.of("site", "qd")));
        assertThat(r.errors()).isEmpty();
        long t0 = 1_767_225_600_000_000L;
        var temp = new SeriesKey("cdu-1.supply_temp", Map.of("site", "qd", "unit", "°C"));
        var flow = new SeriesKey("cdu-1.flow", Map.of("site", "qd", "unit", "L/min"));
        var pue = new SeriesKey("plant.pue_now", Map.of("site", "qd"));
        assertThat(r.samples()).containsExactly(
                new Sample(temp, t0, 45.5, Quality.GOOD), new Sample(flow, t0, 1200, Quality.GOOD),
                new Sample(pue, t0, 1.08, Quality.GOOD), new Sample(temp, t0 + 1_250_000, 46, Quality.GOOD),
                new Sample(pue, t0 + 1_250_000, 1.07, Quality.GOOD));
    }

    @Test
    void longFormatWithEpochTimesInTheConfiguredUnit() {
        ParseResult r = parse("time,series,value\n1000,a.b,1\n2000,\"c,d\",2\n3000,c.d,x\n",
                new CsvImport.Options(Precision.MILLISECONDS, Map.of()));
        assertThat(r.samples()).containsExactly(new Sample(SeriesKey.of("a.b"), 1_000_000, 1, Quality.GOOD));
        assertThat(r.errors()).extracting(LineError::line).containsExactly(3, 4);
        assertThat(r.errors().get(0).reason()).startsWith("series name 'c,d' must be");
        assertThat(r.errors().get(1).reason()).isEqualTo("'x' is not a number");
    }

    @Test
    void badRowsAndCellsAreNumberedAndGoodOnesKept() {
        ParseResult r = parse("""
                time,a,b
                0,1,2
                yesterday,1,2
                1,1
                2,NaN,3
                3,"4,5
                2262-04-12T00:00:00Z,1,1
                4,1e999,6
                """, CsvImport.Options.DEFAULT);
        assertThat(r.samples()).extracting(Sample::value).containsExactly(1.0, 2.0, 3.0, 6.0);
        assertThat(r.errors()).extracting(LineError::line, LineError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "time 'yesterday' is neither ISO-8601 with an offset nor an"
                        + " integer epoch"),
                org.assertj.core.groups.Tuple.tuple(4, "row has 2 cells, the header 3"),
                org.assertj.core.groups.Tuple.tuple(5, "column 'a': 'NaN' is not a number"),
                org.assertj.core.groups.Tuple.tuple(6, "unterminated quoted cell"),
                org.assertj.core.groups.Tuple.tuple(7, "time '2262-04-12T00:00:00Z' is out of range"),
                org.assertj.core.groups.Tuple.tuple(8, "column 'a': '1e999' is out of the double range"));
    }

    @Test
    void timesTheStoreWouldRefuseAreRejectedPerRow() {
        ParseResult r = parse("time,a\n-5,1\n1969-12-31T23:59:59Z,2\n0,3\n", CsvImport.Options.DEFAULT);
        assertThat(r.samples()).extracting(Sample::epochMicros, Sample::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 3.0));
        assertThat(r.errors()).extracting(LineError::line, LineError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "time '-5' ms is before 1970-01-01T00:00Z, the earliest time"
                        + " the store accepts"),
                org.assertj.core.groups.Tuple.tuple(3, "time '1969-12-31T23:59:59Z' is before 1970-01-01T00:00Z, the"
                        + " earliest time the store accepts"));
    }

    @Test
    void headerProblemsAreReportedOnLineOne() {
        assertThat(parse("when,a\n0,1\n", CsvImport.Options.DEFAULT).errors()).singleElement()
                .extracting(LineError::reason).isEqualTo("the first header column must be 'time' or 'timestamp',"
                        + " not 'when'");
        ParseResult r = parse("time,a,bad name,a\n0,1,2,3\n", CsvImport.Options.DEFAULT);
        assertThat(r.errors()).extracting(LineError::line).containsOnly(1);
        assertThat(r.errors()).extracting(LineError::reason).satisfiesExactly(
                e -> assertThat(e).startsWith("column 'bad name' skipped: series name 'bad name' must be"),
                e -> assertThat(e).isEqualTo("column 'a' skipped: duplicate column for series a"));
        assertThat(r.samples()).singleElement().extracting(Sample::value).isEqualTo(1.0);
        assertThat(parse("", CsvImport.Options.DEFAULT).errors()).singleElement().extracting(LineError::reason)
                .asString().startsWith("no header");
    }

    @Test
    void nonUtf8RowIsRejectedAlone() {
        byte[] body = "time,a\n0,1\n1,\u00ff\n2,3\n".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult r = CsvImport.parse(body, CsvImport.Options.DEFAULT);
        assertThat(r.samples()).extracting(Sample::value).containsExactly(1.0, 3.0);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).isEqualTo("not valid UTF-8");
        });
    }
}
