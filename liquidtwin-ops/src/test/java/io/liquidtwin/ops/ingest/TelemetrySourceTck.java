package io.liquidtwin.ops.ingest;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TelemetrySource} must do under a {@link SourceSupervisor}: reconnect on the back-off schedule,
 * get its silent series marked STALE with their last value, and have a replay older than the late window rejected.
 * A subclass only supplies a {@link Fixture}.
 */
abstract class TelemetrySourceTck {

    /** Start of the test's epoch for sample timestamps, µs (2026-01-01T00:00Z). */
    static final long START_US = 1_767_225_600_000_000L;
    static final long SECOND_US = 1_000_000L;

    /**
     * A source under test and its levers. Contract: each poll of a connected, reachable, non-silent source returns
     * one batch (one sample per series, the same series every time) timestamped {@code START_US + k·1 s}, where
     * {@code k = 1, 2, …} counts the batches since the last connect — a reconnect replays from {@code k = 1}.
     */
    abstract static class Fixture {
        /** While false, connect fails and the next poll of a connected source fails. */
        protected volatile boolean reachable = true;
        /** While true, polls succeed with nothing. */
        protected volatile boolean silent;
        private int attempts;

        abstract TelemetrySource source();

        /** Counts a connect attempt. @throws IOException with {@code failure} while the peer is unreachable */
        protected final void attemptConnect(String failure) throws IOException {
            attempts++;
            if (!reachable) {
                throw new IOException(failure);
            }
        }

        void setReachable(boolean reachable) {
            this.reachable = reachable;
        }

        void setSilent(boolean silent) {
            this.silent = silent;
        }

        /** @return connect attempts so far */
        final int connectAttempts() {
            return attempts;
        }

        /** Called before every tick (a push fixture publishes here). */
        void beforeTick() {
        }
    }

    protected abstract Fixture newFixture(FakeClock clock);

    private final FakeClock clock = new FakeClock(1_800_000_000_000L);
    private final InMemoryTelemetryStore store = new InMemoryTelemetryStore();
    private Fixture fixture;
    private SourceSupervisor sup;

    private void start(IngestPolicy policy) {
        fixture = newFixture(clock);
        sup = new SourceSupervisor(store, clock, policy, List.of(fixture.source()));
    }

    private void tick() {
        fixture.beforeTick();
        sup.tick();
    }

    @AfterEach
    void closeAll() {
        if (sup != null) {
            sup.close();
        }
    }

    private List<SeriesKey> series() {
        return store.series(Map.of());
    }

    @Test
    void everyPollBecomesOneStoredBatchOfGoodSamples() {
        start(new IngestPolicy(100, 800, 60_000, 3_600 * SECOND_US));
        for (int i = 0; i < 3; i++) {
            tick();
            clock.advanceMs(1_000);
        }
        assertThat(series()).isNotEmpty();
        for (SeriesKey k : series()) {
            assertThat(store.range(k, 0, Long.MAX_VALUE)).extracting(Sample::epochMicros)
                    .containsExactly(START_US + SECOND_US, START_US + 2 * SECOND_US, START_US + 3 * SECOND_US);
            assertThat(store.range(k, 0, Long.MAX_VALUE)).extracting(Sample::quality).containsOnly(Quality.GOOD);
        }
        assertThat(sup.stats().accepted()).isEqualTo(3L * series().size());
        assertThat(sup.stats().connects()).isEqualTo(1);
    }

    @Test
    void anUnreachablePeerIsRetriedOnTheExponentialBackoffScheduleUpToTheMaximum() {
        start(new IngestPolicy(100, 800, 60_000, 3_600 * SECOND_US));
        fixture.setReachable(false);
        List<Long> attemptsAtMs = new ArrayList<>();
        long t0 = clock.millis();
        for (int ms = 0; ms <= 3_200; ms += 50) {
            int before = fixture.connectAttempts();
            tick();
            if (fixture.connectAttempts() > before) {
                attemptsAtMs.add(clock.millis() - t0);
            }
            clock.advanceMs(50);
        }
        assertThat(attemptsAtMs).containsExactly(0L, 100L, 300L, 700L, 1_500L, 2_300L, 3_100L);
        assertThat(sup.sources().get(0).consecutiveFailures()).isEqualTo(7);
        assertThat(sup.sources().get(0).lastError()).startsWith("connect failed: ");
        assertThat(series()).isEmpty();

        fixture.setReachable(true);
        clock.advanceMs(750); // next attempt due at 3_900
        tick();
        assertThat(series()).isNotEmpty();
        assertThat(sup.sources().get(0).connected()).isTrue();
        assertThat(sup.sources().get(0).consecutiveFailures()).isZero();
    }

