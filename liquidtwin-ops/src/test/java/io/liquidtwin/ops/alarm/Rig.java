package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.ops.store.TelemetryStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test rig: a fake clock, an in-memory store and an engine over given definitions; restart makes a new engine. */
final class Rig {
    static final SeriesKey TEMP = new SeriesKey("cdu.secondary_supply_temp", Map.of("plant", "test"));

    final FakeClock clock = new FakeClock();
    final TelemetryStore store;
    final List<AlarmDefinition> defs;
    AlarmEngine engine;

    Rig(TelemetryStore store, AlarmDefinition... defs) {
        this.store = store;
        this.defs = List.of(defs);
        this.engine = new AlarmEngine(store, this.defs, clock);
    }

    Rig(AlarmDefinition... defs) {
        this(new InMemoryTelemetryStore(), defs);
    }

    /** A HI limit alarm on TEMP at 45 with deadband 2 and the given options. */
    static AlarmDefinition hi(String id, long onS, long offS, boolean latching, long reAlarmS) {
        return new AlarmDefinition(id, TEMP, new Condition.Limit(Condition.LimitType.HI, 45, 2), Priority.HIGH,
                Duration.ofSeconds(onS), Duration.ofSeconds(offS), latching, Duration.ofSeconds(reAlarmS),
                Optional.empty());
    }

    static AlarmDefinition hi(String id) {
        return hi(id, 0, 0, false, 0);
    }

    /** Feeds a sample of {@code series} at the clock's now. */
    void feed(SeriesKey series, double value) {
        engine.onSample(new Sample(series, clock.micros(), value, Quality.GOOD));
    }

    /** Feeds a sample of {@code series} with {@code quality} at the clock's now. */
    void feed(SeriesKey series, double value, Quality quality) {
        engine.onSample(new Sample(series, clock.micros(), value, quality));
    }

    void feed(double value) {
        feed(TEMP, value);
    }

    /** Advances the clock and ticks the engine each second. */
    void run(long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advanceSeconds(1);
            engine.tick();
        }
    }

    AlarmState state(String id) {
        return engine.state(id);
    }

    /** A new engine restored from the same store (a restart). */
    void restart() {
        engine = AlarmEngine.restore(store, defs, clock);
    }

    List<String> journalTypes(String type) {
        return store.journal(AlarmJournal.STREAM, Long.MIN_VALUE).stream().map(JournalEntry::payload)
                .filter(p -> p.contains("\"type\":\"" + type + "\"")).toList();
    }

    List<AlarmTransition> transitions() {
        return store.journal(AlarmJournal.STREAM, Long.MIN_VALUE).stream()
                .filter(e -> e.payload().contains("\"type\":\"transition\""))
                .map(e -> AlarmJournal.transition(JournalJson.read(e.payload()), e.epochMicros())).toList();
    }
}
