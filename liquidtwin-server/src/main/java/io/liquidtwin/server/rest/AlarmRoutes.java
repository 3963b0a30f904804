package io.liquidtwin.server.rest;

import static io.liquidtwin.server.rest.Requests.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmEngine;
import io.liquidtwin.ops.alarm.Condition;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Privilege;
import java.time.Duration;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * ISA-18.2 alarms: {@code GET /api/alarms} (every alarm with its state, flood and chatter flags) and the operator
 * actions {@code POST /api/alarms/{id}/acknowledge}, {@code /shelve} {@code {"durationS"}} (1 s to
 * {@code maxShelve}) and {@code /unshelve} (ConfigureComponents; the engine records the caller's user name). An
 * action that does not apply in the alarm's state is a 400 naming the state.
 */
final class AlarmRoutes {

    private final LiveTwin twin;
    private final Duration maxShelve;

    AlarmRoutes(LiveTwin twin, Duration maxShelve) {
        this.twin = twin;
        this.maxShelve = maxShelve;
    }

    /**
     * @return {@code {"events": [...]}}: the newest {@code limit} alarm transitions from {@code since} on, oldest first,
     *         each the journal's record with its {@code time} (the same shape as the stream's {@code alarm} events)
     */
    private ObjectNode events(long sinceMicros, int limit) {
        java.util.List<AlarmCursor.Entry> all = new AlarmCursor(twin.store(), sinceMicros, true).next();
        ObjectNode out = F.objectNode();
        ArrayNode a = out.putArray("events");
        for (AlarmCursor.Entry e : all.subList(Math.max(0, all.size() - limit), all.size())) {
            a.add(e.payload().deepCopy().put("time", Requests.rfc3339(e.epochMicros())));
        }
        return out;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/alarm-events", c -> {
            Auth.require(c, Privilege.Login);
            Requests.onlyQueryParameters(c, Set.of("since", "limit"));
            long since = Requests.time(c, "since", twin.epochMicrosNow() - 24 * 3_600_000_000L);
            int limit = Requests.integer(c, "limit", 1, 10_000, 200);
            LiquidTwinServer.json(c, events(since, limit));
        });
        routes.get("/api/alarms", c -> {
            Auth.require(c, Privilege.Login);
            LiquidTwinServer.json(c, list());
        });
        routes.get("/api/alarms/{id}", c -> {
            Auth.require(c, Privilege.Login);
            LiquidTwinServer.json(c, alarm(definition(c.pathParam("id"))));
        });
        routes.post("/api/alarms/{id}/acknowledge", c -> act(c, (id, who) -> twin.alarms().acknowledge(id, who)));
        routes.post("/api/alarms/{id}/unshelve", c -> act(c, (id, who) -> twin.alarms().unshelve(id, who)));
        routes.post("/api/alarms/{id}/shelve", c -> {
            Duration d = shelveDuration(c);
            act(c, (id, who) -> twin.alarms().shelve(id, d, who));
        });
    }

    private ObjectNode list() {
        AlarmEngine e = twin.alarms();
        ObjectNode body = F.objectNode();
        body.put("flooding", e.flooding());
        ArrayNode chattering = body.putArray("chattering");
        Set<String> chatter = e.chattering();
        chatter.forEach(chattering::add);
        ArrayNode a = body.putArray("alarms");
        twin.alarmDefinitions().forEach(d -> a.add(alarm(d).put("chattering", chatter.contains(d.id()))));
        return body;
    }

    private ObjectNode alarm(AlarmDefinition d) {
        AlarmEngine e = twin.alarms();
        ObjectNode n = F.objectNode();
        n.put("id", d.id());
        n.put("priority", d.priority().name());
        n.put("state", e.state(d.id()).name());
        n.put("conditionActive", e.conditionActive(d.id()));
        n.set("series", TelemetryRoutes.key(d.series()));
        n.set("condition", condition(d.condition()));
        n.put("latching", d.latching());
        n.put("onDelayS", d.onDelay().toMillis() / 1000.0);
        n.put("offDelayS", d.offDelay().toMillis() / 1000.0);
        e.shelvedUntilMicros(d.id()).ifPresentOrElse(u -> n.put("shelvedUntil", Requests.rfc3339(u)),
                () -> n.putNull("shelvedUntil"));
        n.put("reactionArmed", e.reactionArmed(d.id()));
        twin.store().latest(d.series()).ifPresentOrElse(s -> {
            Requests.putNumber(n, "lastValue", s.value());
            n.put("lastTime", Requests.rfc3339(s.epochMicros()));
        }, () -> n.putNull("lastValue").putNull("lastTime"));
        return n;
    }

    static ObjectNode condition(Condition c) {
        ObjectNode n = F.objectNode();
        switch (c) {
            case Condition.Limit l -> n.put("kind", l.type().name()).put("limit", l.limit())
                    .put("deadband", l.deadband());
            case Condition.RateOfChange r -> n.put("kind", "RATE").put("unitsPerMinute", r.unitsPerMinute())
                    .put("windowSeconds", r.windowSeconds()).put("deadband", r.deadband());
            case Condition.Stale s -> n.put("kind", "STALE").put("staleSeconds", s.seconds());
            case Condition.Discrete d -> {
                n.put("kind", "DISCRETE");
                ArrayNode v = n.putArray("activeValues");
                d.activeValues().stream().sorted().forEach(v::add);
            }
            case Condition.Residual r -> n.put("kind", "RESIDUAL").put("hook", r.hook()).put("limit", r.limit())
                    .put("deadband", r.deadband());
        }
        return n;
    }

    private AlarmDefinition definition(String id) {
        return twin.alarmDefinitions().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(Problem.RESOURCE_NOT_FOUND, "Alarm", id));
    }

    private void act(Context c, BiConsumer<String, String> action) {
        Principal who = Auth.require(c, Privilege.ConfigureComponents);
        AlarmDefinition d = definition(c.pathParam("id"));
        try {
            action.accept(d.id(), who.userName());
        } catch (IllegalStateException e) {
            throw new ApiException(Problem.GENERAL_ERROR, e.getMessage());
        }
        LiquidTwinServer.json(c, alarm(d));
    }

    private Duration shelveDuration(Context c) {
        Auth.require(c, Privilege.ConfigureComponents);
        ObjectNode body = Requests.body(c);
        Requests.onlyProperties(body, Set.of("durationS"));
        JsonNode v = body.get("durationS");
        if (v == null || v.isNull()) {
            throw new ApiException(Problem.PROPERTY_MISSING, "durationS");
        }
        if (!v.isNumber()) {
            throw new ApiException(Problem.PROPERTY_VALUE_TYPE_ERROR, v.toString(), "durationS");
        }
        double s = v.asDouble();
        if (!(s >= 1) || s > maxShelve.toSeconds()) {
            throw new ApiException(Problem.PROPERTY_VALUE_OUT_OF_RANGE, v.toString(), "durationS");
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
