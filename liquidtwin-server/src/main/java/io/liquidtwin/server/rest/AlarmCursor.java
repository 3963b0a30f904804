package io.liquidtwin.server.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.ops.store.TelemetryStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the alarm engine's journal (stream {@code alarms}) from where the last read stopped. Entries are appended
 * in twin-time order, so the cursor is a time and the number of entries already seen at that time.
 */
final class AlarmCursor {

    /** The journal stream of the alarm engine (ops.alarm.AlarmJournal.STREAM). */
    static final String STREAM = "alarms";

    private final TelemetryStore store;
    private long cursorMicros;
    private int seenAtCursor;

    /** A cursor after every entry stamped before {@code fromMicros} and every entry already there. */
    AlarmCursor(TelemetryStore store, long fromMicros) {
        this(store, fromMicros, false);
    }

    /**
     * @param includeExisting whether the entries already there from {@code fromMicros} on are still to be read (a
     *                        history) or skipped (a live cursor)
     */
    AlarmCursor(TelemetryStore store, long fromMicros, boolean includeExisting) {
        this.store = store;
        this.cursorMicros = fromMicros;
        if (!includeExisting) {
            advance(store.journal(STREAM, fromMicros));
        }
    }

    /** One journal entry, its flat JSON payload parsed. */
    record Entry(long epochMicros, ObjectNode payload) {
    }

    /** @return the entries appended since the last call, in append order */
    List<Entry> next() {
        List<JournalEntry> all = store.journal(STREAM, cursorMicros);
        List<JournalEntry> fresh = all.subList(Math.min(seenAtCursor, all.size()), all.size());
        List<Entry> out = new ArrayList<>(fresh.size());
        for (JournalEntry e : fresh) {
            try {
                if (Requests.JSON.readTree(e.payload()) instanceof ObjectNode o) {
                    out.add(new Entry(e.epochMicros(), o));
                }
            } catch (JsonProcessingException ex) {
                // not ours to judge: an entry that is not a JSON object is skipped
            }
        }
        advance(all);
        return out;
    }

    private void advance(List<JournalEntry> all) {
        if (all.isEmpty()) {
            seenAtCursor = 0;
            return;
        }
        long last = all.get(all.size() - 1).epochMicros();
        int n = 0;
        for (JournalEntry e : all) {
            if (e.epochMicros() == last) {
                n++;
            }
        }
        if (last == cursorMicros) {
            seenAtCursor = n;
        } else {
            cursorMicros = last;
            seenAtCursor = n;
        }
    }
}
