package io.liquidtwin.server.rest;

import static io.liquidtwin.server.rest.Requests.F;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.liquidtwin.ops.ingest.SourceStatus;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.live.TwinSnapshot;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code GET /api/health} (public): UP, or DEGRADED with reasons — the twin has not stepped for {@code stallAfter} of
 * wall time, the store failed an append, a source is disconnected — with twin time, sequence and uptime.
 */
final class HealthRoutes {

    private final ServerContext ctx;
    private final Duration stallAfter;
    private final Instant started;
    private volatile long lastSequence = -1;
    private volatile Instant lastStep;

    HealthRoutes(ServerContext ctx, Duration stallAfter) {
        this.ctx = ctx;
        this.stallAfter = stallAfter;
        this.started = ctx.wallClock().instant();
        this.lastStep = started;
        ctx.twin().addListener(this::onSnapshot);
    }

    private void onSnapshot(TwinSnapshot s) {
        lastSequence = s.sequence();
        lastStep = ctx.wallClock().instant();
    }

    void register(RoutesConfig routes) {
        routes.get("/api/health", c -> LiquidTwinServer.json(c, health()));
    }

    ObjectNode health() {
        Instant now = ctx.wallClock().instant();
        ArrayNode reasons = F.arrayNode();
        Duration idle = Duration.between(lastStep, now);
        if (idle.compareTo(stallAfter) > 0) {
            reasons.add("twin not ticking: no step for " + idle.toSeconds() + " s");
        }
        String storeError = ctx.twin().ingest().lastStoreError();
        if (!storeError.isEmpty()) {
            reasons.add("store: " + storeError);
        }
        ArrayNode sources = F.arrayNode();
        for (SourceStatus s : ctx.twin().ingest().sources()) {
            ObjectNode n = sources.addObject().put("name", s.name()).put("connected", s.connected())
                    .put("consecutiveFailures", s.consecutiveFailures()).put("lastError", s.lastError());
            if (!s.connected() && s.consecutiveFailures() > 0) {
                reasons.add("source " + s.name() + " disconnected: " + s.lastError());
            }
            n.put("connected", s.connected());
        }
        TwinSnapshot snap = ctx.twin().snapshot();
        ObjectNode body = F.objectNode();
        body.put("status", reasons.isEmpty() ? "UP" : "DEGRADED");
        body.set("reasons", reasons);
        body.put("plant", ctx.twin().plantName());
        body.put("twinTime", Requests.rfc3339(snap.epochMicros()));
        body.put("simulatedSeconds", snap.timeS());
        body.put("sequence", snap.sequence());
        body.put("uptimeS", Duration.between(started, now).toMillis() / 1000.0);
        body.put("lastStepWallTime", lastStep.toString());
        body.set("sources", sources);
        return body;
    }
}
