package io.liquidtwin.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.TelemetryStore;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.redfish.RedfishRoutes;
import io.liquidtwin.server.security.Accounts;
import io.liquidtwin.server.security.Role;
import io.liquidtwin.server.security.Sessions;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real server on a free loopback port over a live twin of an example plant, an in-memory store, and three accounts
 * (the generated administrator, {@code operator} and {@code viewer}); time is advanced by hand ({@link #tick}), never
 * by sleeping. Requests go through {@link HttpClient}.
 */
public final class TestServer implements AutoCloseable {

    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";
    public static final String PASSWORD = "correct-horse-battery";
    public static final Instant START = Instant.parse("2026-07-15T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Simulation sim;
    public final TelemetryStore store;
    public final LiveTwin twin;
    public final Accounts accounts;
    public final Sessions sessions;
    public final RedfishDirectory redfish = new RedfishDirectory();
    public final AtomicReference<Instant> wall = new AtomicReference<>(START);
    public final LiquidTwinServer server;
    public final String adminPassword;
    private final HttpClient http;
    private final String scheme;

    /** The Qingdao two-phase plant, Redfish only. */
    public static TestServer start(Path dataDir) {
        return start(dataDir, "qingdao-two-phase-1mw.yaml", List.of(), List.of(new RedfishRoutes()));
    }

    /** The Qingdao two-phase plant with every standard module ({@link ServerModules#standard()}). */
    public static TestServer full(Path dataDir) {
        return start(dataDir, "qingdao-two-phase-1mw.yaml", List.of(), ServerModules.standard());
    }

    public static TestServer start(Path dataDir, String plantFile, List<AlarmDefinition> alarms,
                                   List<ServerModule> modules) {
        return new TestServer(dataDir, plantFile, alarms, modules, null);
    }

    /** The Qingdao plant with {@code modules}, serving HTTPS with {@code tls}; requests trust its certificate. */
    public static TestServer startTls(Path dataDir, List<ServerModule> modules, io.liquidtwin.server.security.Tls tls) {
        return new TestServer(dataDir, "qingdao-two-phase-1mw.yaml", List.of(), modules, tls);
    }

    private TestServer(Path dataDir, String plantFile, List<AlarmDefinition> alarms, List<ServerModule> modules,
                       io.liquidtwin.server.security.Tls tls) {
        sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples", plantFile))),
                new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        store = new InMemoryTelemetryStore();
        twin = new LiveTwin(sim, store, alarms, START, 10, Map.of("plant", "test"));
        accounts = Accounts.open(dataDir, 1_000, wall::get);
        try {
            adminPassword = java.nio.file.Files.readString(accounts.generatedPasswordFile().orElseThrow()).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        accounts.create(OPERATOR, PASSWORD, Role.Operator);
        accounts.create(VIEWER, PASSWORD, Role.ReadOnly);
        InstantSource clock = wall::get;
        sessions = new Sessions(clock, Duration.ofMinutes(30), 100);
        ServerContext ctx = new ServerContext(twin, accounts, sessions, redfish, clock, dataDir);
        server = LiquidTwinServer.start(ctx, new LiquidTwinServer.Options("127.0.0.1", 0, 1L << 20, null)
                .withTls(tls), modules);
        http = tls == null ? HttpClient.newHttpClient() : trusting(tls);
        scheme = tls == null ? "http" : "https";
    }

    /** @return a client that trusts exactly the certificate of the server's TLS keystore */
    private static HttpClient trusting(io.liquidtwin.server.security.Tls tls) {
        try {
            java.security.KeyStore ks = tls.load();
            java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (String alias : java.util.Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    trust.setCertificateEntry(alias, ks.getCertificate(alias));
                }
            }
            javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(ssl).build();
        } catch (java.security.GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Steps the twin {@code n} times (10 simulated s each). */
    public void tick(int n) {
        twin.advance(n);
    }

    /** @return the base URI, e.g. {@code http://127.0.0.1:40123} ({@code https} when started with TLS) */
    public String base() {
        return scheme + "://127.0.0.1:" + server.port();
    }

    /** @return a Basic Authorization header value */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response with its body parsed as JSON when it is JSON (else null). */
    public record Reply(int status, Map<String, List<String>> headers, String text, JsonNode json) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /**
     * Sends a request.
     *
     * @param headers name, value, name, value, …
     */
    public Reply send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        List<String> h = new ArrayList<>(List.of(headers));
        if (body != null && h.stream().noneMatch(x -> x.equalsIgnoreCase("Content-Type"))) {
            h.add("Content-Type");
            h.add("application/json");
        }
        for (int i = 0; i + 1 < h.size(); i += 2) {
            b.header(h.get(i), h.get(i + 1));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String ct = r.headers().firstValue("Content-Type").orElse("");
            if (ct.startsWith("application/json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Reply(r.statusCode(), r.headers().map(), r.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET as {@code user} (Basic). */
    public Reply get(String path, String user) {
        return send("GET", path, null, "Authorization", basic(user, PASSWORD));
    }

    @Override
    public void close() {
        server.close();
        twin.close();
        store.close();
    }
}
