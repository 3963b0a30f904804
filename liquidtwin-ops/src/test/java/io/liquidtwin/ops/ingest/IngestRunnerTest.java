package io.liquidtwin.ops.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IngestRunnerTest {

    @Test
    void ticksOnTheSchedulerAndClosesTheSources() throws Exception {
        var store = new InMemoryTelemetryStore();
        CountDownLatch polled = new CountDownLatch(3);
        CountDownLatch closed = new CountDownLatch(1);
        TelemetrySource src = new TelemetrySource() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public void connect() {
            }

            @Override
            public List<Sample> poll() {
                polled.countDown();
                return List.of(new Sample(SeriesKey.of("n"), polled.getCount(), 1, Quality.GOOD));
            }

            @Override
            public void close() {
                closed.countDown();
            }
        };
        var sup = new SourceSupervisor(store, new FakeClock(0), IngestPolicy.DEFAULT, List.of(src));
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        try (var runner = new IngestRunner(sup, scheduler, 1)) {
            assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runner.lastFailure()).isNull();
        } finally {
            scheduler.shutdownNow();
        }
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.latest(SeriesKey.of("n"))).isPresent();
    }
}
