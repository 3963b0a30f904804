package io.liquidtwin.server.rest;

import static io.liquidtwin.server.rest.Requests.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.Condition;
import io.liquidtwin.ops.alarm.Priority;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.live.TwinSnapshot;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.security.Privilege;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Redfish EventService: {@code /redfish/v1/EventService} (SSE only: {@code ServerSentEventUri}),
 * {@code /redfish/v1/EventService/Subscriptions} (always empty: push subscriptions are refused with a 400 that says
 * so), and {@code GET /redfish/v1/EventService/SSE}, a stream of {@code Event} payloads, one per alarm condition
 * change: a leak detector alarm as Environmental LeakDetected*, a limit alarm as SensorEvent Reading*Threshold, a
 * return to normal as LeakDetectedNormal or SensorReadingNormalRange. OriginOfCondition is the Sensor or LeakDetector
 * resource behind the alarm's series when the twin publishes one, else the CDU, else ThermalEquipment.
 */
final class RedfishEvents {

    static final String SERVICE = "/redfish/v1/EventService";
    static final String SUBSCRIPTIONS = SERVICE + "/Subscriptions";
    static final String SSE = SERVICE + "/SSE";

    private final LiveTwin twin;
    private final EventHub hub;
    private final AtomicLong ids = new AtomicLong();

    RedfishEvents(LiveTwin twin, EventHub hub) {
        this.twin = twin;
        this.hub = hub;
    }

    void register(RoutesConfig routes, ServerContext ctx) {
        RedfishDirectory dir = ctx.redfish();
        dir.addProvider((uri, who) -> switch (uri) {
            case SERVICE -> Optional.of(service());
            case SUBSCRIPTIONS -> Optional.of(subscriptions());
            default -> Optional.empty();
        });
        dir.on(RedfishDirectory.Method.POST, SUBSCRIPTIONS::equals, (uri, body, who) -> {
            throw new ApiException(Problem.GENERAL_ERROR, "this service offers events only as server-sent events:"
                    + " open " + SSE + " (push subscriptions to an EventDestination are not supported)");
        });
        SseHandler sse = new SseHandler(client -> hub.serve(client, new Sink()));
        routes.get(SSE, c -> {
            c.attribute(EventHub.ALLOWED, StreamRoutes.stillAllowed(ctx, Auth.require(c, Privilege.Login)));
            StreamRoutes.requireEventStream(c);
            c.header("OData-Version", "4.0");
            sse.handle(c);
        });
    }

    static ObjectNode service() {
        ObjectNode n = F.objectNode();
        n.put("@odata.id", SERVICE);
        n.put("@odata.type", "#EventService.v1_12_0.EventService");
        n.put("Id", "EventService");
        n.put("Name", "Event Service");
        n.put("Description", "Alarm events of the LiquidTwin twin, as server-sent events");
        n.put("ServiceEnabled", true);
        n.putObject("Status").put("State", "Enabled").put("Health", "OK");
        n.put("ServerSentEventUri", SSE);
        n.putArray("EventFormatTypes").add("Event");
        ArrayNode prefixes = n.putArray("RegistryPrefixes");
        EventMessage.PREFIXES.forEach(prefixes::add);
        n.putArray("ResourceTypes").add("Sensor").add("LeakDetector");
        n.putArray("Severities").add("OK").add("Warning").add("Critical");
        n.put("IncludeOriginOfConditionSupported", false);
        // Filtering belongs to subscriptions, which this service does not take; the SSE stream filters nothing.
        n.put("ExcludeMessageId", false);
        n.put("ExcludeRegistryPrefix", false);
        n.put("SubordinateResourcesSupported", false);
        n.putObject("SSEFilterPropertiesSupported").put("EventFormatType", false).put("MessageId", false)
                .put("MetricReportDefinition", false).put("OriginResource", false).put("RegistryPrefix", false)
                .put("ResourceType", false);
        n.putObject("Subscriptions").put("@odata.id", SUBSCRIPTIONS);
        return n;
    }

    static ObjectNode subscriptions() {
        return io.liquidtwin.server.redfish.Json.collection(SUBSCRIPTIONS, "EventDestinationCollection",
                "Event Subscriptions", java.util.List.of());
    }

    /**
     * An alarm condition change as a registry message.
     *
     * @param alarmId the alarm
     * @param message the registry message
     * @param args    its arguments
     * @param origin  the URI of the resource the condition is about
     */
    record AlarmMessage(String alarmId, EventMessage message, List<String> args, String origin) {
    }

