package io.liquidtwin.ops.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The QuestDB store against the compatibility kit, plus what only a durable store promises. */
class QuestDbTelemetryStoreTest extends TelemetryStoreTck {

    @TempDir
    Path dir;

    @Override
    protected TelemetryStore newStore() {
        return QuestDbTelemetryStore.open(dir);
    }

    @Test
    void reopeningTheDirectorySeesEverything() {
        List<Sample> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(new Sample(i % 2 == 0 ? TEMP : FLOW, T0 + i * SECOND, closedForm(i), Quality.values()[i % 4]));
        }
        store.append(batch);
        store.appendJournal(new JournalEntry("alarms", T0, "first"));
        store.appendJournal(new JournalEntry("alarms", T0 - 1, "second"));
        store.applyRetention(T0 + 10 * SECOND);
        store.close();

        store = QuestDbTelemetryStore.open(dir);
        assertThat(store.recoveryReport()).isEmpty();
        assertThat(store.series(Map.of("plant", "qingdao"))).containsExactly(FLOW, TEMP);
        List<Sample> expected = batch.stream().filter(x -> x.series().equals(TEMP)
                && x.epochMicros() >= T0 + 10 * SECOND).toList();
        assertThat(store.range(TEMP, 0, Long.MAX_VALUE)).containsExactlyElementsOf(expected);
        store.appendJournal(new JournalEntry("alarms", T0 - 2, "third"));
        assertThat(store.journal("alarms", 0)).extracting(JournalEntry::payload)
                .containsExactly("first", "second", "third");
        store.append(List.of(new Sample(TEMP, T0 + 5 * SECOND, 1, Quality.GOOD))); // below the kept floor
        assertThat(store.range(TEMP, 0, T0 + 10 * SECOND)).isEmpty();
    }

    @Test
    void aSecondOwnerOfTheDirectoryIsToldClearly() {
        assertThatThrownBy(() -> QuestDbTelemetryStore.open(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another LiquidTwin process owns");
        store.append(List.of(new Sample(TEMP, T0, 1, Quality.GOOD))); // the owner is unaffected
        assertThat(store.latest(TEMP)).isPresent();
    }

    @Test
    void badOpenArgumentsNameTheParameter() {
        assertThatThrownBy(() -> QuestDbTelemetryStore.open(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataDir");
        assertThatThrownBy(() -> QuestDbTelemetryStore.open(dir.resolve("x"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durability");
    }

    @Test
    void powerLossDurabilityModeWorksToo() {
        store.close();
        store = QuestDbTelemetryStore.open(dir, QuestDbTelemetryStore.Durability.POWER_LOSS);
        store.append(List.of(new Sample(TEMP, T0, 1, Quality.GOOD)));
        assertThat(store.latest(TEMP)).isPresent();
    }
}
