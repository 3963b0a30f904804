package io.liquidtwin.server.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.live.TwinSnapshot;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Privilege;
import io.liquidtwin.server.security.Sessions;

/**
 * {@code GET /api/stream}: server-sent events {@code snapshot} (twin time, KPIs, readings) and {@code alarm} (each
 * alarm journal entry: transitions, floods, chatter, leak reactions), with keep-alive comments. Needs Login; since a
 * browser's EventSource cannot send headers, this route alone also accepts a session token as {@code ?token=}.
 */
final class StreamRoutes {

    private final ServerContext ctx;
    private final EventHub hub;

    StreamRoutes(ServerContext ctx, EventHub hub) {
        this.ctx = ctx;
        this.hub = hub;
    }

    void register(RoutesConfig routes) {
        SseHandler sse = new SseHandler(client -> hub.serve(client, new Sink()));
        routes.get("/api/stream", c -> {
            authorize(c);
            requireEventStream(c);
            sse.handle(c);
        });
    }

    private void authorize(Context c) {
        String token = c.queryParam("token");
        Principal p = Auth.principal(c).orElse(null);
        if (p == null && token != null) {
            p = ctx.sessions().use(token).map(Sessions.Session::principal)
                    .orElseThrow(() -> new ApiException(Problem.NO_VALID_SESSION));
        }
        if (p == null) {
            throw new ApiException(Problem.NO_VALID_SESSION);
        }
        if (!p.has(Privilege.Login)) {
            throw new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
        }
        c.attribute(EventHub.ALLOWED, stillAllowed(ctx, p));
    }

    /**
     * @return whether {@code p}'s credentials still hold: its session is still open (token callers), or its account
     *         still exists, enabled, with the same role (Basic callers)
     */
    static java.util.function.BooleanSupplier stillAllowed(ServerContext ctx, Principal p) {
        if (p.sessionId() != null) {
            return () -> ctx.sessions().byId(p.sessionId()).isPresent();
        }
        return () -> ctx.accounts().get(p.userName()).filter(a -> a.enabled() && a.role() == p.role()).isPresent();
    }

    /** Refuses a request that does not accept {@code text/event-stream} (400 HeaderInvalid: Accept). */
    static void requireEventStream(Context c) {
        String accept = c.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(Problem.HEADER_INVALID, "Accept");
        }
    }

    private static final class Sink implements EventHub.Sink {
        @Override
        public void snapshot(SseClient sse, TwinSnapshot s) {
            sse.sendEvent("snapshot", PlantRoutes.snapshot(s).toString(), Long.toString(s.sequence()));
        }

        @Override
        public void alarm(SseClient sse, AlarmCursor.Entry e) {
            sse.sendEvent("alarm", e.payload().deepCopy().put("time", Requests.rfc3339(e.epochMicros())).toString());
        }
    }
}
