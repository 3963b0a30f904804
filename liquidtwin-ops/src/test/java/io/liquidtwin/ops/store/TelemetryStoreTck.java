package io.liquidtwin.ops.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The compatibility kit every {@link TelemetryStore} passes: a subclass supplies only {@link #newStore()}.
 */
abstract class TelemetryStoreTck {

    /** 2026-01-01T00:00Z, epoch µs: a day boundary, so day partitions and bucket multiples line up. */
    static final long T0 = 1_767_225_600_000_000L;
    static final long SECOND = 1_000_000L;
    static final SeriesKey TEMP = new SeriesKey("cdu.supply_temp", Map.of("plant", "qingdao", "unit", "degC"));
    static final SeriesKey FLOW = new SeriesKey("cdu.flow", Map.of("plant", "qingdao", "unit", "lpm"));
    static final SeriesKey OTHER = new SeriesKey("cdu.flow", Map.of("plant", "oslo", "unit", "lpm"));

    protected TelemetryStore store;

    /** @return a fresh, empty store */
    protected abstract TelemetryStore newStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Sample s(SeriesKey k, long t, double v) {
        return new Sample(k, t, v, Quality.GOOD);
    }

    /** Closed form: v(i) = i mod 7 − 3 + i / 100, sampled every second from T0. */
    static double closedForm(int i) {
        return (i % 7) - 3 + i / 100.0;
    }

    @Test
    void rangeReturnsHalfOpenIntervalInTimeOrderWhateverTheAppendOrder() {
        store.append(List.of(s(TEMP, T0 + 2 * SECOND, 2), s(TEMP, T0, 0), s(FLOW, T0, 99)));
        store.append(List.of(s(TEMP, T0 + SECOND, 1), s(TEMP, T0 + 3 * SECOND, 3)));
        assertThat(store.range(TEMP, T0, T0 + 3 * SECOND)).extracting(Sample::value).containsExactly(0.0, 1.0, 2.0);
        assertThat(store.range(TEMP, T0 + SECOND, T0 + 10 * SECOND)).extracting(Sample::epochMicros)
                .containsExactly(T0 + SECOND, T0 + 2 * SECOND, T0 + 3 * SECOND);
        assertThat(store.range(FLOW, 0, Long.MAX_VALUE)).containsExactly(s(FLOW, T0, 99));
    }

    @Test
    void sameSeriesAndTimestampReplacesIncludingQuality() {
        store.append(List.of(s(TEMP, T0, 1), s(TEMP, T0 + SECOND, 2)));
        store.append(List.of(new Sample(TEMP, T0, 5, Quality.SUBSTITUTED)));
        store.append(List.of(s(TEMP, T0, 1), s(TEMP, T0 + SECOND, 2))); // replay of the first batch
        store.append(List.of(new Sample(TEMP, T0, 7, Quality.BAD)));
        assertThat(store.range(TEMP, T0, T0 + 2 * SECOND)).containsExactly(
                new Sample(TEMP, T0, 7, Quality.BAD), s(TEMP, T0 + SECOND, 2));
        assertThat(store.range(FLOW, T0, T0 + 2 * SECOND)).isEmpty();
    }

    @Test
    void duplicateSeriesAndTimestampInsideOneBatchLastOneWins() {
        store.append(List.of(s(TEMP, T0, 1), s(FLOW, T0, 10), new Sample(TEMP, T0, 2, Quality.BAD),
                s(TEMP, T0 + SECOND, 3), s(TEMP, T0, 4)));
        assertThat(store.range(TEMP, 0, Long.MAX_VALUE)).containsExactly(s(TEMP, T0, 4), s(TEMP, T0 + SECOND, 3));
        assertThat(store.range(FLOW, 0, Long.MAX_VALUE)).containsExactly(s(FLOW, T0, 10));
        assertThat(store.latest(TEMP)).contains(s(TEMP, T0 + SECOND, 3));
        assertThat(store.downsample(TEMP, T0, T0 + 60 * SECOND, 60 * SECOND)).containsExactly(
                new Bucket(T0, 2, 3, 4, 3.5, 3));
    }

    @Test
    void everyQualityRoundTrips() {
        List<Sample> batch = new ArrayList<>();
        for (Quality q : Quality.values()) {
            batch.add(new Sample(TEMP, T0 + q.ordinal() * SECOND, q.ordinal() + 0.5, q));
        }
        store.append(batch);
        assertThat(store.range(TEMP, T0, T0 + 10 * SECOND)).containsExactlyElementsOf(batch);
    }

    @Test
    void downsampleMatchesHandComputationOnClosedFormSeries() {
        List<Sample> batch = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            batch.add(s(TEMP, T0 + i * SECOND, closedForm(i)));
        }
        store.append(batch);
        long width = 7 * SECOND; // not a divisor of a minute: buckets are multiples of 7 s since the epoch
        long from = T0 + 100 * SECOND + 1;
        long to = T0 + 500 * SECOND;
        List<Bucket> got = store.downsample(TEMP, from, to, width);
        List<Bucket> want = new ArrayList<>();
        long first = Math.floorDiv(from, width) * width;
        for (long start = first; start < to; start += width) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0, last = 0;
            int n = 0;
            for (int i = 0; i < 600; i++) {
                long t = T0 + i * SECOND;
                if (t >= Math.max(start, from) && t < Math.min(start + width, to)) {
                    double v = closedForm(i);
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    sum += v;
                    last = v;
                    n++;
                }
            }
            if (n > 0) {
                want.add(new Bucket(start, n, min, max, sum / n, last));
            }
        }
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            Bucket g = got.get(i), w = want.get(i);
            assertThat(g.startMicros()).as("bucket %d start", i).isEqualTo(w.startMicros());
            assertThat(g.startMicros() % width).isZero();
            assertThat(g.count()).as("bucket %d count", i).isEqualTo(w.count());
            assertThat(g.min()).isEqualTo(w.min());
            assertThat(g.max()).isEqualTo(w.max());
            assertThat(g.mean()).isCloseTo(w.mean(), within(1e-12));
            assertThat(g.last()).as("bucket %d last", i).isEqualTo(w.last());
        }
    }

    @Test
    void downsampleSkipsEmptyBucketsAndSeparatesSeries() {
        store.append(List.of(s(TEMP, T0, 1), s(TEMP, T0 + 10 * SECOND, 3), s(TEMP, T0 + 125 * SECOND, 5),
                s(FLOW, T0 + 61 * SECOND, 100)));
        assertThat(store.downsample(TEMP, T0, T0 + 3600 * SECOND, 60 * SECOND)).containsExactly(
                new Bucket(T0, 2, 1, 3, 2, 3), new Bucket(T0 + 120 * SECOND, 1, 5, 5, 5, 5));
    }

    @Test
    void downsampleWithAWidthOfNoRoundUnit() {
        long width = 3_600 * SECOND + 1; // one hour and a microsecond
        store.append(List.of(s(TEMP, T0, 1), s(TEMP, T0 + 3_600 * SECOND, 2), s(TEMP, T0 + 7_300 * SECOND, 4)));
        long b0 = Math.floorDiv(T0, width) * width;
        long b1 = Math.floorDiv(T0 + 3_600 * SECOND, width) * width;
        long b2 = Math.floorDiv(T0 + 7_300 * SECOND, width) * width;
        List<Bucket> got = store.downsample(TEMP, T0, T0 + 10_000 * SECOND, width);
        List<Bucket> want = new ArrayList<>();
        if (b0 == b1) {
            want.add(new Bucket(b0, 2, 1, 2, 1.5, 2));
        } else {
            want.add(new Bucket(b0, 1, 1, 1, 1, 1));
            want.add(new Bucket(b1, 1, 2, 2, 2, 2));
        }
        want.add(new Bucket(b2, 1, 4, 4, 4, 4));
        assertThat(got).containsExactlyElementsOf(want);
    }

    @Test
    void latestIsTheNewestTimestampNotTheNewestAppend() {
        assertThat(store.latest(TEMP)).isEmpty();
        store.append(List.of(s(TEMP, T0 + 5 * SECOND, 5), s(FLOW, T0 + 9 * SECOND, 9)));
        store.append(List.of(s(TEMP, T0 + SECOND, 1)));
        assertThat(store.latest(TEMP)).contains(s(TEMP, T0 + 5 * SECOND, 5));
        assertThat(store.latest(FLOW)).contains(s(FLOW, T0 + 9 * SECOND, 9));
        assertThat(store.latest(SeriesKey.of("never.seen"))).isEmpty();
    }

    @Test
    void seriesSearchByTags() {
        store.append(List.of(s(TEMP, T0, 1), s(FLOW, T0, 2), s(OTHER, T0, 3)));
        assertThat(store.series(Map.of())).containsExactly(sortedById(OTHER, FLOW, TEMP));
        assertThat(store.series(Map.of("plant", "qingdao"))).containsExactly(sortedById(FLOW, TEMP));
        assertThat(store.series(Map.of("plant", "qingdao", "unit", "lpm"))).containsExactly(FLOW);
        assertThat(store.series(Map.of("plant", "nowhere"))).isEmpty();
    }

    private static SeriesKey[] sortedById(SeriesKey... keys) {
        return java.util.Arrays.stream(keys).sorted(java.util.Comparator.comparing(SeriesKey::id))
                .toArray(SeriesKey[]::new);
    }

    @Test
    void retentionDropsOlderSamplesOnlyAndCountsThem() {
        long day = 86_400 * SECOND;
        store.append(List.of(s(TEMP, T0, 0), s(TEMP, T0 + day, 1), s(TEMP, T0 + day + 10 * SECOND, 2),
                s(FLOW, T0 + 2 * day, 3)));
        assertThat(store.applyRetention(T0 + day + 5 * SECOND)).isEqualTo(2);
        assertThat(store.range(TEMP, 0, Long.MAX_VALUE)).containsExactly(s(TEMP, T0 + day + 10 * SECOND, 2));
        assertThat(store.latest(FLOW)).contains(s(FLOW, T0 + 2 * day, 3));
        assertThat(store.downsample(TEMP, 0, T0 + 3 * day, day)).containsExactly(
                new Bucket(T0 + day, 1, 2, 2, 2, 2));
        assertThat(store.applyRetention(T0)).isZero(); // the horizon never moves back
        store.append(List.of(s(TEMP, T0 + 2 * SECOND, 42))); // already expired: ignored
        assertThat(store.range(TEMP, 0, T0 + day + 5 * SECOND)).isEmpty();
        assertThat(store.applyRetention(T0 + 3 * day)).isEqualTo(2);
        assertThat(store.latest(TEMP)).isEmpty();
    }

    @Test
    void seriesWhoseSamplesAllFellBelowTheRetentionFloorIsNotListed() {
        long day = 86_400 * SECOND;
        store.append(List.of(s(TEMP, T0, 1), s(TEMP, T0 + 2 * day, 2)));
        store.applyRetention(T0 + day);
        // Every sample of FLOW has already expired, so FLOW is never stored; OTHER has one live sample.
        store.append(List.of(s(FLOW, T0, 1), s(FLOW, T0 + SECOND, 2), s(OTHER, T0, 3), s(OTHER, T0 + 3 * day, 4)));
        assertThat(store.series(Map.of())).containsExactly(sortedById(OTHER, TEMP));
        assertThat(store.series(Map.of("plant", "qingdao"))).containsExactly(TEMP);
        assertThat(store.range(FLOW, 0, Long.MAX_VALUE)).isEmpty();
        assertThat(store.latest(FLOW)).isEmpty();
        assertThat(store.range(OTHER, 0, Long.MAX_VALUE)).containsExactly(s(OTHER, T0 + 3 * day, 4));
    }

    @Test
    void aSeriesOnceStoredStaysListedAfterRetentionHidesAllItsSamples() {
        store.append(List.of(s(TEMP, T0, 1), s(FLOW, T0 + 10 * SECOND, 2)));
        assertThat(store.applyRetention(T0 + 5 * SECOND)).isEqualTo(1);
        assertThat(store.range(TEMP, 0, Long.MAX_VALUE)).isEmpty();
        assertThat(store.series(Map.of())).containsExactly(sortedById(FLOW, TEMP));
    }

    @Test
    void journalIsAppendOnlyAReplayedEntryIsStoredAgain() {
        JournalEntry e = new JournalEntry("alarms", T0, "{\"a\":1}");
        store.appendJournal(e);
        store.appendJournal(new JournalEntry("alarms", T0 + 1, "{\"a\":2}"));
        store.appendJournal(e); // a producer replaying an entry it is unsure was acknowledged
        assertThat(store.journal("alarms", 0)).containsExactly(e, new JournalEntry("alarms", T0 + 1, "{\"a\":2}"), e);
    }

    @Test
    void journalReadsBackInAppendOrderPerStream() {
        store.appendJournal(new JournalEntry("alarms", T0 + 5, "{\"a\":1}"));
        store.appendJournal(new JournalEntry("audit", T0 + 1, "op1"));
        store.appendJournal(new JournalEntry("alarms", T0 + 2, "{\"a\":2}")); // earlier time, later append
        store.appendJournal(new JournalEntry("alarms", T0 + 5, "{\"a\":3}")); // same time, both kept
        store.appendJournal(new JournalEntry("alarms", T0 + 7, "ünïcødé ✓"));
        assertThat(store.journal("alarms", 0)).extracting(JournalEntry::payload)
                .containsExactly("{\"a\":1}", "{\"a\":2}", "{\"a\":3}", "ünïcødé ✓");
        assertThat(store.journal("alarms", T0 + 5)).extracting(JournalEntry::payload)
                .containsExactly("{\"a\":1}", "{\"a\":3}", "ünïcødé ✓");
        assertThat(store.journal("audit", 0)).containsExactly(new JournalEntry("audit", T0 + 1, "op1"));
        assertThat(store.journal("none", 0)).isEmpty();
    }

    @Test
    void emptyRangesAndEmptyBatches() {
        store.append(List.of());
        store.append(List.of(s(TEMP, T0, 1)));
        assertThat(store.range(TEMP, T0, T0)).isEmpty();
        assertThat(store.range(TEMP, T0 + 1, T0)).isEmpty();
        assertThat(store.range(SeriesKey.of("unknown"), 0, Long.MAX_VALUE)).isEmpty();
        assertThat(store.downsample(TEMP, T0 + 1, T0 + 2, SECOND)).isEmpty();
        assertThat(store.downsample(TEMP, T0 + 5, T0, SECOND)).isEmpty();
        assertThat(store.recoveryReport()).isEmpty();
    }

    @Test
    void readersRunConcurrentlyWithTheWriterAndSeeWholeBatches() throws Exception {
        int batches = 40;
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            readers.add(Thread.ofPlatform().start(() -> {
                try {
                    long seen = 0;
                    while (!done.get()) {
                        int n = store.range(TEMP, 0, Long.MAX_VALUE).size();
                        if (n % 10 != 0 || n < seen) {
                            throw new AssertionError("saw " + n + " samples after " + seen);
                        }
                        seen = n;
                        store.latest(TEMP);
                        store.downsample(TEMP, T0, T0 + batches * 10 * SECOND, 60 * SECOND);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }));
        }
        for (int b = 0; b < batches; b++) {
            List<Sample> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                batch.add(s(TEMP, T0 + (b * 10 + i) * SECOND, b));
            }
            store.append(batch);
        }
        done.set(true);
        for (Thread t : readers) {
            t.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(store.range(TEMP, 0, Long.MAX_VALUE)).hasSize(batches * 10);
    }

    @Test
    void closedStoreRefusesEveryCall() {
        store.close();
        store.close(); // idempotent
        assertThatThrownBy(() -> store.append(List.of(s(TEMP, T0, 1)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> store.range(TEMP, 0, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.downsample(TEMP, 0, 1, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.latest(TEMP)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.series(Map.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.applyRetention(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.appendJournal(new JournalEntry("a", 1, "x")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.journal("a", 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndWritesNothing() {
        store.append(List.of(s(TEMP, T0, 1)));
        assertThatThrownBy(() -> store.append(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch");
        List<Sample> withNull = new ArrayList<>();
        withNull.add(s(TEMP, T0 + SECOND, 2));
        withNull.add(null);
        assertThatThrownBy(() -> store.append(withNull)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch[1]");
        assertThatThrownBy(() -> store.append(List.of(s(TEMP, T0 + 2 * SECOND, 3), s(TEMP, -1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch[1].epochMicros");
        assertThatThrownBy(() -> store.append(List.of(s(TEMP, Long.MAX_VALUE, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochMicros");
        assertThatThrownBy(() -> s(TEMP, T0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> store.downsample(TEMP, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucketMicros");
        assertThatThrownBy(() -> store.range(null, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series");
        assertThatThrownBy(() -> store.series(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tagFilter");
        assertThatThrownBy(() -> store.appendJournal(new JournalEntry("bad stream!", T0, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> store.appendJournal(new JournalEntry("a", T0, "x".repeat(65 * 1024))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload");
        assertThatThrownBy(() -> store.appendJournal(new JournalEntry("a", -5, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochMicros");
        // nothing of the rejected batches was stored
        assertThat(store.range(TEMP, 0, Long.MAX_VALUE)).containsExactly(s(TEMP, T0, 1));
        assertThat(store.journal("a", 0)).isEmpty();
    }
}
