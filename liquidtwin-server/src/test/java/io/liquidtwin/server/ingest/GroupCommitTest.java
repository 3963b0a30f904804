package io.liquidtwin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.ops.store.ForwardingTelemetryStore;
import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    static final SeriesKey POISON = SeriesKey.of("refused");

    /** Holds its first append until released; refuses any batch holding a POISON sample; records batch sizes. */
    static final class GatedStore extends ForwardingTelemetryStore {
        final CountDownLatch firstEntered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

        GatedStore() {
            super(new InMemoryTelemetryStore());
        }

        @Override
        public void append(List<Sample> batch) {
            batchSizes.add(batch.size());
            if (firstEntered.getCount() > 0) {
                firstEntered.countDown();
                await(release);
            }
            if (batch.stream().anyMatch(s -> s.series().equals(POISON))) {
                throw new IllegalArgumentException("refused");
            }
            super.append(batch);
        }
    }

    static List<Sample> samples(String name, int n) {
        return IntStream.range(0, n).mapToObj(i -> new Sample(SeriesKey.of(name), 1_000_000L * (i + 1), i,
                Quality.GOOD)).toList();
    }

    @Test
    void requestsWaitingDuringAnAppendAreAppendedTogetherAndARefusedOneFailsAlone() throws Exception {
        GatedStore store = new GatedStore();
        GroupCommit commit = new GroupCommit(store);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> commit.append(samples("a", 3)), pool);
            assertThat(store.firstEntered.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> commit.append(samples("b", 4)), pool);
            CompletableFuture<Void> c = CompletableFuture.runAsync(() -> commit.append(samples("c", 5)), pool);
            CompletableFuture<Void> bad = CompletableFuture.runAsync(() -> commit.append(
                    List.of(new Sample(POISON, 1_000_000L, 1, Quality.GOOD))), pool);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (commit.queued() < 3 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(commit.queued()).isEqualTo(3);
            store.release.countDown();

            a.get(10, TimeUnit.SECONDS);
            b.get(10, TimeUnit.SECONDS);
            c.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalArgumentException.class);
            // a alone; b, c and the refused one together (refused), then each alone
            assertThat(store.batchSizes).containsExactlyInAnyOrder(3, 4 + 5 + 1, 4, 5, 1);
            assertThat(store.batchSizes.get(1)).isEqualTo(10);
            assertThat(store.range(SeriesKey.of("b"), 0, Long.MAX_VALUE)).hasSize(4);
            assertThat(store.range(SeriesKey.of("c"), 0, Long.MAX_VALUE)).hasSize(5);
            assertThat(store.range(POISON, 0, Long.MAX_VALUE)).isEmpty();
        } finally {
            store.release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void manyConcurrentWritersAllLandExactlyOnce() throws Exception {
        InMemoryTelemetryStore store = new InMemoryTelemetryStore();
        GroupCommit commit = new GroupCommit(store);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Void>> all = IntStream.range(0, 64).mapToObj(w -> CompletableFuture.runAsync(
                    () -> commit.append(samples("w" + w, 50)), pool)).toList();
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        }
        for (int w = 0; w < 64; w++) {
            assertThat(store.range(SeriesKey.of("w" + w), 0, Long.MAX_VALUE)).hasSize(50);
        }
        assertThat(commit.queued()).isZero();
    }

    private static void await(CountDownLatch l) {
        try {
            if (!l.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
