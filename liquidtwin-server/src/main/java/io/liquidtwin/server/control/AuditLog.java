package io.liquidtwin.server.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.ops.store.TelemetryStore;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The durable control audit trail: one journal entry per command in the store's {@value #STREAM} stream, stamped with
 * the command's wall-clock time; the payload is the {@link AuditRecord} as JSON ({@link #toJson}). An entry is durable
 * when {@link #append} returns (the store's contract), so a command acknowledged to a client survives a crash together
 * with its audit entry.
 */
public final class AuditLog {

    /** The journal stream of the audit trail. */
    public static final String STREAM = "audit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TelemetryStore store;

    public AuditLog(TelemetryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Appends a record; durable when it returns. */
    public void append(AuditRecord r) {
        try {
            store.appendJournal(new JournalEntry(STREAM, r.wallMicros(), JSON.writeValueAsString(toJson(r))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param fromMicros the earliest wall-clock time, epoch µs
     * @param limit      at most this many (the newest ones), ≥ 1
     * @return the records since {@code fromMicros}, oldest first
     */
    public List<AuditRecord> since(long fromMicros, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be ≥ 1, got " + limit);
        }
        List<JournalEntry> entries = store.journal(STREAM, fromMicros);
        List<AuditRecord> out = new ArrayList<>();
        for (JournalEntry e : entries.subList(Math.max(0, entries.size() - limit), entries.size())) {
            out.add(fromJson(e.payload()));
        }
        return out;
    }

    /** @return the record as the JSON object the journal and {@code GET /api/audit} carry */
    public static ObjectNode toJson(AuditRecord r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id());
        n.put("wallMicros", r.wallMicros());
        n.put("wallTime", java.time.Instant.EPOCH.plusNanos(r.wallMicros() * 1000).toString());
        n.put("twinMicros", r.twinMicros());
        n.put("twinTime", java.time.Instant.EPOCH.plusNanos(r.twinMicros() * 1000).toString());
        n.put("user", r.user());
        n.put("role", r.role());
        n.put("session", r.session());
        n.put("via", r.via().name());
        n.put("command", r.command().name());
        n.put("target", r.target());
        n.set("requested", r.requested());
        n.set("before", r.before());
        n.set("after", r.after());
        n.put("outcome", r.outcome().name());
        n.put("detail", r.detail());
        return n;
    }

    static AuditRecord fromJson(String payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            return new AuditRecord(n.path("id").asText(), n.path("wallMicros").asLong(), n.path("twinMicros").asLong(),
                    n.path("user").asText(), n.path("role").asText(), n.path("session").asText(),
                    Via.valueOf(n.path("via").asText()), Command.valueOf(n.path("command").asText()),
                    n.path("target").asText(), nullable(n.get("requested")), nullable(n.get("before")),
                    nullable(n.get("after")), Outcome.valueOf(n.path("outcome").asText()), n.path("detail").asText());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode nullable(JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }
}