    @Test
    void aLostConnectionIsClosedAndReopenedAfterTheBaseDelay() {
        start(new IngestPolicy(100, 800, 60_000, 3_600 * SECOND_US));
        tick();
        fixture.setReachable(false);
        clock.advanceMs(1_000);
        tick();
        assertThat(sup.sources().get(0).connected()).isFalse();
        assertThat(sup.sources().get(0).lastError()).startsWith("poll failed: ");
        fixture.setReachable(true);
        int attempts = fixture.connectAttempts();
        clock.advanceMs(99);
        tick();
        assertThat(fixture.connectAttempts()).isEqualTo(attempts);
        clock.advanceMs(1);
        tick();
        assertThat(fixture.connectAttempts()).isEqualTo(attempts + 1);
        assertThat(sup.sources().get(0).connected()).isTrue();
        assertThat(sup.stats().failures()).isEqualTo(1);
    }

    @Test
    void silentSeriesAreMarkedStaleOnceWithTheirLastValueAndTimestamp() {
        start(new IngestPolicy(100, 800, 5_000, 3_600 * SECOND_US));
        tick();
        clock.advanceMs(1_000);
        tick();
        List<Sample> lastGood = series().stream().map(k -> store.latest(k).orElseThrow()).toList();
        fixture.setSilent(true);
        clock.advanceMs(4_999);
        tick();
        assertThat(sup.stats().staleMarks()).isZero();
        clock.advanceMs(1);
        tick();
        assertThat(sup.stats().staleMarks()).isEqualTo(lastGood.size());
        assertThat(sup.stats().staleSeriesNow()).isEqualTo(lastGood.size());
        for (Sample good : lastGood) {
            assertThat(store.latest(good.series())).contains(
                    new Sample(good.series(), good.epochMicros(), good.value(), Quality.STALE));
            assertThat(store.range(good.series(), 0, Long.MAX_VALUE)).hasSize(2); // marked, not added
        }
        clock.advanceMs(10_000);
        tick();
        assertThat(sup.stats().staleMarks()).isEqualTo(lastGood.size());

        fixture.setSilent(false);
        tick();
        assertThat(sup.stats().staleSeriesNow()).isZero();
        for (Sample good : lastGood) {
            assertThat(store.latest(good.series()).orElseThrow().quality()).isEqualTo(Quality.GOOD);
            assertThat(store.latest(good.series()).orElseThrow().epochMicros()).isGreaterThan(good.epochMicros());
        }
    }

    @Test
    void aReplayAfterReconnectIsRejectedOutsideTheLateWindowAndAcceptedInside() {
        start(new IngestPolicy(100, 800, 60_000, 3 * SECOND_US / 2));
        for (int i = 0; i < 5; i++) { // batches at +1 … +5 s
            tick();
            clock.advanceMs(1_000);
        }
        int n = series().size();
        fixture.setReachable(false);
        tick();
        fixture.setReachable(true);
        clock.advanceMs(100);
        for (int i = 0; i < 6; i++) { // replays +1 … +5 s, then +6 s
            tick();
            clock.advanceMs(1_000);
        }
        assertThat(sup.stats().rejectedLate()).isEqualTo(3L * n); // +1, +2, +3 s are more than 1.5 s behind +5 s
        assertThat(sup.recentRejections()).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo(fixture.source().name());
            assertThat(r.reason()).startsWith("late: ").endsWith("(window 1500000 µs)");
        });
        assertThat(sup.recentRejections()).extracting(r -> r.sample().epochMicros()).containsOnly(
                START_US + SECOND_US, START_US + 2 * SECOND_US, START_US + 3 * SECOND_US);
        for (SeriesKey k : series()) {
            assertThat(store.range(k, 0, Long.MAX_VALUE)).hasSize(6);
        }
        assertThat(sup.stats().accepted()).isEqualTo(8L * n);
    }
}
