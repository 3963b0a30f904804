package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.ops.store.TelemetryStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the alarm engine's records to the journal stream {@value #STREAM} of a {@link TelemetryStore} as flat JSON
 * with a {@code type}: {@code transition} (an {@link AlarmTransition}), {@code condition} ({@code alarm},
 * {@code active}, {@code value}: a debounced condition change while the alarm is hidden), {@code flood} ({@code event} start|end,
 * {@code count}), {@code chatter} ({@code alarm}, {@code count}) and {@code reaction} ({@code alarm}, {@code cdu},
 * {@code reaction} Redfish name, {@code phase} armed|cancelled|applying|applied|failed, {@code dueMicros}, {@code error} when failed).
 */
final class AlarmJournal {

    /** The journal stream. */
    static final String STREAM = "alarms";

    private final TelemetryStore store;

    AlarmJournal(TelemetryStore store) {
        this.store = store;
    }

    /** Appends a transition; durable when it returns. */
    void write(AlarmTransition t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "transition");
        m.put("alarm", t.alarmId());
        m.put("from", t.from().name());
        m.put("to", t.to().name());
        m.put("cause", t.cause().name());
        m.put("value", t.value());
        m.put("who", t.who());
        m.put("shelvedUntilMicros", t.shelvedUntilMicros());
        m.put("conditionActive", t.conditionActive());
        store.appendJournal(new JournalEntry(STREAM, t.epochMicros(), JournalJson.write(m)));
    }

    /** Appends an event of {@code type} with its members. */
    void event(String type, long epochMicros, Map<String, Object> members) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.putAll(members);
        store.appendJournal(new JournalEntry(STREAM, epochMicros, JournalJson.write(m)));
    }

    /** @return the transition in a {@code transition} entry's members */
    static AlarmTransition transition(Map<String, String> m, long epochMicros) {
        String v = m.get("value");
        return new AlarmTransition(m.get("alarm"), AlarmState.valueOf(m.get("from")), AlarmState.valueOf(m.get("to")),
                Cause.valueOf(m.get("cause")), v == null ? Double.NaN : Double.parseDouble(v), epochMicros,
                m.get("who"), Long.parseLong(m.get("shelvedUntilMicros")),
                Boolean.parseBoolean(m.get("conditionActive")));
    }
}
