package io.liquidtwin.ops.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.ops.store.ForwardingTelemetryStore;
import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SourceSupervisorTest {

    private static final SeriesKey A = SeriesKey.of("a");
    private final FakeClock clock = new FakeClock(1_000_000);
    private final InMemoryTelemetryStore store = new InMemoryTelemetryStore();

    /** Queued, makes a poll throw. */
    private static final List<Sample> FAIL = new java.util.ArrayList<>();

    /** Polls return the queued batches, then nothing; a queued {@link #FAIL} makes the poll throw. */
    private static class Scripted implements TelemetrySource {
        final Deque<List<Sample>> batches = new ArrayDeque<>();
        final String name;
        int closes;

        Scripted(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void connect() {
        }

        @Override
        public List<Sample> poll() throws IOException {
            if (batches.isEmpty()) {
                return List.of();
            }
            List<Sample> b = batches.removeFirst();
            if (b == FAIL) {
                throw new IOException("boom");
            }
            return b;
        }

        @Override
        public void close() {
            closes++;
        }
    }

    private static Sample at(long micros, double v) {
        return new Sample(A, micros, v, Quality.GOOD);
    }

    @Test
    void backoffDoublesFromBaseAndStopsAtMax() {
        var p = new IngestPolicy(250, 5_000, 1, 0);
        assertThat(List.of(1, 2, 3, 4, 5, 6, 100, Integer.MAX_VALUE).stream().map(p::backoffMs).toList())
                .containsExactly(250L, 500L, 1_000L, 2_000L, 4_000L, 5_000L, 5_000L, 5_000L);
        assertThat(new IngestPolicy(1, Long.MAX_VALUE, 1, 0).backoffMs(64)).isEqualTo(1L << 62);
        assertThatThrownBy(() -> new IngestPolicy(10, 5, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outOfOrderWithinTheWindowIsAcceptedAndOlderIsRejectedWithItsReason() {
        var src = new Scripted("s");
        src.batches.add(List.of(at(10_000, 1), at(8_000, 2), at(7_999, 3), at(10_000, 4), at(12_000, 5),
                at(9_999, 6)));
        var sup = new SourceSupervisor(store, clock, new IngestPolicy(1, 1, 1_000, 2_000), List.of(src));
        sup.tick();
        assertThat(store.range(A, 0, Long.MAX_VALUE)).extracting(Sample::epochMicros, Sample::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8_000L, 2.0),
                        org.assertj.core.groups.Tuple.tuple(10_000L, 4.0),
                        org.assertj.core.groups.Tuple.tuple(12_000L, 5.0));
        assertThat(sup.stats().rejectedLate()).isEqualTo(2);
        assertThat(sup.recentRejections()).extracting(Rejection::reason).containsExactly(
                "late: 2001 µs behind the newest sample of a (window 2000 µs)",
                "late: 2001 µs behind the newest sample of a (window 2000 µs)");
    }

    @Test
    void oneFailingSourceDoesNotStopTheOthers() {
        var bad = new Scripted("bad");
        bad.batches.add(FAIL);
        var good = new Scripted("good");
        good.batches.add(List.of(at(1, 1)));
        var sup = new SourceSupervisor(store, clock, IngestPolicy.DEFAULT, List.of(bad, good));
        sup.tick();
        assertThat(store.latest(A)).isPresent();
        assertThat(sup.sources()).extracting(SourceStatus::name, SourceStatus::connected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bad", false), org.assertj.core.groups.Tuple.tuple("good", true));
        assertThat(sup.sources().get(0).nextAttemptEpochMs()).isEqualTo(clock.millis() + 1_000);
        assertThat(bad.closes).isEqualTo(1);
        sup.close();
        assertThat(good.closes).isEqualTo(1);
    }

    @Test
    void aBadSampleIsNotMarkedStaleAndTheRecentRejectionsAreBounded() {
        var src = new Scripted("s");
        src.batches.add(List.of(new Sample(A, 5_000_000, 9, Quality.BAD)));
        var sup = new SourceSupervisor(store, clock, new IngestPolicy(1, 1, 10, 0), List.of(src));
        sup.tick();
        for (int i = 0; i < SourceSupervisor.RECENT_REJECTIONS + 5; i++) {
            src.batches.add(List.of(at(i, i)));
        }
        clock.advanceMs(10);
        for (int i = 0; i < SourceSupervisor.RECENT_REJECTIONS + 5; i++) {
            sup.tick();
        }
        assertThat(store.latest(A).orElseThrow().quality()).isEqualTo(Quality.BAD);
        assertThat(sup.stats().staleMarks()).isZero();
        assertThat(sup.stats().rejectedLate()).isEqualTo(SourceSupervisor.RECENT_REJECTIONS + 5);
        assertThat(sup.recentRejections()).hasSize(SourceSupervisor.RECENT_REJECTIONS)
                .first().extracting(r -> r.sample().value()).isEqualTo(5.0);
    }

    /** The in-memory store, except that {@code append} fails as {@link #fail} says. */
    private static final class FlakyStore extends ForwardingTelemetryStore {
        Predicate<List<Sample>> badInput = b -> false;
        Predicate<List<Sample>> fail = b -> false;

        FlakyStore() {
            super(new InMemoryTelemetryStore());
        }

        @Override
        public void append(List<Sample> batch) {
            if (badInput.test(batch)) {
                throw new IllegalArgumentException("refused");
            }
            if (fail.test(batch)) {
                throw new IllegalStateException("disk full");
            }
            super.append(batch);
        }
    }

    @Test
    void aSampleTheStoreWouldRefuseIsRejectedAloneAndTheRestOfTheBatchIsStored() {
        var src = new Scripted("lp");
        var good = new Sample(SeriesKey.of("good"), 1_767_225_600_000_000L, 1, Quality.GOOD);
        src.batches.add(List.of(good, new Sample(SeriesKey.of("old"), -5, 2, Quality.GOOD)));
        src.batches.add(List.of(new Sample(SeriesKey.of("old"), 1_767_225_600_000_001L, 3, Quality.GOOD)));
        var sup = new SourceSupervisor(store, clock, IngestPolicy.DEFAULT, List.of(src));
        sup.tick();
        assertThat(store.latest(SeriesKey.of("good"))).contains(good);
        assertThat(sup.stats().accepted()).isEqualTo(1);
        assertThat(sup.stats().rejectedInvalid()).isEqualTo(1);
        assertThat(sup.recentRejections()).singleElement().extracting(Rejection::source, Rejection::reason)
                .containsExactly("lp", "invalid: timestamp -5 µs is before 1970-01-01T00:00Z, the earliest time the"
                        + " store accepts");
        sup.tick(); // the refused sample did not become the series' newest
        assertThat(store.latest(SeriesKey.of("old"))).map(Sample::value).contains(3.0);
    }

    @Test
    void whenTheStoreRefusesABatchItIsAppendedSampleBySample() {
        var flaky = new FlakyStore();
        flaky.badInput = b -> b.stream().anyMatch(s -> s.value() == 13);
        var src = new Scripted("s");
        src.batches.add(List.of(at(1, 1), at(2, 13), at(3, 3)));
        var sup = new SourceSupervisor(flaky, clock, IngestPolicy.DEFAULT, List.of(src));
        sup.tick();
        assertThat(flaky.range(A, 0, Long.MAX_VALUE)).extracting(Sample::value).containsExactly(1.0, 3.0);
        assertThat(sup.stats().accepted()).isEqualTo(2);
        assertThat(sup.stats().rejectedInvalid()).isEqualTo(1);
        assertThat(sup.recentRejections()).singleElement().extracting(Rejection::reason).isEqualTo("invalid: refused");
    }

    @Test
    void aStoreFailureOrAThrowingCloseDoesNotAbortTheRestOfTheTick() {
        var flaky = new FlakyStore();
        flaky.fail = b -> b.stream().anyMatch(s -> s.series().name().equals("first"));
        var first = new Scripted("first");
        first.batches.add(List.of(new Sample(SeriesKey.of("first"), 1, 1, Quality.GOOD)));
        var throwsOnClose = new Scripted("closer") {
            @Override
            public void close() {
                closes++;
                throw new IllegalStateException("close failed");
            }
        };
        throwsOnClose.batches.add(FAIL);
        var second = new Scripted("second");
        second.batches.add(List.of(at(1_000_000, 1)));
        var sup = new SourceSupervisor(flaky, clock, new IngestPolicy(1, 1, 10, 0),
                List.of(first, throwsOnClose, second));
        sup.tick();
        assertThat(flaky.latest(A)).isPresent();
        assertThat(sup.stats().storeFailures()).isEqualTo(1);
        assertThat(sup.stats().lostToStore()).isEqualTo(1);
        assertThat(sup.lastStoreError()).isEqualTo("append (first) failed: java.lang.IllegalStateException: disk full");
        assertThat(throwsOnClose.closes).isEqualTo(1);
        assertThat(sup.sources().get(1).connected()).isFalse();
        flaky.fail = b -> true;
        clock.advanceMs(20);
        sup.tick(); // the stale marks fail; the tick still returns
        assertThat(sup.stats().storeFailures()).isEqualTo(2);
        sup.close();
        assertThat(second.closes).isEqualTo(1);
    }
}
