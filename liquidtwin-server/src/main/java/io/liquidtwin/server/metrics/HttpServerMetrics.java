package io.liquidtwin.server.metrics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Times every request as {@code http_server_requests_seconds{method, uri, status, outcome}}. Label values are bounded:
 * {@code uri} is the matched route template ({@code /redfish/v1/<path>}), or NOT_FOUND / UNKNOWN; {@code method}
 * one of the standard methods or OTHER. The duration runs from when Jetty began the request, so requests refused by
 * authentication (before any module's handler) are timed too.
 */
final class HttpServerMetrics {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT", "QUERY");

    /** A timer's label values (bounded: see the class comment). */
    private record Labels(String method, String uri, int status) {
    }

    private final MeterRegistry registry;
    /** Timers by labels, so a request costs a map lookup rather than building and registering a meter id. */
    private final ConcurrentHashMap<Labels, Timer> timers = new ConcurrentHashMap<>();

    private HttpServerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    static void register(RoutesConfig routes, MeterRegistry registry) {
        HttpServerMetrics m = new HttpServerMetrics(registry);
        routes.after(m::record);
    }

    private void record(Context ctx) {
        long end = System.nanoTime();
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(ctx.req());
        long begin = jetty == null ? end : jetty.getBeginNanoTime();
        int status = ctx.statusCode();
        timers.computeIfAbsent(new Labels(method(ctx), uri(ctx, status), status), this::timer)
                .record(Math.max(0, end - begin), TimeUnit.NANOSECONDS);
    }

    private Timer timer(Labels l) {
        return Timer.builder("http.server.requests")
                .description("HTTP requests served, by method, route template and status")
                .tag("method", l.method())
                .tag("uri", l.uri())
                .tag("status", String.valueOf(l.status()))
                .tag("outcome", outcome(l.status()))
                .register(registry);
    }

    private static String method(Context ctx) {
        String m = ctx.req().getMethod();
        return m != null && METHODS.contains(m) ? m : "OTHER";
    }

    private static String uri(Context ctx, int status) {
        Endpoint matched = null;
        try {
            matched = ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException e) {
            // no endpoint matched
        }
        if (matched != null) {
            return matched.path;
        }
        return status == 404 ? "NOT_FOUND" : "UNKNOWN";
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }
}
