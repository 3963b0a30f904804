package io.liquidtwin.server.metrics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
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

    private HttpServerMetrics() {
    }

    static void register(RoutesConfig routes, MeterRegistry registry) {
        routes.after(ctx -> record(ctx, registry));
    }

    private static void record(Context ctx, MeterRegistry registry) {
        long end = System.nanoTime();
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(ctx.req());
        long begin = jetty == null ? end : jetty.getBeginNanoTime();
        int status = ctx.statusCode();
        Timer.builder("http.server.requests")
                .description("HTTP requests served, by method, route template and status")
                .tag("method", method(ctx))
                .tag("uri", uri(ctx, status))
                .tag("status", String.valueOf(status))
                .tag("outcome", outcome(status))
                .register(registry)
                .record(Math.max(0, end - begin), TimeUnit.NANOSECONDS);
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
