package io.liquidtwin.bench;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.QuestDbTelemetryStore;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.ops.store.TelemetryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The telemetry store's two step-4 figures, through the Java API:
 * <ul>
 *   <li>{@code ingest}: acknowledged (durable on return) appends of 10,000-sample batches over 1,000 series,
 *   reported per sample (goal ≥ 1 M samples/s);</li>
 *   <li>{@code query24h}: one series at 1 Hz for 24 h (86,400 samples) downsampled to 1-minute buckets (goal
 *   &lt; 10 ms).</li>
 * </ul>
 * The in-memory store (no durability) runs beside QuestDB in the same run as the ceiling of the API itself; the HTTP
 * comparison with VictoriaMetrics comes with the server (step 5).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class TelemetryStoreBenchmark {

    static final int BATCH = 10_000;
    static final int SERIES = 1_000;
    static final long DAY_MICROS = 86_400_000_000L;

    @Param({"questdb", "memory"})
    String store;

    private Path dir;
    private TelemetryStore ingestStore;
    private TelemetryStore queryStore;
    private SeriesKey[] keys;
    private SeriesKey queried;
    private long nextMicros = 1_700_000_000_000_000L;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("liquidtwin-store-bench");
        ingestStore = open(dir.resolve("ingest"));
        queryStore = open(dir.resolve("query"));
        keys = new SeriesKey[SERIES];
        for (int i = 0; i < SERIES; i++) {
            keys[i] = new SeriesKey("cdu.supply_temp", Map.of("cdu", "cdu-" + i, "plant", "bench"));
        }
        queried = SeriesKey.of("tank-1.pressure");
        List<Sample> day = new ArrayList<>(86_400);
        for (int s = 0; s < 86_400; s++) {
            day.add(new Sample(queried, s * 1_000_000L, 100_000 + 500 * Math.sin(s / 600.0), Quality.GOOD));
        }
        for (int from = 0; from < day.size(); from += BATCH) {
            queryStore.append(day.subList(from, Math.min(day.size(), from + BATCH)));
        }
    }

    private TelemetryStore open(Path path) throws IOException {
        Files.createDirectories(path);
        return store.equals("questdb") ? QuestDbTelemetryStore.open(path) : new InMemoryTelemetryStore();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        ingestStore.close();
        queryStore.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One acknowledged batch of 10,000 samples: 10 per series, 1 ms apart. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void ingest() {
        List<Sample> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(new Sample(keys[i % SERIES], nextMicros + (i / SERIES) * 1_000L, 30 + (i % 97) * 0.01,
                    Quality.GOOD));
        }
        nextMicros += (BATCH / SERIES) * 1_000L;
        ingestStore.append(batch);
    }

    /** 24 h of a 1 Hz series in 1-minute buckets (1,440 buckets). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int query24h() {
        return queryStore.downsample(queried, 0, DAY_MICROS, 60_000_000L).size();
    }
}
