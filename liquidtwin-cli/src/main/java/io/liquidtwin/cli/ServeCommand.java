package io.liquidtwin.cli;

import io.liquidtwin.server.security.Tls;
import io.liquidtwin.server.service.LiquidTwinService;
import io.liquidtwin.server.service.ServiceStartException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code liquidtwin serve PLANT.yaml [--port 8080] [--data DIR] [--speed 1|10|60]}: runs the plant live (a
 * {@link LiquidTwinService}) until SIGINT (Ctrl-C) or SIGTERM, then stops it in the order that loses nothing the
 * store acknowledged and exits 0. A start failure (bad plant or alarms file, port in use, data directory owned by
 * another process) is one message naming the file, port or directory: exit 2 for bad input, 3 when the machine is
 * at fault (port, directory, a plant that cannot start).
 *
 * <p>SIGINT and SIGTERM are caught (where the JVM allows it) so the stop runs on the main thread and the exit code is
 * 0; a shutdown hook stops the service too on any other way out of the JVM (then with the JVM's exit code).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run a plant live: its twin paced against the wall clock, every reading stored in DATA/store, "
                + "served over HTTP (Redfish at /redfish/v1). Ctrl-C stops it cleanly.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLANT.yaml", description = "the plant file")
    Path plantFile;

    @Option(names = "--port", defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port, printed at start)")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0",
            description = "interface to listen on (default: ${DEFAULT-VALUE}, all; 127.0.0.1 for this machine only)")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "liquidtwin-data",
            description = "data directory: telemetry store, accounts, generated admin password "
                    + "(default: ./${DEFAULT-VALUE}); one process at a time owns it")
    Path dataDir;

    @Option(names = "--speed", defaultValue = "1",
            description = "simulated seconds per wall second: 1 (real time), 10 or 60 are the usual; any value above"
                    + " 0 up to 3600 is accepted (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--step", converter = DurationConverter.class,
            description = "simulated time per tick, e.g. 1s, 10s, 1m (default: the speed in seconds, so the twin "
                    + "ticks and stores a reading of every sensor once per wall second)")
    Double stepS;

    @Option(names = "--alarms", paramLabel = "FILE",
            description = "alarm definitions (YAML, see examples/alarms/); default: none")
    Path alarmsFile;

    @Option(names = "--plant-tag", paramLabel = "NAME",
            description = "value of the plant tag on every twin series (default: the plant's name); alarm files "
                    + "select series by it (examples/alarms/qingdao-alarms.yaml selects the Qingdao plant's name)")
    String plantTag;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "serve HTTPS (only) with this PKCS#12 keystore holding the server's private key and "
                    + "certificate chain; needs --tls-password-file")
    Path tlsKeystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE",
            description = "file whose first line is the keystore's password (a file, so it stays out of the "
                    + "process list and shell history)")
    Path tlsPasswordFile;

    /** Starts, prints the start lines, then stops at once: the launcher's class-data training run (hidden). */
    @Option(names = "--exit-after-start", hidden = true)
    boolean exitAfterStart;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        quietHttpLogs();
        double step = stepS != null ? stepS : speed;
        java.util.Optional<Tls> tls;
        try {
            tls = tls();
        } catch (IllegalArgumentException e) {
            err.println("liquidtwin: " + e.getMessage());
            err.flush();
            return 2;
        }
        LiquidTwinService.Options options = new LiquidTwinService.Options(host, port, speed, step,
                java.util.Optional.ofNullable(alarmsFile), java.util.Optional.ofNullable(plantTag), tls);
        LiquidTwinService service;
        try {
            service = LiquidTwinService.open(plantFile, dataDir, options);
        } catch (ServiceStartException e) {
            err.println("liquidtwin: " + e.getMessage());
            err.flush();
            return e.reason().badInput() ? 2 : 3;
        }
        LiquidTwinService started = service;
        return untilStopped(service, out, err, () -> printStarted(started, out, step), exitAfterStart);
    }

    /**
     * Runs a started service until SIGINT or SIGTERM (or, where signals cannot be caught, the JVM's shutdown), then
     * stops it: HTTP, then the twin, then the store.
     *
     * @param printStarted prints what the user needs (URLs, credentials); runs once the stop handlers are in place
     * @param exitAfterStart stop at once after printing (the launcher's class-data training run)
     * @return 0 after a clean stop, 3 when the stop failed
     */
    static int untilStopped(LiquidTwinService service, PrintWriter out, PrintWriter err, Runnable printStarted,
                            boolean exitAfterStart) throws InterruptedException {
        Stopper stopper = new Stopper(service, out, err);
        Thread hook = new Thread(stopper::stop, "liquidtwin-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        CountDownLatch stopRequested = new CountDownLatch(1);
        boolean caught = Signals.onInterruptOrTerminate(stopRequested::countDown);
        printStarted.run();
        if (!caught) {
            out.println("(signals cannot be caught in this JVM: the shutdown hook stops the service)");
            out.flush();
        }
        if (!exitAfterStart) {
            stopRequested.await();
        }
        int code = stopper.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook has run or is running; stop() is idempotent
        }
        return code;
    }

    /** @return the TLS setting of the two options, which go together */
    private java.util.Optional<Tls> tls() {
        if (tlsKeystore == null && tlsPasswordFile == null) {
            return java.util.Optional.empty();
        }
        if (tlsKeystore == null || tlsPasswordFile == null) {
            throw new IllegalArgumentException("--tls-keystore and --tls-password-file go together (HTTPS needs the"
                    + " keystore and its password)");
        }
        String password;
        try {
            password = java.nio.file.Files.readAllLines(tlsPasswordFile).stream().findFirst().orElse("");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("--tls-password-file " + tlsPasswordFile + " cannot be read: " + e);
        }
        return java.util.Optional.of(new Tls(tlsKeystore, password));
    }

    private void printStarted(LiquidTwinService s, PrintWriter out, double step) {
        String name = s.twin().plantName();
        String where = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        String base = (tlsKeystore != null ? "https://" : "http://") + (where.contains(":") ? "[" + where + "]" : where) + ":" + s.port();
        out.printf(Locale.ROOT, "LiquidTwin serving %s at %s× real time (%s s simulated per tick), twin time from %s%n",
                name, number(speed), number(step), s.start());
        out.println("  Redfish:  " + base + "/redfish/v1");
        out.println("  health:   " + base + "/api/health");
        out.println("  data:     " + s.dataDir().toAbsolutePath().normalize() + " (telemetry in store/)");
        s.generatedPasswordFile().ifPresent(f -> out.println("  first start: user 'admin', password generated in "
                + f.toAbsolutePath().normalize() + " (owner-only; it is not shown again)"));
        for (String n : s.notices()) {
            out.println("  note: " + n);
        }
        out.println("Ctrl-C to stop");
        out.flush();
    }

    /** Stops the service once (from the main thread or the shutdown hook) and prints what the run did. */
    static final class Stopper {
        private final LiquidTwinService service;
        private final PrintWriter out;
        private final PrintWriter err;
        private Integer code;

        Stopper(LiquidTwinService service, PrintWriter out, PrintWriter err) {
            this.service = service;
            this.out = out;
            this.err = err;
        }

        synchronized int stop() {
            if (code != null) {
                return code;
            }
            out.println("stopping: HTTP, then the twin, then the store ...");
            out.flush();
            try {
                LiquidTwinService.Summary s = service.stop();
                out.printf(Locale.ROOT, "stopped: %d ticks, %d samples stored%s, last twin time %s; store closed"
                                + " cleanly%n", s.ticks(), s.samplesStored(),
                        s.samplesLost() > 0 ? " (" + s.samplesLost() + " refused by the store)" : "",
                        s.lastTwinTime());
                out.flush();
                code = 0;
            } catch (RuntimeException e) {
                err.println("liquidtwin: " + e.getMessage());
                err.flush();
                code = 3;
            }
            return code;
        }
    }

    /** Jetty and Javalin log every start and stop at INFO; the command prints its own summary instead. */
    static void quietHttpLogs() {
        for (String logger : new String[] {"org.eclipse.jetty", "io.javalin"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
