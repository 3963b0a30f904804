package io.liquidtwin.server.rest;

import static io.liquidtwin.server.redfish.Json.collection;
import static io.liquidtwin.server.redfish.Json.resource;
import static io.liquidtwin.server.rest.Requests.F;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.ops.store.JournalEntry;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.live.TwinSnapshot;
import io.liquidtwin.server.redfish.RedfishModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Manager's LogServices, read from the twin store's journals each time (nothing is copied, nothing deleted):
 * <ul>
 * <li>{@code .../LogServices/Alarms}: the alarm condition changes the EventService streams (the {@code alarms}
 * journal's condition transitions), as {@code Event} entries with the same registry messages (Environmental,
 * SensorEvent), severities and OriginOfCondition, stamped in twin time; Id {@code <epoch µs>-<n>}, the n-th journal
 * entry at that instant;</li>
 * <li>{@code .../LogServices/Audit}: the control audit trail (the {@code audit} journal: every command, applied,
 * denied or rejected, and Manager resets) as {@code Oem} entries (OemRecordFormat {@code LiquidTwinAudit}), stamped
 * in wall-clock time; Id the audit record's id. An applied command is ResourceEvent PropertyValueModifiedByClient
 * (a reset: ManagerEvent ManagerReset), a refused one the Base message it was refused with.</li>
 * </ul>
 * Each Entries collection lists the newest {@value #MAX_ENTRIES} entries, newest first. The logs cannot be cleared
 * through Redfish (the journals are the durable record): there is no ClearLog action.
 */
final class RedfishLogs {

    static final String SERVICES = RedfishModel.MANAGER + "/LogServices";
    static final String ALARMS = SERVICES + "/Alarms";
    static final String AUDIT = SERVICES + "/Audit";
    static final int MAX_ENTRIES = 1000;
    private static final String ALARM_STREAM = AlarmCursor.STREAM;
    private static final String AUDIT_STREAM = "audit";   // control.AuditLog.STREAM

    private final ServerContext ctx;

    RedfishLogs(ServerContext ctx) {
        this.ctx = ctx;
    }

    /** Registers the provider. */
    void register() {
        ctx.redfish().addProvider((uri, who) -> get(uri));
    }

    Optional<ObjectNode> get(String uri) {
        if (uri.equals(SERVICES)) {
            return Optional.of(collection(SERVICES, "LogServiceCollection", "Log Services", List.of(ALARMS, AUDIT)));
        }
        for (String log : List.of(ALARMS, AUDIT)) {
            boolean alarms = log.equals(ALARMS);
            if (uri.equals(log)) {
                return Optional.of(service(log, alarms));
            }
            if (uri.equals(log + "/Entries")) {
                List<ObjectNode> entries = alarms ? alarmEntries(0, null) : auditEntries(null);
                List<String> members = new ArrayList<>();
                for (int i = entries.size() - 1; i >= 0 && members.size() < MAX_ENTRIES; i--) {
                    members.add(entries.get(i).path("@odata.id").asText());
                }
                return Optional.of(collection(uri, "LogEntryCollection", alarms ? "Alarm Events" : "Control Audit",
                        members));
            }
            if (uri.startsWith(log + "/Entries/")) {
                String id = uri.substring(log.length() + "/Entries/".length());
                return alarms ? alarmEntry(id) : auditEntries(id).stream().findFirst();
            }
        }
        return Optional.empty();
    }

    private ObjectNode service(String uri, boolean alarms) {
        ObjectNode n = resource(uri, "#LogService.v1_9_0.LogService", alarms ? "Alarm Event Log" : "Control Audit Log");
        n.put("Description", alarms ? "The alarm condition changes of the twin (those the EventService streams),"
                + " stamped in twin time" : "Every control command (applied, denied or rejected) and Manager reset,"
                + " stamped in wall-clock time");
        long micros = alarms ? ctx.twin().epochMicrosNow() : micros(ctx.wallClock().instant());
        n.put("DateTime", Requests.rfc3339(micros - micros % 1_000_000));
        n.put("DateTimeLocalOffset", "+00:00");
        n.put("LogEntryType", alarms ? "Event" : "OEM");
        n.putArray("LogPurposes").add(alarms ? "Operations" : "Security");
        n.put("ServiceEnabled", true);
        n.put("Persistency", true);
        n.put("OverWritePolicy", "NeverOverWrites");
        n.putObject("Status").put("State", "Enabled").put("Health", "OK");
        n.putObject("Entries").put("@odata.id", uri + "/Entries");
        return n;
    }

    private Optional<ObjectNode> alarmEntry(String id) {
        Matcher m = Pattern.compile("(\\d{1,19})-(\\d{1,9})").matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        long at;
        try {
            at = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return alarmEntries(at, id).stream().findFirst();
    }

    /** @return the alarm log entries from {@code fromMicros}, oldest first (only {@code onlyId} when not null) */
    private List<ObjectNode> alarmEntries(long fromMicros, String onlyId) {
        TwinSnapshot snap = ctx.twin().snapshot();
        List<ObjectNode> out = new ArrayList<>();
        long last = Long.MIN_VALUE;
        int n = 0;
        for (JournalEntry j : ctx.twin().store().journal(ALARM_STREAM, fromMicros)) {
            n = j.epochMicros() == last ? n + 1 : 1;
            last = j.epochMicros();
            String id = j.epochMicros() + "-" + n;
            if (onlyId != null && !onlyId.equals(id)) {
                continue;
            }
            ObjectNode payload = parse(j.payload());
            if (payload == null) {
                continue;
            }
            Optional<RedfishEvents.AlarmMessage> am = RedfishEvents.message(ctx.twin(),
                    new AlarmCursor.Entry(j.epochMicros(), payload), snap);
            if (am.isPresent()) {
                EventMessage msg = am.get().message();
                ObjectNode e = entry(ALARMS + "/Entries/" + id, "Alarm " + am.get().alarmId(), j.epochMicros());
                e.put("EntryType", "Event");
                message(e, msg.messageId(), msg.message(am.get().args()), am.get().args(), msg.severity());
                e.putObject("Links").putObject("OriginOfCondition").put("@odata.id", am.get().origin());
                out.add(e);
            }
        }
        return out;
    }

    /** @return the audit log entries, oldest first (only {@code onlyId} when not null) */
    private List<ObjectNode> auditEntries(String onlyId) {
        List<ObjectNode> out = new ArrayList<>();
        for (JournalEntry j : ctx.twin().store().journal(AUDIT_STREAM, 0)) {
            ObjectNode a = parse(j.payload());
            if (a == null || a.path("id").asText().isEmpty() || onlyId != null && !onlyId.equals(a.path("id")
                    .asText())) {
                continue;
            }
            ObjectNode e = entry(AUDIT + "/Entries/" + a.path("id").asText(), "Audit " + a.path("command").asText()
                    + " " + a.path("target").asText(), j.epochMicros());
            e.put("EntryType", "Oem");
            e.put("OemRecordFormat", "LiquidTwinAudit");
            e.put("Username", a.path("user").asText());
            String outcome = a.path("outcome").asText();
            if (outcome.equals("applied")) {
                if (a.path("command").asText().equals("managerReset")) {
                    List<String> args = List.of(a.path("target").asText(), a.path("requested").path("ResetType")
                            .asText("GracefulRestart"));
                    message(e, "ManagerEvent.1.0.ManagerReset", "Manager `" + args.get(0) + "` performed a '"
                            + args.get(1) + "' type of reset.", args, "OK");
                } else {
                    List<String> args = List.of(a.path("target").asText() + " " + a.path("command").asText(),
                            a.path("requested").toString());
                    message(e, "ResourceEvent.1.4.PropertyValueModifiedByClient", "The property " + args.get(0)
                            + " was assigned the value '" + args.get(1) + "' due to modification by a client.", args,
                            "OK");
                }
            } else {
                refused(e, a.path("detail").asText());
            }
            out.add(e);
        }
        return out;
    }

    /** Sets the Base message a refused command was refused with (recognised from its text). */
    private static void refused(ObjectNode e, String detail) {
        for (Problem p : Problem.values()) {
            int count = p.argumentCount();
            String[] groups = new String[count];
            for (int i = 0; i < count; i++) {
                groups[i] = "\u0000" + (i + 1) + "\u0000";
            }
            String template = p.message((Object[]) groups);
            String regex = Pattern.quote(template).replaceAll("\u0000\\d+\u0000", "\\\\E(.*)\\\\Q");
            Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(detail);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    args.add(m.group(i));
                }
                message(e, p.messageId(), detail, args, p.severity());
                return;
            }
        }
        message(e, Problem.GENERAL_ERROR.messageId(), detail, List.of(), "Critical");
    }

    private static ObjectNode entry(String uri, String name, long micros) {
        ObjectNode e = resource(uri, "#LogEntry.v1_21_0.LogEntry", name);
        e.put("Created", Requests.rfc3339(micros));
        e.put("EventTimestamp", Requests.rfc3339(micros));
        return e;
    }

    private static void message(ObjectNode e, String id, String text, List<String> args, String severity) {
        e.put("MessageId", id);
        e.put("Message", text);
        ArrayNode a = e.putArray("MessageArgs");
        args.forEach(a::add);
        e.put("Severity", severity);
    }

    private static ObjectNode parse(String payload) {
        try {
            JsonNode n = Requests.JSON.readTree(payload);
            return n instanceof ObjectNode o ? o : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static long micros(Instant t) {
        return Math.multiplyExact(t.getEpochSecond(), 1_000_000L) + t.getNano() / 1000;
    }


}
