package io.liquidtwin.server.rest;

import static io.liquidtwin.server.rest.Requests.F;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.liquidtwin.ops.store.Bucket;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.ops.store.TelemetryStore;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.security.Privilege;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Telemetry queries over the twin's store. A series is named by {@code series=<name>} and narrowed by repeated
 * {@code tag=key:value}; exactly one stored series must match. Times ({@code from}, {@code to}) are RFC 3339 or
 * integer epoch milliseconds; the range is {@code from ≤ t < to}, by default the last hour of twin time.
 * <ul>
 * <li>{@code GET /api/telemetry/series?name=&tag=k:v…} — the series keys</li>
 * <li>{@code GET /api/telemetry/range?series=&tag=&from=&to=&step=&limit=} — raw samples (at most {@code limit}, else
 * 400), or with {@code step} buckets (min, max, mean, last, count; at most {@code maxBuckets})</li>
 * <li>{@code GET /api/telemetry/latest?series=&tag=} — the latest sample</li>
 * </ul>
 */
final class TelemetryRoutes {

    private static final long HOUR_MICROS = 3_600_000_000L;
    private final LiveTwin twin;
    private final int maxRawPoints;
    private final int maxBuckets;

    TelemetryRoutes(LiveTwin twin, int maxRawPoints, int maxBuckets) {
        this.twin = twin;
        this.maxRawPoints = maxRawPoints;
        this.maxBuckets = maxBuckets;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/telemetry/series", this::series);
        routes.get("/api/telemetry/range", this::range);
        routes.get("/api/telemetry/latest", this::latest);
    }

    private TelemetryStore store() {
        return twin.store();
    }

    private void series(Context c) {
        Auth.require(c, Privilege.Login);
        Requests.onlyQueryParameters(c, Set.of("name", "tag"));
        String name = Requests.single(c, "name");
        Map<String, String> tags = Requests.tags(c);
        ArrayNode a = F.arrayNode();
        store().series(tags).stream().filter(k -> name == null || k.name().equals(name)).forEach(k -> a.add(key(k)));
        LiquidTwinServer.json(c, F.objectNode().set("series", a));
    }

    private void range(Context c) {
        Auth.require(c, Privilege.Login);
        Requests.onlyQueryParameters(c, Set.of("series", "tag", "from", "to", "step", "limit"));
        SeriesKey key = resolve(c);
        long to = Requests.time(c, "to", twin.epochMicrosNow() + 1);
        long from = Requests.time(c, "from", to - HOUR_MICROS);
        if (from > to) {
            throw new ApiException(Problem.GENERAL_ERROR, "from (" + Requests.rfc3339(from) + ") is after to ("
                    + Requests.rfc3339(to) + ")");
        }
        Duration step = Requests.duration(c, "step");
        int limit = Requests.integer(c, "limit", 1, maxRawPoints, maxRawPoints);
        ObjectNode body = F.objectNode();
        body.set("series", key(key));
        body.put("from", Requests.rfc3339(from));
        body.put("to", Requests.rfc3339(to));
        if (step != null) {
            long stepMicros = step.toNanos() / 1000;
            long buckets = (to - from) / stepMicros + 1;
            if (buckets > maxBuckets) {
                throw new ApiException(Problem.GENERAL_ERROR, "step " + step + " over this range makes " + buckets
                        + " buckets; at most " + maxBuckets + ": choose a larger step or a shorter range");
            }
            body.put("stepS", stepMicros / 1e6);
            ArrayNode a = body.putArray("buckets");
            for (Bucket b : store().downsample(key, from, to, stepMicros)) {
                ObjectNode n = a.addObject().put("time", Requests.rfc3339(b.startMicros())).put("count", b.count());
                Requests.putNumber(n, "min", b.min());
                Requests.putNumber(n, "max", b.max());
                Requests.putNumber(n, "mean", b.mean());
                Requests.putNumber(n, "last", b.last());
            }
        } else {
            List<Sample> samples = store().range(key, from, to);
            if (samples.size() > limit) {
                throw new ApiException(Problem.GENERAL_ERROR, samples.size() + " samples in this range, more than the"
                        + " limit of " + limit + ": give step= to downsample, or a shorter range");
            }
            ArrayNode a = body.putArray("samples");
            samples.forEach(s -> a.add(sample(s)));
        }
        LiquidTwinServer.json(c, body);
    }

    private void latest(Context c) {
        Auth.require(c, Privilege.Login);
        Requests.onlyQueryParameters(c, Set.of("series", "tag"));
        SeriesKey key = resolve(c);
        ObjectNode body = F.objectNode();
        body.set("series", key(key));
        store().latest(key).ifPresentOrElse(s -> body.set("sample", sample(s)), () -> body.putNull("sample"));
        LiquidTwinServer.json(c, body);
    }

    /** @return the one stored series named {@code series} whose tags include every {@code tag} */
    private SeriesKey resolve(Context c) {
        String name = Requests.single(c, "series");
        if (name == null || name.isEmpty()) {
            throw new ApiException(Problem.GENERAL_ERROR, "the query parameter series=<name> is required");
        }
        Map<String, String> tags = Requests.tags(c);
        List<SeriesKey> match = store().series(tags).stream().filter(k -> k.name().equals(name)).toList();
        if (match.isEmpty()) {
            throw new ApiException(Problem.RESOURCE_NOT_FOUND, "Series", name + (tags.isEmpty() ? "" : " " + tags));
        }
        if (match.size() > 1) {
            throw new ApiException(Problem.GENERAL_ERROR, match.size() + " series are named " + name + " ("
                    + match.stream().map(SeriesKey::id).toList() + "): add tag=key:value parameters to pick one");
        }
        return match.get(0);
    }

    static ObjectNode key(SeriesKey k) {
        ObjectNode n = F.objectNode().put("id", k.id()).put("name", k.name());
        ObjectNode t = n.putObject("tags");
        k.tags().forEach(t::put);
        return n;
    }

    static ObjectNode sample(Sample s) {
        ObjectNode n = F.objectNode().put("time", Requests.rfc3339(s.epochMicros()));
        Requests.putNumber(n, "value", s.value());
        return n.put("quality", s.quality().name());
    }
}
