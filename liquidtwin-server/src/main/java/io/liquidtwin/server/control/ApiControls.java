package io.liquidtwin.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.security.Privilege;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The REST side of the controls (JSON; errors are the catalogue's Redfish error bodies):
 * <ul>
 * <li>{@code POST /api/control/setpoint} {@code {"target", "setpointC"}} → {@code {"target", "beforeC", "afterC"}};</li>
 * <li>{@code POST /api/control/cdu-mode} {@code {"cdu", "mode": "Enabled"|"Disabled"}};</li>
 * <li>{@code POST /api/control/pump-mode} {@code {"pump", "mode"}} (engine pump id, e.g. {@code cdu.pump-1});</li>
 * <li>{@code POST /api/control/valve} {@code {"cdu", "percentOpen": 0–100 | null}} (null: back to automatic);</li>
 * <li>{@code GET /api/audit?since=<epoch µs>&limit=<n>} → the audit records since then, newest last (default limit
 * {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}).</li>
 * </ul>
 * The mode, pump and valve commands answer {@code {"<target field>", "before", "after"}}. Writes need
 * ConfigureComponents (401 anonymous; 403, audited as denied, without the privilege); reading the audit needs Login.
 */
final class ApiControls {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MODES = Set.of("Enabled", "Disabled");

    private final ControlService service;

    ApiControls(ControlService service) {
        this.service = service;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/control/setpoint", ctx -> {
            ObjectNode body = LiquidTwinServer.jsonObject(ctx);
            String target = text(body, "target");
            ControlService.Change c = service.execute(actor(ctx), Command.setpoint, target, body, () -> {
                only(body, "target", "setpointC");
                return new Request.Setpoint(required(target, "target"), number(body, "setpointC"), "target",
                        "setpointC");
            });
            ObjectNode out = JSON.createObjectNode().put("target", c.target());
            out.set("beforeC", c.before().get("setpointC"));
            out.set("afterC", c.after().get("setpointC"));
            LiquidTwinServer.json(ctx, out);
        });
        routes.post("/api/control/cdu-mode", ctx -> mode(ctx, Command.cduMode, "cdu"));
        routes.post("/api/control/pump-mode", ctx -> mode(ctx, Command.pumpMode, "pump"));
        routes.post("/api/control/valve", ctx -> {
            ObjectNode body = LiquidTwinServer.jsonObject(ctx);
            String cdu = text(body, "cdu");
            ControlService.Change c = service.execute(actor(ctx), Command.valve, cdu, body, () -> {
                only(body, "cdu", "percentOpen");
                JsonNode p = body.get("percentOpen");
                if (p == null) {
                    throw new ApiException(Problem.PROPERTY_MISSING, "percentOpen");
                }
                if (!p.isNull() && !p.isNumber()) {
                    throw new ApiException(Problem.PROPERTY_VALUE_TYPE_ERROR, p.asText(p.toString()), "percentOpen");
                }
                return new Request.Valve(required(cdu, "cdu"), p.isNull() ? null : p.asDouble(), "cdu",
                        "percentOpen");
            });
            LiquidTwinServer.json(ctx, change(c, "cdu"));
        });
        routes.get("/api/audit", ctx -> {
            Auth.require(ctx, Privilege.Login);
            long since = longParam(ctx, "since", 0, 0, Long.MAX_VALUE);
            int limit = (int) longParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            ArrayNode a = JSON.createArrayNode();
            service.audit().since(since, limit).forEach(r -> a.add(AuditLog.toJson(r)));
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(a));
        });
    }

    private void mode(Context ctx, Command command, String field) {
        ObjectNode body = LiquidTwinServer.jsonObject(ctx);
        String target = text(body, field);
        ControlService.Change c = service.execute(actor(ctx), command, target, body, () -> {
            only(body, field, "mode");
            String t = required(target, field);
            JsonNode m = body.get("mode");
            if (m == null) {
                throw new ApiException(Problem.PROPERTY_MISSING, "mode");
            }
            if (!m.isTextual()) {
                throw new ApiException(Problem.PROPERTY_VALUE_TYPE_ERROR, m.toString(), "mode");
            }
            if (!MODES.contains(m.asText())) {
                throw new ApiException(Problem.PROPERTY_VALUE_NOT_IN_LIST, m.asText(), "mode");
            }
            Mode mode = Mode.valueOf(m.asText());
            return command == Command.cduMode ? new Request.CduMode(t, mode, field) : new Request.PumpMode(t, mode,
                    field);
        });
        LiquidTwinServer.json(ctx, change(c, field));
    }

    private static ObjectNode change(ControlService.Change c, String field) {
        ObjectNode out = JSON.createObjectNode().put(field, c.target());
        out.set("before", c.before());
        out.set("after", c.after());
        return out;
    }

    /** @return the caller: 401 for an anonymous request (the privilege itself is the service's to check) */
    private static Actor actor(Context ctx) {
        return new Actor(Auth.require(ctx, Privilege.Login), Via.api);
    }


    /** @return a text field, or null when absent or not text (for the audit of a refusal) */
    private static String text(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new ApiException(Problem.PROPERTY_MISSING, field);
        }
        return value;
    }

    private static double number(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null) {
            throw new ApiException(Problem.PROPERTY_MISSING, field);
        }
        if (!n.isNumber()) {
            throw new ApiException(Problem.PROPERTY_VALUE_TYPE_ERROR, n.asText(n.toString()), field);
        }
        return n.asDouble();
    }

    private static void only(ObjectNode body, String... fields) {
        Set<String> known = Set.of(fields);
        List<ApiException.Occurrence> bad = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                bad.add(new ApiException.Occurrence(Problem.PROPERTY_UNKNOWN, List.of(name)));
            }
        }
        if (!bad.isEmpty()) {
            throw new ApiException(bad);
        }
    }

    private static long longParam(Context ctx, String name, long dflt, long min, long max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < min || n > max) {
                throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, v, name);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, v, name);
        }
    }
}
