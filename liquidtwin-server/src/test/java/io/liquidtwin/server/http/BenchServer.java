package io.liquidtwin.server.http;

import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.QuestDbTelemetryStore;
import io.liquidtwin.ops.store.TelemetryStore;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.live.Pacer;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.security.Accounts;
import io.liquidtwin.server.security.Role;
import io.liquidtwin.server.security.Sessions;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A full server (every standard module) over a live twin, for the HTTP benchmarks (bench/http.sh) and for tests that
 * need a real store behind the twin, until {@code liquidtwin serve} exists. {@code main} prints
 * {@code READY port=<n>} once it listens (tokens of a viewer and an operator session are in {@code <dataDir>/viewer-token.txt} and
 * {@code operator-token.txt}) and runs until killed.
 *
 * <p>Usage: {@code BenchServer <dataDir> <plant.yaml> <memory|questdb> <port> [speed]}; accounts {@code operator} and
 * {@code viewer} with password {@link TestServer#PASSWORD}. With a speed (simulated s per wall s) a pacer ticks the
 * twin (10 s steps); without, the twin stands still.
 */
public final class BenchServer implements AutoCloseable {

    public final TelemetryStore store;
    public final LiveTwin twin;
    public final Sessions sessions;
    public final LiquidTwinServer server;
    private final Pacer pacer;

    public BenchServer(Path dataDir, Path plant, TelemetryStore store, int port, double speed) {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(plant)),
                new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        this.store = store;
        this.twin = new LiveTwin(sim, store, List.of(), Instant.now(), 10, Map.of("plant", "bench"));
        Accounts accounts = Accounts.open(dataDir, 1_000);
        if (accounts.list().stream().noneMatch(a -> a.userName().equals(TestServer.OPERATOR))) {
            accounts.create(TestServer.OPERATOR, TestServer.PASSWORD, Role.Operator);
            accounts.create(TestServer.VIEWER, TestServer.PASSWORD, Role.ReadOnly);
        }
        sessions = new Sessions(Clock.systemUTC(), Duration.ofMinutes(30), 100);
        ServerContext ctx = new ServerContext(twin, accounts, sessions, new RedfishDirectory(), Clock.systemUTC(),
                dataDir);
        server = LiquidTwinServer.start(ctx, new LiquidTwinServer.Options("127.0.0.1", port, 64L << 20, null),
                ServerModules.standard());
        pacer = speed > 0 ? new Pacer(twin, speed, e -> System.err.println("tick failed: " + e)) : null;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: BenchServer <dataDir> <plant.yaml> <memory|questdb> <port> [speed]");
            System.exit(2);
        }
        Path dataDir = Files.createDirectories(Path.of(args[0]));
        TelemetryStore store = args[2].equals("questdb") ? QuestDbTelemetryStore.open(dataDir.resolve("store"))
                : new InMemoryTelemetryStore();
        double speed = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        BenchServer s = new BenchServer(dataDir, Path.of(args[1]), store, Integer.parseInt(args[3]), speed);
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        String token = s.sessions.create(new io.liquidtwin.server.security.Principal(TestServer.VIEWER, Role.ReadOnly,
                null)).orElseThrow().token();
        Files.writeString(dataDir.resolve("viewer-token.txt"), token);
        Files.writeString(dataDir.resolve("operator-token.txt"), s.sessions.create(new io.liquidtwin.server.security
                .Principal(TestServer.OPERATOR, Role.Operator, null)).orElseThrow().token());
        System.out.println("READY port=" + s.server.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    @Override
    public void close() {
        if (pacer != null) {
            pacer.close();
        }
        server.close();
        twin.close();
        store.close();
    }
}