    /** @return the Event payload for an alarm journal entry, or empty if it is not a condition change */
    Optional<ObjectNode> event(AlarmCursor.Entry e, TwinSnapshot snap) {
        Optional<AlarmMessage> am = message(twin, e, snap);
        if (am.isEmpty()) {
            return Optional.empty();
        }
        AlarmDefinition d = twin.alarmDefinitions().stream().filter(x -> x.id().equals(am.get().alarmId()))
                .findFirst().orElseThrow();
        EventMessage m = am.get().message();
        List<String> args = am.get().args();
        String origin = am.get().origin();
        long id = ids.incrementAndGet();

        ObjectNode n = F.objectNode();
        n.put("@odata.type", "#Event.v1_13_0.Event");
        n.put("Id", Long.toString(id));
        n.put("Name", "LiquidTwin alarm event");
        n.put("Context", "alarm " + d.id());
        ArrayNode events = n.putArray("Events");
        ObjectNode r = events.addObject();
        r.put("EventType", "Alert");
        r.put("EventId", Long.toString(id));
        r.put("EventTimestamp", Requests.rfc3339(e.epochMicros()));
        r.put("MemberId", "0");
        r.put("MessageId", m.messageId());
        r.put("Message", m.message(args));
        ArrayNode a = r.putArray("MessageArgs");
        args.forEach(a::add);
        r.put("MessageSeverity", m.severity());
        r.put("Severity", m.severity());
        r.putObject("OriginOfCondition").put("@odata.id", origin);
        n.put("Events@odata.count", 1);
        return Optional.of(n);
    }

    /** @return the registry message of an alarm journal entry, or empty if it is not a condition change */
    static Optional<AlarmMessage> message(LiveTwin twin, AlarmCursor.Entry e, TwinSnapshot snap) {
        JsonNode p = e.payload();
        String cause = p.path("cause").asText();
        boolean active = cause.equals("CONDITION_ACTIVE") || cause.equals("RE_ALARM");
        if (!p.path("type").asText().equals("transition") || !(active || cause.equals("CONDITION_CLEAR"))) {
            return Optional.empty();
        }
        Optional<AlarmDefinition> def = twin.alarmDefinitions().stream()
                .filter(d -> d.id().equals(p.path("alarm").asText())).findFirst();
        if (def.isEmpty()) {
            return Optional.empty();
        }
        AlarmDefinition d = def.get();
        String seriesName = d.series().name();
        String origin = Origins.of(seriesName, d.condition() instanceof Condition.Discrete, snap);
        String sensor = origin.substring(origin.lastIndexOf('/') + 1);
        String unit = d.series().tags().getOrDefault("unit", snap.units().getOrDefault(seriesName, ""));
        double v = p.path("value").isNumber() ? p.path("value").asDouble()
                : snap.readings().getOrDefault(seriesName, Double.NaN);
        String value = Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "unknown";
        EventMessage m;
        List<String> args = new ArrayList<>(List.of(sensor));
        switch (d.condition()) {
            case Condition.Discrete x -> m = !active ? EventMessage.LEAK_NORMAL
                    : d.priority() == Priority.CRITICAL ? EventMessage.LEAK_CRITICAL : EventMessage.LEAK_WARNING;
            case Condition.Stale x -> m = active ? EventMessage.SENSOR_DISCONNECTED : EventMessage.SENSOR_CONNECTED;
            case Condition.Limit l -> {
                args.add(value);
                args.add(unit);
                if (active) {
                    args.add(String.format(Locale.ROOT, "%.2f", l.limit()));
                }
                m = !active ? EventMessage.NORMAL_RANGE : switch (l.type()) {
                    case HI -> EventMessage.ABOVE_UPPER_CAUTION;
                    case HIHI -> EventMessage.ABOVE_UPPER_CRITICAL;
                    case LO -> EventMessage.BELOW_LOWER_CAUTION;
                    case LOLO -> EventMessage.BELOW_LOWER_CRITICAL;
                };
            }
            default -> {
                args.add(value);
                args.add(unit);
                m = !active ? EventMessage.NORMAL_RANGE : d.priority() == Priority.CRITICAL
                        || d.priority() == Priority.HIGH ? EventMessage.READING_CRITICAL : EventMessage.READING_WARNING;
            }
        }
        return Optional.of(new AlarmMessage(d.id(), m, List.copyOf(args), origin));
    }

    private final class Sink implements EventHub.Sink {
        @Override
        public void snapshot(SseClient sse, TwinSnapshot s) {
        }

        @Override
        public void alarm(SseClient sse, AlarmCursor.Entry e) {
            event(e, twin.snapshot()).ifPresent(ev -> sse.sendData(ev.toString(), ev.path("Id").asText()));
        }
    }
}
