package io.liquidtwin.ops.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a producer JVM with SIGKILL at random moments ({@code -Dlt.crashCycles}, default 20), restarts it on the
 * same directory each time from the batch after its last acknowledgement (so a committed but unacknowledged batch
 * is replayed), and then proves every acknowledged sample is stored exactly once.
 */
class CrashLoopTest {

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedSampleSurvivesSigkillExactlyOnce() throws Exception {
        int cycles = Integer.getInteger("lt.crashCycles", 20);
        long seed = Long.getLong("lt.crashSeed", System.nanoTime());
        Random rnd = new Random(seed);
        Path data = work.resolve("data");
        Path libs = Files.createDirectories(work.resolve("libs"));
        Optional<Path> libsDir = QuestDbNativeLibs.extractTo(libs);
        AtomicLong lastAck = new AtomicLong(-1);
        // The reader is a daemon thread: an exception there is lost, so it records a violation for this thread.
        AtomicReference<String> ackViolation = new AtomicReference<>();
        int killedAfterAcks = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-XX:TieredStopAtLevel=1",
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
            unsafeFlag(cmd);
            libsDir.ifPresent(d -> cmd.add("-Dquestdb.libs.dir=" + d));
            cmd.addAll(List.of(CrashLoopChild.class.getName(), data.toString(), Long.toString(lastAck.get() + 1)));
            Process p = new ProcessBuilder(cmd).redirectError(work.resolve("child-" + cycle + ".err").toFile())
                    .start();
            long acksBefore = lastAck.get();
            CountDownLatch opened = new CountDownLatch(1);
            Thread reader = Thread.ofPlatform().daemon()
                    .start(() -> readAcks(p.getInputStream(), lastAck, opened, ackViolation));
            // One kill in five lands anywhere in the engine open and its WAL recovery; the rest while ingesting.
            if (rnd.nextInt(5) != 0) {
                assertThat(opened.await(60, TimeUnit.SECONDS)).as("child %d opened the store", cycle).isTrue();
            }
            boolean exited = p.waitFor(rnd.nextInt(rnd.nextBoolean() ? 300 : 900), TimeUnit.MILLISECONDS);
            assertThat(exited).as("child %d exited by itself; stderr in %s: %s", cycle, work,
                    exited ? Files.readString(work.resolve("child-" + cycle + ".err")) : "").isFalse();
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            assertThat(ackViolation.get()).as("child %d acknowledged out of sequence (seed %d)", cycle, seed)
                    .isNull();
            if (lastAck.get() > acksBefore) {
                killedAfterAcks++;
            }
        }
        assertThat(lastAck.get()).as("the producer acknowledged something (seed %d)", seed).isGreaterThanOrEqualTo(0);
        assertThat(killedAfterAcks).as("cycles that got as far as ingesting").isGreaterThan(cycles / 4);

        try (QuestDbTelemetryStore store = QuestDbTelemetryStore.open(data)) {
            assertThat(store.recoveryReport()).as("kill -9 alone tears nothing").isEmpty();
            long acked = lastAck.get();
            for (int s = 0; s < CrashLoopChild.SERIES; s++) {
                SeriesKey key = CrashLoopChild.series(s);
                List<Sample> got = store.range(key, 0, Long.MAX_VALUE);
                // Every acknowledged batch complete, each sample once, in order (the loop below checks row i is
                // sample i). Whole batches that were committed but never acknowledged may follow: the contract
                // (docs/durability.md) promises nothing about them either way. One CI run saw two such batches
                // where one was expected; see the note on issue 5.
                long expectedRows = (acked + 1) * CrashLoopChild.ROWS;
                assertThat(got.size()).as("series %d rows (seed %d)", s, seed).isGreaterThanOrEqualTo((int) expectedRows);
                assertThat(got.size() % CrashLoopChild.ROWS).as("whole batches only").isZero();
                for (int i = 0; i < got.size(); i++) {
                    long batch = i / CrashLoopChild.ROWS;
                    int row = i % CrashLoopChild.ROWS;
                    Sample x = got.get(i);
                    assertThat(x.epochMicros()).isEqualTo(
                            TelemetryStoreTck.T0 + (batch * CrashLoopChild.ROWS + row) * TelemetryStoreTck.SECOND);
                    assertThat(x.value()).isEqualTo(CrashLoopChild.value(s, batch, row));
                }
            }
            assertThat(store.series(Map.of("test", "crash"))).hasSize(CrashLoopChild.SERIES);
        }
    }

    @Test
    void anotherProcessOwningTheDirectoryIsNamedInTheError() throws Exception {
        Path data = work.resolve("owned");
        Path libs = Files.createDirectories(work.resolve("libs"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path")));
        unsafeFlag(cmd);
        QuestDbNativeLibs.extractTo(libs).ifPresent(d -> cmd.add("-Dquestdb.libs.dir=" + d));
        cmd.addAll(List.of(CrashLoopChild.class.getName(), data.toString(), "0"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            CountDownLatch opened = new CountDownLatch(1);
            Thread.ofPlatform().daemon()
                    .start(() -> readAcks(p.getInputStream(), new AtomicLong(-1), opened, new AtomicReference<>()));
            assertThat(opened.await(60, TimeUnit.SECONDS)).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuestDbTelemetryStore.open(data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another LiquidTwin process owns " + data.toAbsolutePath());
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        try (QuestDbTelemetryStore store = QuestDbTelemetryStore.open(data)) {
            assertThat(store.series(Map.of("test", "crash"))).as("the owner's death frees the directory").isNotNull();
        }
    }

    @Test
    void anOutOfSequenceAckIsRecordedForTheTestThread() {
        String out = "OPEN x\nACK 0\nACK 1\nACK 3\nACK 4\n";
        AtomicLong lastAck = new AtomicLong(-1);
        AtomicReference<String> violation = new AtomicReference<>();
        readAcks(new java.io.ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)), lastAck, new CountDownLatch(1),
                violation);
        assertThat(violation.get()).isEqualTo("ACK 3 after ACK 1");
        assertThat(lastAck.get()).as("nothing after the violation counts").isEqualTo(1);
    }

    /**
     * Reads the child's stdout: {@code OPEN …} once the store is open, {@code ACK n} after each acknowledged batch.
     * Runs on a daemon thread, where a thrown error would be lost: an ACK out of sequence is recorded in
     * {@code violation} (first one wins) for the test thread to assert on, and reading stops.
     */
    static void readAcks(InputStream in, AtomicLong lastAck, CountDownLatch opened,
                         AtomicReference<String> violation) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("OPEN ")) {
                    opened.countDown();
                } else if (line.startsWith("ACK ")) {
                    long n = Long.parseLong(line.substring(4).trim());
                    if (n != lastAck.get() + 1) {
                        violation.compareAndSet(null, "ACK " + n + " after ACK " + lastAck.get());
                        return;
                    }
                    lastAck.set(n);
                }
            }
        } catch (IOException e) {
            // the child was killed mid-line: everything read before still counts
        } catch (RuntimeException e) {
            violation.compareAndSet(null, "unreadable child output: " + e);
        }
    }

    /** Adds the JDK 23+ flag that allows QuestDB's sun.misc.Unsafe use quietly (older JDKs do not know it). */
    private static void unsafeFlag(List<String> cmd) {
        if (Runtime.version().feature() >= 23) {
            cmd.add(cmd.size() - 2, "--sun-misc-unsafe-memory-access=allow");
        }
    }
}
