package io.liquidtwin.server.service;

import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmDefinitionException;
import io.liquidtwin.ops.alarm.AlarmDefinitions;
import io.liquidtwin.ops.ingest.IngestStats;
import io.liquidtwin.ops.store.QuestDbTelemetryStore;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.ops.store.TelemetryStore;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModules;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.live.Pacer;
import io.liquidtwin.server.live.TwinSnapshot;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.security.Accounts;
import io.liquidtwin.server.security.Sessions;
import io.liquidtwin.server.security.Tls;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.engine.SimulationException;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.PlantFileException;
import io.liquidtwin.sim.plant.PlantLoader;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plant run live and served over HTTP: what {@code liquidtwin serve} starts.
 *
 * <p>{@link #open} loads the plant file, starts its simulation under the plant's site weather at the start instant's
 * date and hour (else its design conditions; {@link LiveWeather}), opens the durable store in {@code DATA/store}
 * (which locks the data directory against a second process), the accounts of {@code DATA} (creating the
 * administrator with a generated password the first time, see {@link #generatedPasswordFile()}), sessions (30 min
 * idle), a {@link LiveTwin} whose series carry the tag {@code plant=<plant name>} (or {@link Options#plantTag}), a
 * {@link Pacer} at the requested speed, and the HTTP server with {@link ServerModules#standard()}.
 *
 * <p>Twin time starts at the wall-clock instant of {@link #open} and runs {@code speed} times faster. When the store
 * already holds this plant's samples later than that (a previous run at a higher speed ran ahead of the wall clock),
 * twin time resumes after the newest of them instead, so every series stays in time order; {@link #notices()} says
 * so.
 *
 * <p>{@link #close()} stops in the order that loses nothing acknowledged: the HTTP server first (no new requests; the
 * ones in progress finish), then the pacer (waiting for a running tick), then the twin, then the store, whose every
 * acknowledged append is already committed. It is idempotent and thread-safe (a shutdown hook may race the main
 * thread); {@link #stop()} does the same and returns what the run did.
 */
public final class LiquidTwinService implements AutoCloseable {

    /**
     * How to run the service.
     *
     * @param host        interface to listen on ({@code 0.0.0.0}: all)
     * @param port        TCP port, 0 for any free one
     * @param speed       simulated seconds per wall second, finite and in (0, {@value #MAX_SPEED}]
     * @param stepS       simulated seconds per tick (> 0); the twin ticks every {@code stepS ÷ speed} wall seconds
     * @param alarmsFile  alarm definitions (YAML, {@link AlarmDefinitions} format); empty = no alarms. There is no
     *                    per-plant default: a plant file names no alarm file and alarm limits belong to the site, so
     *                    guessing a file by name would silently watch limits nobody chose.
     * @param plantTag    the value of the {@code plant} tag on the twin's series; empty = the plant's name
     * @param tls         HTTPS with the user's PKCS#12 keystore; empty = plain HTTP
     */
    public record Options(String host, int port, double speed, double stepS, Optional<Path> alarmsFile,
                          Optional<String> plantTag, Optional<Tls> tls) {

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(alarmsFile, "alarmsFile");
            Objects.requireNonNull(plantTag, "plantTag");
            Objects.requireNonNull(tls, "tls");
        }

        /** All interfaces, the given port, real time (speed 1) ticking every second, no alarms. */
        public static Options port(int port) {
            return new Options("0.0.0.0", port, 1, 1, Optional.empty(), Optional.empty(), Optional.empty());
        }

        public Options withHost(String host) {
            return new Options(host, port, speed, stepS, alarmsFile, plantTag, tls);
        }

        /** Speed (simulated s per wall s) and simulated seconds per tick. */
        public Options withSpeed(double speed, double stepS) {
            return new Options(host, port, speed, stepS, alarmsFile, plantTag, tls);
        }

        public Options withAlarms(Path file) {
            return new Options(host, port, speed, stepS, Optional.ofNullable(file), plantTag, tls);
        }

        public Options withPlantTag(String tag) {
            return new Options(host, port, speed, stepS, alarmsFile, Optional.ofNullable(tag), tls);
        }

        public Options withTls(Tls tls) {
            return new Options(host, port, speed, stepS, alarmsFile, plantTag, Optional.ofNullable(tls));
        }
    }

    /**
     * What a run did, as {@link #stop()} reports it.
     *
     * @param ticks          steps the twin took
     * @param samplesStored  twin samples the store acknowledged
     * @param samplesLost    samples the store refused (store failures; 0 in a healthy run)
     * @param start          twin time at the start
     * @param lastTwinTime   twin time at the last step
     */
    public record Summary(long ticks, long samplesStored, long samplesLost, Instant start, Instant lastTwinTime) {
    }

    /** The fastest speed accepted (an hour of twin time per wall second). */
    public static final double MAX_SPEED = 3600;
    /** Sessions idle this long end. */
    public static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);
    /** The most sessions open at once. */
    public static final int MAX_SESSIONS = 100;
    static final String STORE_DIR = "store";
    private static final Logger LOG = LoggerFactory.getLogger(LiquidTwinService.class);

    private final Path dataDir;
    private final TelemetryStore store;
    private final LiveTwin twin;
    private final LiquidTwinServer server;
    private final Pacer pacer;
    private final Optional<Path> generatedPasswordFile;
    private final List<String> notices;
    private final Instant start;
    private final AtomicLong tickErrors;
    private Summary summary;

    private LiquidTwinService(Path dataDir, TelemetryStore store, LiveTwin twin, LiquidTwinServer server, Pacer pacer,
                              Optional<Path> generatedPasswordFile, List<String> notices, Instant start,
                              AtomicLong tickErrors) {
        this.dataDir = dataDir;
        this.store = store;
        this.twin = twin;
        this.server = server;
        this.pacer = pacer;
        this.generatedPasswordFile = generatedPasswordFile;
        this.notices = List.copyOf(notices);
        this.start = start;
        this.tickErrors = tickErrors;
    }

    /** As {@link #open(Path, Path, Options, InstantSource)} on the system clock. */
    public static LiquidTwinService open(Path plantFile, Path dataDir, Options options) {
        return open(plantFile, dataDir, options, InstantSource.system());
    }

    /**
     * Starts the service.
     *
     * @param plantFile the plant (YAML)
     * @param dataDir   the data directory: {@code store/} (telemetry, alarm journal), accounts, generated password
     * @param wallClock the wall clock (twin start, sessions)
     * @throws ServiceStartException naming what is at fault; nothing stays open
     */
    public static LiquidTwinService open(Path plantFile, Path dataDir, Options options, InstantSource wallClock) {
        Objects.requireNonNull(plantFile, "plantFile");
        Objects.requireNonNull(dataDir, "dataDir");
        checkOptions(options);
        Plant plant = loadPlant(plantFile);
        probePort(options);
        List<AlarmDefinition> alarms = options.alarmsFile().map(LiquidTwinService::loadAlarms).orElse(List.of());
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            TelemetryStore store = openStore(dataDir);
            opened.add(store);
            Accounts accounts = openAccounts(dataDir);
            String tag = options.plantTag().orElse(plant.name());
            Map<String, String> tags = Map.of("plant", tag);
            List<String> notices = new ArrayList<>();
            Instant start = startInstant(store, tags, wallClock.instant(), notices);
            LiveWeather.Choice weather = LiveWeather.choose(plant, plantFile, start);
            notices.add("outdoor conditions: " + weather.description());
            Simulation sim = simulation(plant, plantFile, weather);
            LiveTwin twin = new LiveTwin(sim, store, alarms, start, options.stepS(), tags);
            opened.add(twin);
            notices.addAll(unwatched(alarms, twin.snapshot(), tags, options.alarmsFile()));
            Sessions sessions = new Sessions(wallClock, SESSION_TIMEOUT, MAX_SESSIONS);
            ServerContext ctx = new ServerContext(twin, accounts, sessions, new RedfishDirectory(), wallClock,
                    dataDir);
            LiquidTwinServer server = startServer(ctx, options);
            opened.add(server);
            AtomicLong tickErrors = new AtomicLong();
            Pacer pacer = new Pacer(twin, options.speed(), e -> {
                if (tickErrors.getAndIncrement() % 1000 == 0) { // a persistent failure is logged, not flooded
                    LOG.warn("a twin tick failed ({} so far)", tickErrors.get(), e);
                }
            });
            return new LiquidTwinService(dataDir, store, twin, server, pacer, accounts.generatedPasswordFile(),
                    notices, start, tickErrors);
        } catch (RuntimeException e) {
            closeAll(opened.reversed(), e);
            throw e;
        }
    }

    /** @return the port the server listens on */
    public int port() {
        return server.port();
    }

    /** @return the running twin */
    public LiveTwin twin() {
        return twin;
    }

    /** @return the data directory */
    public Path dataDir() {
        return dataDir;
    }

    /** @return the file holding the administrator's password if this start generated it (the first start) */
    public Optional<Path> generatedPasswordFile() {
        return generatedPasswordFile;
    }

    /** @return things the user should know about this start (the weather, alarms that watch nothing, a resume) */
    public List<String> notices() {
        return notices;
    }

    /** @return twin time at the start */
    public Instant start() {
        return start;
    }

    /** @return ticks that failed so far (the pacer goes on after a failed tick) */
    public long tickErrors() {
        return tickErrors.get();
    }

    /**
     * Stops the service (see {@link #close()}); idempotent.
     *
     * @return what the run did (the same summary on every call)
     * @throws IllegalStateException if closing the store failed (the other parts are closed anyway)
     */
    public synchronized Summary stop() {
        if (summary != null) {
            return summary;
        }
        RuntimeException failure = null;
        failure = attempt(server::close, failure);
        failure = attempt(pacer::close, failure);
        TwinSnapshot last = twin.snapshot();
        IngestStats stats = twin.ingest().stats();
        failure = attempt(twin::close, failure);
        failure = attempt(store::close, failure);
        // ticks from twin time, not the snapshot sequence: control actions publish snapshots too
        summary = new Summary(Math.round(last.timeS() / twin.stepS()), stats.accepted(), stats.lostToStore(), start,
                Instant.EPOCH.plus(last.epochMicros(), ChronoUnit.MICROS));
        if (failure != null) {
            throw new IllegalStateException("stopping the service: " + failure.getMessage(), failure);
        }
        return summary;
    }

    /** Stops accepting requests, then stops the pacer, closes the twin and the store; idempotent. */
    @Override
    public void close() {
        stop();
    }

    // ---- start-up steps, each failing with a message that names its file, port or directory ----------------------

    private static void checkOptions(Options o) {
        if (!(o.speed() > 0) || !(o.speed() <= MAX_SPEED)) {
            throw new ServiceStartException(ServiceStartException.Reason.OPTIONS, "speed must be > 0 and ≤ "
                    + (int) MAX_SPEED + " (simulated seconds per wall second), got " + o.speed(), null);
        }
        if (!(o.stepS() > 0) || !Double.isFinite(o.stepS())) {
            throw new ServiceStartException(ServiceStartException.Reason.OPTIONS,
                    "step must be finite and > 0 simulated seconds, got " + o.stepS(), null);
        }
        if (o.port() < 0 || o.port() > 65_535) {
            throw new ServiceStartException(ServiceStartException.Reason.OPTIONS,
                    "port must be 0–65535, got " + o.port(), null);
        }
        if (o.tls().isPresent()) {
            try {
                o.tls().get().load(); // a missing file or a wrong password is bad input, told before anything opens
            } catch (IllegalArgumentException e) {
                throw new ServiceStartException(ServiceStartException.Reason.OPTIONS, e.getMessage(), e);
            }
        }
    }

    private static Plant loadPlant(Path plantFile) {
        try {
            return PlantLoader.load(plantFile);
        } catch (PlantFileException e) {
            throw new ServiceStartException(ServiceStartException.Reason.PLANT_FILE, e.getMessage(), e);
        }
    }

    private static List<AlarmDefinition> loadAlarms(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ServiceStartException(ServiceStartException.Reason.ALARMS_FILE,
                    "alarm definitions " + file + ": no such file", null);
        }
        try {
            return AlarmDefinitions.read(file);
        } catch (AlarmDefinitionException e) {
            throw new ServiceStartException(ServiceStartException.Reason.ALARMS_FILE, e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ServiceStartException(ServiceStartException.Reason.ALARMS_FILE, "alarm definitions " + file
                    + ": " + e.getCause().getMessage(), e);
        }
    }

    private static TelemetryStore openStore(Path dataDir) {
        Path dir = dataDir.resolve(STORE_DIR);
        try {
            return QuestDbTelemetryStore.open(dir);
        } catch (IllegalStateException e) {
            boolean busy = e.getMessage() != null && e.getMessage().startsWith("another LiquidTwin process owns");
            throw new ServiceStartException(busy ? ServiceStartException.Reason.DATA_DIR_BUSY
                    : ServiceStartException.Reason.DATA_DIR, "telemetry store: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ServiceStartException(ServiceStartException.Reason.DATA_DIR, "telemetry store in "
                    + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Accounts openAccounts(Path dataDir) {
        try {
            return Accounts.open(dataDir);
        } catch (UncheckedIOException e) {
            throw new ServiceStartException(ServiceStartException.Reason.DATA_DIR, e.getMessage(), e);
        }
    }

    /** @return now, or just after the newest stored sample of this plant's series if that is later */
    static Instant startInstant(TelemetryStore store, Map<String, String> tags, Instant now, List<String> notices) {
        long newest = Long.MIN_VALUE;
        for (SeriesKey k : store.series(tags)) {
            newest = Math.max(newest, store.latest(k).map(s -> s.epochMicros()).orElse(Long.MIN_VALUE));
        }
        Instant start = now.truncatedTo(ChronoUnit.MILLIS);
        if (newest != Long.MIN_VALUE) {
            Instant after = Instant.EPOCH.plus(newest, ChronoUnit.MICROS).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            if (after.isAfter(start)) {
                notices.add("the store holds this plant's samples up to " + Instant.EPOCH.plus(newest,
                        ChronoUnit.MICROS) + " (a faster earlier run); twin time resumes at " + after);
                return after;
            }
        }
        return start;
    }

    private static Simulation simulation(Plant plant, Path plantFile, LiveWeather.Choice weather) {
        var site = plant.site();
        Simulation.Ambient design = new Simulation.Ambient(site.map(s -> s.designDryBulbK()).orElse(298.15),
                site.map(s -> s.designWetBulbK()).orElse(291.15));
        // start from the first weather hour (not the design extreme) so the twin does not open with a transient
        Simulation.Ambient initial = weather.year().map(y -> y.hour(0))
                .map(h -> new Simulation.Ambient(h.dryBulbK(), Math.min(h.wetBulbK(), h.dryBulbK()))).orElse(design);
        Simulation sim = new Simulation(PlantModel.build(plant), initial);
        weather.year().ifPresent(sim::useWeather);
        try {
            sim.initialise();
        } catch (SimulationException e) {
            throw new ServiceStartException(ServiceStartException.Reason.SIMULATION, plantFile
                    + ": the simulation cannot start: " + e.getMessage(), e);
        }
        return sim;
    }

    /** Warnings for alarms whose series the twin does not publish (they can only fire on ingested samples). */
    private static List<String> unwatched(List<AlarmDefinition> alarms, TwinSnapshot snapshot, Map<String, String> tags,
                                          Optional<Path> file) {
        java.util.Set<SeriesKey> published = new java.util.HashSet<>();
        snapshot.units().forEach((name, unit) -> {
            Map<String, String> t = new java.util.TreeMap<>(tags);
            if (!unit.isEmpty()) {
                t.put("unit", unit);
            }
            try {
                published.add(new SeriesKey(name, t));
            } catch (IllegalArgumentException e) {
                // not a valid series name: the twin does not publish it either
            }
        });
        List<String> out = new ArrayList<>();
        for (AlarmDefinition d : alarms) {
            if (!published.contains(d.series())) {
                out.add("alarm " + d.id() + " (" + file.map(Path::toString).orElse("") + ") watches "
                        + d.series().id() + ", which this twin does not publish (its series are tagged "
                        + tags.entrySet().iterator().next() + "); it fires only on ingested samples");
            }
        }
        return out;
    }

    /** Fails fast (before the store and the simulation start) when the port is visibly taken; the bind decides. */
    private static void probePort(Options o) {
        if (o.port() == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(o.host(), o.port()));
        } catch (BindException e) {
            throw portInUse(o, e);
        } catch (java.io.IOException | IllegalArgumentException | SecurityException e) {
            // not conclusive (e.g. an unresolvable host): the server's own bind reports it
        }
    }

    private static ServiceStartException portInUse(Options o, Exception e) {
        return new ServiceStartException(ServiceStartException.Reason.PORT, "port " + o.port() + " on " + o.host()
                + " is already in use or cannot be bound; stop the other service or choose another port", e);
    }

    private static LiquidTwinServer startServer(ServerContext ctx, Options o) {
        try {
            return LiquidTwinServer.start(ctx, new LiquidTwinServer.Options(o.host(), o.port(), 16L << 20, null,
                    o.tls().orElse(null)),
                    ServerModules.standard());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException || t.getClass().getSimpleName().equals("JavalinBindException")) {
                    throw portInUse(o, e);
                }
            }
            throw new ServiceStartException(ServiceStartException.Reason.PORT, "cannot start the HTTP server on "
                    + o.host() + ":" + o.port() + ": " + e.getMessage(), e);
        }
    }

    private static RuntimeException attempt(Runnable step, RuntimeException failure) {
        try {
            step.run();
            return failure;
        } catch (RuntimeException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
            return failure;
        }
    }

    private static void closeAll(List<AutoCloseable> opened, RuntimeException cause) {
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }
    }
}
