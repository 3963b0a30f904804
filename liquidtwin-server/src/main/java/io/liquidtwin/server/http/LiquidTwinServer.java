package io.liquidtwin.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.ErrorBodies;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.security.Tls;
import java.security.KeyStore;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service: one Javalin instance (Jetty 12, virtual threads) carrying the given modules. Every error is a
 * Redfish error body with {@code @Message.ExtendedInfo} from {@link Problem}; an unexpected exception is logged and
 * answered 500 InternalError without details (the service goes on).
 */
public final class LiquidTwinServer implements AutoCloseable {

    /**
     * Listening options.
     *
     * @param tls HTTPS with the user's certificate, or null for plain HTTP; with TLS the port serves HTTPS only
     */
    public record Options(String host, int port, long maxRequestBytes, Consumer<io.javalin.config.JavalinConfig> extra,
                          Tls tls) {
        public Options {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0–65535 (0 = any free port), got " + port);
            }
            if (maxRequestBytes < 1024) {
                throw new IllegalArgumentException("maxRequestBytes must be ≥ 1024, got " + maxRequestBytes);
            }
            extra = extra == null ? c -> { } : extra;
        }

        /** Plain HTTP. */
        public Options(String host, int port, long maxRequestBytes, Consumer<io.javalin.config.JavalinConfig> extra) {
            this(host, port, maxRequestBytes, extra, null);
        }

        /** @return these options serving HTTPS with {@code tls} (null: plain HTTP) */
        public Options withTls(Tls tls) {
            return new Options(host, port, maxRequestBytes, extra, tls);
        }

        /** All interfaces, the given port, 16 MiB bodies. */
        public static Options port(int port) {
            return new Options("0.0.0.0", port, 16L << 20, null);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(LiquidTwinServer.class);

    private final Javalin app;

    private LiquidTwinServer(Javalin app) {
        this.app = app;
    }

    /** Builds and starts the server. */
    public static LiquidTwinServer start(ServerContext context, Options options, List<ServerModule> modules) {
        KeyStore keyStore = options.tls() == null ? null : options.tls().load(); // fails here, naming the file
        context.endpoint().bind(new Endpoint.Listener(options.host(), options.port(), options.tls(), keyStore));
        Javalin app = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = options.maxRequestBytes();
            config.http.generateEtags = false;
            config.startup.showJavalinBanner = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            if (keyStore != null) { // Javalin opens its plain-HTTP connector only when none was added
                config.jetty.addConnector((server, http) -> options.tls().connector(server, http, options.host(),
                        options.port(), keyStore));
            }
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.routes.before(ctx -> Auth.authenticate(ctx, context.accounts(), context.sessions()));
            for (ServerModule m : modules) {
                m.register(config.routes, context);
            }
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, translate(e)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, new ApiException(Problem.INTERNAL_ERROR));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, new ApiException(Problem.INVALID_URI, ctx.path()));
                }
            });
            config.routes.error(405, ctx -> error(ctx, new ApiException(Problem.OPERATION_NOT_ALLOWED)));
            options.extra().accept(config);
        });
        app.start();
        context.endpoint().bind(new Endpoint.Listener(options.host(), app.port(), options.tls(), keyStore));
        return new LiquidTwinServer(app);
    }

    /** @return the port the server listens on (the chosen one when started with port 0) */
    public int port() {
        return app.port();
    }

    /** @return the Javalin instance (for tests and the command line) */
    public Javalin javalin() {
        return app;
    }

    /** Stops accepting requests and waits for those in progress. */
    @Override
    public void close() {
        app.stop();
    }

    /** Writes a Redfish error body for {@code e} with its status. */
    public static void error(Context ctx, ApiException e) {
        if (e.httpStatus() == 413) {
            drain(ctx);
        }
        json(ctx.status(e.httpStatus()), ErrorBodies.of(e));
    }

    /** The most of a refused body read and discarded so that its sender can read the 413 (see {@link #drain}). */
    static final long MAX_DRAIN_BYTES = 64L << 20;

    /**
     * Reads and discards what is left of a refused request body (up to {@link #MAX_DRAIN_BYTES}). A server that
     * answers and closes while the client is still sending makes the client's TCP stack drop the answer (a reset):
     * the client sees no response at all instead of 413. Beyond the bound the connection is given up.
     */
    private static void drain(Context ctx) {
        try (var in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < MAX_DRAIN_BYTES && (n = in.read(buffer)) > 0) {
                total += n;
            }
        } catch (IOException | RuntimeException ignored) {
            // the body is gone or broken: the answer goes out as well as it can
        }
    }

    /** Writes {@code body} as JSON ({@code application/json; charset=utf-8}). */
    public static void json(Context ctx, ObjectNode body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The largest JSON body a command, login or PATCH may have (they are a few hundred bytes). */
    public static final int MAX_JSON_BYTES = 64 * 1024;

    /**
     * @return the request body as a JSON object; PayloadTooLarge above {@link #MAX_JSON_BYTES} (checked from
     *         Content-Length and while reading, so an anonymous login cannot make the server buffer more), MalformedJSON
     *         for anything else that is not a JSON object
     */
    public static ObjectNode jsonObject(Context ctx) {
        if (ctx.contentLength() > MAX_JSON_BYTES) {
            throw new ApiException(Problem.PAYLOAD_TOO_LARGE);
        }
        byte[] body;
        try (var in = ctx.bodyInputStream()) {
            body = in.readNBytes(MAX_JSON_BYTES + 1);
        } catch (IOException e) {
            throw new ApiException(Problem.MALFORMED_JSON);
        }
        if (body.length > MAX_JSON_BYTES) {
            throw new ApiException(Problem.PAYLOAD_TOO_LARGE);
        }
        try {
            if (JSON.readTree(body) instanceof ObjectNode o) {
                return o;
            }
        } catch (IOException e) { // Jackson's parse errors are IOExceptions too
            throw new ApiException(Problem.MALFORMED_JSON);
        }
        throw new ApiException(Problem.MALFORMED_JSON);
    }

    private static ApiException translate(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> new ApiException(Problem.PAYLOAD_TOO_LARGE);
            case 404 -> new ApiException(Problem.INVALID_URI, e.getMessage());
            case 405 -> new ApiException(Problem.OPERATION_NOT_ALLOWED);
            case 401 -> new ApiException(Problem.NO_VALID_SESSION);
            case 403 -> new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
            default -> e.getStatus() >= 500 ? new ApiException(Problem.INTERNAL_ERROR)
                    : new ApiException(Problem.GENERAL_ERROR, e.getMessage());
        };
    }
}
