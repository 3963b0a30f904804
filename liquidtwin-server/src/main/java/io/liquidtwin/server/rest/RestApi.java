package io.liquidtwin.server.rest;

import io.javalin.config.RoutesConfig;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The REST API module: {@code /api/health}, {@code /api/plants…}, {@code /api/studies…}, {@code /api/telemetry/…},
 * {@code /api/alarms…}, {@code /api/stream}, the Redfish EventService, and {@code /openapi.json}. Register it before
 * {@link io.liquidtwin.server.redfish.RedfishRoutes}, whose catch-all GET would otherwise answer the EventService's
 * SSE URI.
 */
public final class RestApi implements ServerModule {

    /**
     * Settings.
     *
     * @param studiesDir            the only directory scenario files are read from
     * @param concurrentStudies     studies run at once (1–16)
     * @param queuedStudies         studies waiting at most (0–1000); more → 503
     * @param maxSnapshotsPerSecond snapshot events per second per stream client at most (0 < n ≤ 100)
     * @param keepAlive             silence after which a stream sends a keep-alive comment
     * @param stallAfter            wall time without a twin step after which health is DEGRADED
     * @param maxRawPoints          raw samples a telemetry range may return
     * @param maxBuckets            buckets a downsampled telemetry range may return
     * @param maxShelve             the longest an alarm can be shelved
     */
    public record Options(Path studiesDir, int concurrentStudies, int queuedStudies, double maxSnapshotsPerSecond,
                          Duration keepAlive, Duration stallAfter, int maxRawPoints, int maxBuckets,
                          Duration maxShelve) {
        public Options {
            Objects.requireNonNull(studiesDir, "studiesDir");
            if (concurrentStudies < 1 || concurrentStudies > 16 || queuedStudies < 0 || queuedStudies > 1000) {
                throw new IllegalArgumentException("concurrentStudies 1–16 and queuedStudies 0–1000, got "
                        + concurrentStudies + " and " + queuedStudies);
            }
            if (!(maxSnapshotsPerSecond > 0 && maxSnapshotsPerSecond <= 100)) {
                throw new IllegalArgumentException("maxSnapshotsPerSecond must be in (0, 100], got "
                        + maxSnapshotsPerSecond);
            }
            for (Duration d : new Duration[] {keepAlive, stallAfter, maxShelve}) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("durations must be > 0");
                }
            }
            if (maxRawPoints < 1 || maxBuckets < 1) {
                throw new IllegalArgumentException("maxRawPoints and maxBuckets must be ≥ 1");
            }
        }

        /**
         * One study at a time and four waiting, 4 snapshots/s, keep-alive every 15 s, DEGRADED after 30 s without a
         * step, 10,000 raw points or buckets, shelving up to 24 h.
         */
        public static Options defaults(Path studiesDir) {
            return new Options(studiesDir, 1, 4, 4, Duration.ofSeconds(15), Duration.ofSeconds(30), 10_000, 10_000,
                    Duration.ofHours(24));
        }
    }

    /** The OpenAPI document's resource. */
    static final String OPENAPI = "/io/liquidtwin/server/rest/openapi.json";

    private final Options options;
    private volatile EventHub hub;

    public RestApi(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public void register(RoutesConfig routes, ServerContext ctx) {
        EventHub h = new EventHub(ctx.twin(), options.maxSnapshotsPerSecond(), options.keepAlive());
        hub = h;
        byte[] openApi = openApi();
        routes.get("/openapi.json", c -> c.contentType("application/json; charset=utf-8").result(openApi));
        new HealthRoutes(ctx, options.stallAfter()).register(routes);
        new PlantRoutes(ctx).register(routes);
        new StudyRoutes(new StudyService(options.studiesDir(), ctx.dataDir().resolve("studies"), ctx.wallClock(),
                options.concurrentStudies(), options.queuedStudies())).register(routes);
        new TelemetryRoutes(ctx.twin(), options.maxRawPoints(), options.maxBuckets()).register(routes);
        new AlarmRoutes(ctx.twin(), options.maxShelve()).register(routes);
        new StreamRoutes(ctx, h).register(routes);
        new RedfishEvents(ctx.twin(), h).register(routes, ctx);
        new RedfishLogs(ctx).register();
    }

    /** @return stream clients connected now (REST and Redfish SSE), 0 before registration */
    public int streamClients() {
        EventHub h = hub;
        return h == null ? 0 : h.clientCount();
    }

    private static byte[] openApi() {
        try (InputStream in = RestApi.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
