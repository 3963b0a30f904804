package io.liquidtwin.ops.store;

import io.questdb.cairo.CairoEngine;
import io.questdb.cairo.DefaultCairoConfiguration;
import io.questdb.cairo.TableWriter;
import io.questdb.cairo.wal.WalWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damages the newest on-disk files of a closed store (truncation at many offsets, garbage over timestamps, torn
 * WAL segments) and checks that the store opens, reports what it dropped, keeps everything before the damage and
 * takes new appends.
 */
class TornDataTest {

    static final long T0 = TelemetryStoreTck.T0;
    static final long MINUTE = 60_000_000L;
    static final int ROWS = 7_200; // one sample a minute over 3 series: days 2026-01-01 … 2026-01-05, 1,440 rows each
    static final long LAST_DAY = T0 + 4 * 86_400_000_000L;

    @TempDir
    static Path golden;

    @TempDir
    Path work;

    static SeriesKey key(int i) {
        return new SeriesKey("torn.s" + (i % 3), Map.of("test", "torn"));
    }

    static List<Sample> expected() {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            out.add(new Sample(key(i), T0 + i * MINUTE, i * 0.5, Quality.values()[i % 4]));
        }
        return out;
    }

    @BeforeAll
    static void writeGolden() {
        try (QuestDbTelemetryStore s = QuestDbTelemetryStore.open(golden)) {
            List<Sample> all = expected();
            for (int b = 0; b < all.size(); b += 1_000) {
                s.append(all.subList(b, Math.min(all.size(), b + 1_000)));
            }
            for (int j = 0; j < 20; j++) {
                s.appendJournal(new JournalEntry("torn", T0 + j, "entry " + j + " " + "x".repeat(j * 10)));
            }
        }
    }

    private Path copy() throws IOException {
        Path dst = work.resolve("d" + System.nanoTime());
        try (Stream<Path> files = Files.walk(golden)) {
            for (Path p : files.sorted().toList()) {
                if (p.getFileName().toString().equals("liquidtwin.lock")) {
                    continue;
                }
                Path q = dst.resolve(golden.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
        return dst;
    }

    static Path only(Path root, String glob) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            var m = root.getFileSystem().getPathMatcher("glob:" + glob);
            List<Path> hits = s.filter(p -> m.matches(root.relativize(p))).toList();
            assertThat(hits).as("files matching %s", glob).hasSize(1);
            return hits.get(0);
        }
    }

    /** Opens the damaged copy and checks: stored samples are a time-ordered prefix of what was written. */
    private List<String> openAndCheckPrefix(Path dir, long keptAtLeastBeforeMicros) {
        List<String> report;
        try (QuestDbTelemetryStore s = QuestDbTelemetryStore.open(dir)) {
            report = s.recoveryReport();
            List<Sample> got = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                got.addAll(s.range(key(i), 0, Long.MAX_VALUE));
            }
            got.sort(Comparator.comparingLong(Sample::epochMicros));
            List<Sample> want = expected();
            assertThat(got).as("a prefix of what was written; report %s", report)
                    .containsExactlyElementsOf(want.subList(0, got.size()));
            assertThat(got.size()).as("everything before the damaged part; report %s", report)
                    .isGreaterThanOrEqualTo((int) ((keptAtLeastBeforeMicros - T0) / MINUTE));
            s.append(List.of(new Sample(key(0), T0 + ROWS * MINUTE, 1, Quality.GOOD)));
            assertThat(s.latest(key(0))).map(Sample::epochMicros).contains(T0 + ROWS * MINUTE);
            assertThat(s.journal("torn", 0)).hasSize(20);
        }
        try (QuestDbTelemetryStore s = QuestDbTelemetryStore.open(dir)) {
            assertThat(s.recoveryReport()).as("the repair itself is durable").isEmpty();
        }
        return report;
    }

    @Test
    void truncatedColumnFilesOfTheNewestPartitionAtManyOffsets() throws IOException {
        // newest partition holds 1,440 rows (ts/value: 11,520 bytes; series: 5,760; quality: 1,440)
        String[][] cases = {{"ts.d", "0"}, {"ts.d", "5"}, {"ts.d", "8000"}, {"value.d", "1"}, {"value.d", "11519"},
                {"series.d", "2048"}, {"quality.d", "700"}, {"quality.d", "1439"}};
        for (String[] c : cases) {
            Path dir = copy();
            Path file = only(dir, "db/samples~*/2026-01-05*/" + c[0]);
            long size = Long.parseLong(c[1]);
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(size);
            }
            List<String> report = openAndCheckPrefix(dir, LAST_DAY);
            assertThat(report).as("truncating %s to %d", c[0], size).singleElement().asString()
                    .contains("samples partition 2026-01-05", c[0], "dropped");
        }
    }

    @Test
    void garbageOverTimestampsIsCutAtTheFirstBadOne() throws IOException {
        for (long row : new long[]{0, 1, 719, 1439}) {
            Path dir = copy();
            Path file = only(dir, "db/samples~*/2026-01-05*/ts.d");
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.seek(row * 8);
                f.write(new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, 2, 3, (byte) 0x80});
            }
            List<String> report = openAndCheckPrefix(dir, LAST_DAY + row * MINUTE);
            assertThat(report).singleElement().asString().contains("ts.d row " + row);
        }
    }

    @Test
    void truncatedJournalStringsAreReportedAndTheRestKept() throws IOException {
        Path dir = copy();
        Path data = only(dir, "db/journal~*/2026-01*/payload.d");
        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            f.setLength(300);
        }
        try (QuestDbTelemetryStore s = QuestDbTelemetryStore.open(dir)) {
            assertThat(s.recoveryReport()).singleElement().asString().contains("journal partition", "payload");
            List<JournalEntry> kept = s.journal("torn", 0);
            assertThat(kept).isNotEmpty().hasSizeLessThan(20);
            for (int j = 0; j < kept.size(); j++) {
                assertThat(kept.get(j).payload()).isEqualTo("entry " + j + " " + "x".repeat(j * 10));
            }
            s.appendJournal(new JournalEntry("torn", T0, "after"));
            assertThat(s.journal("torn", 0)).last().extracting(JournalEntry::payload).isEqualTo("after");
        }
    }

    @Test
    void aTornSeriesCatalogueIsRestoredFromTheSamples() throws IOException {
        Path dir = copy();
        Path tags = only(dir, "db/series_catalogue~*/1970*/tags.i");
        try (RandomAccessFile f = new RandomAccessFile(tags.toFile(), "rw")) {
            f.setLength(12);
        }
        List<String> report = openAndCheckPrefix(dir, T0 + ROWS * MINUTE);
        assertThat(report).hasSize(2);
        assertThat(report.get(0)).contains("series_catalogue partition", "tags");
        assertThat(report.get(1)).contains("restored");
        try (QuestDbTelemetryStore s = QuestDbTelemetryStore.open(dir)) {
            assertThat(s.series(Map.of("test", "torn"))).containsExactly(key(0), key(1), key(2));
        }
    }

    @Test
    void appliedWalSegmentsNoLongerMatter() throws IOException {
        Path dir = copy();
        try (Stream<Path> s = Files.walk(dir.resolve("db"))) {
            for (Path p : s.filter(p -> p.toString().contains("/wal") && Files.isRegularFile(p)).toList()) {
                try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                    f.setLength(f.length() / 3);
                }
            }
        }
        assertThat(openAndCheckPrefix(dir, T0 + ROWS * MINUTE)).isEmpty();
    }

    @Test
    void tornUnappliedWalSegmentIsReportedAndLaterAppendsStillWork() throws IOException {
        Path dir = copy();
        // Commit a WAL transaction without applying it, as a process killed between commit and apply leaves it.
        try (CairoEngine engine = new CairoEngine(new DefaultCairoConfiguration(dir.resolve("db").toString()));
             WalWriter w = engine.getWalWriter(engine.verifyTableName("samples"))) {
            for (int i = ROWS; i < ROWS + 500; i++) {
                TableWriter.Row r = w.newRow(T0 + i * MINUTE);
                r.putSym(1, key(i).id());
                r.putDouble(2, i * 0.5);
                r.putByte(3, (byte) (i % 4));
                r.append();
            }
            w.commit();
        }
        try (Stream<Path> s = Files.walk(dir.resolve("db"))) {
            for (Path p : s.filter(p -> p.toString().matches(".*/samples~[^/]*/wal[0-9]+/[0-9]+/value\\.d")).toList()) {
                try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                    f.setLength(100);
                }
            }
        }
        try (QuestDbTelemetryStore s = QuestDbTelemetryStore.open(dir)) {
            List<String> report = s.recoveryReport();
            List<Sample> got = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                got.addAll(s.range(key(i), 0, Long.MAX_VALUE));
            }
            got.sort(Comparator.comparingLong(Sample::epochMicros));
            // What was applied before is intact; the torn, never acknowledged transaction is dropped and reported.
            assertThat(got).containsExactlyElementsOf(expected());
            assertThat(report).singleElement().asString().contains("samples: WAL transaction", "value.d",
                    "never acknowledged");
            s.append(List.of(new Sample(key(0), T0 + (ROWS + 1000) * MINUTE, 1, Quality.GOOD)));
            assertThat(s.latest(key(0))).map(Sample::epochMicros).contains(T0 + (ROWS + 1000) * MINUTE);
        }
    }
}
