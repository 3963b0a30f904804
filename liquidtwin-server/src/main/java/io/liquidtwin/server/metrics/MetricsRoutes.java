package io.liquidtwin.server.metrics;

import io.javalin.config.RoutesConfig;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;
import io.liquidtwin.server.ingest.HttpIngestStats;
import io.liquidtwin.server.security.Privilege;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the Prometheus text exposition (format 0.0.4). Needs Login: metrics describe the plant, so they
 * are not public; Prometheus scrapes with {@code basic_auth} (a ReadOnly account) or {@code authorization} (a session
 * token). Also times every HTTP request of the server (see {@link HttpServerMetrics}).
 */
public final class MetricsRoutes implements ServerModule {

    /** The route. */
    public static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<HttpIngestStats> httpIngest;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /** @param httpIngest counters of the HTTP write endpoint (e.g. {@code InfluxWriteRoutes::stats}) */
    public MetricsRoutes(Supplier<HttpIngestStats> httpIngest) {
        this.httpIngest = Objects.requireNonNull(httpIngest, "httpIngest");
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        PromtoolClean.configure(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        PlantMetrics.bind(registry, context.twin());
        IngestMetrics.bind(registry, context.twin(), httpIngest);
        HttpServerMetrics.register(routes, registry);
        routes.get(PATH, ctx -> {
            Auth.require(ctx, Privilege.Login);
            ctx.contentType(CONTENT_TYPE).result(registry.scrape());
        });
    }

    /** @return the registry (for tests and for other modules that want to add meters) */
    public PrometheusMeterRegistry registry() {
        return registry;
    }
}
