package io.liquidtwin.cli;

import io.liquidtwin.server.service.LiquidTwinService;
import io.liquidtwin.server.service.ServiceStartException;
import io.liquidtwin.sim.study.Scenario;
import io.liquidtwin.sim.study.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code liquidtwin demo}: the main job on its embedded defaults — the scenario
 * {@code examples/studies/qingdao-year.yaml} (the 1 MW two-phase immersion plant in Qingdao for a year, the KTH-SP2 trace scaled to it under EASY backfilling,
 * a condenser-water pump trip for 30 minutes in July) run as a design study, its report written to
 * {@code demo-out/report.html} and its headline figures printed; then the same plant served live (as
 * {@code liquidtwin serve} does, at 60× real time with the example alarms) at {@code http://localhost:8080/} until
 * Ctrl-C, unless {@code --no-serve}. Run from the repository the example files are read from {@code examples/};
 * elsewhere the copies embedded in the jar are used.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the demo design study: the 1 MW two-phase plant in Qingdao for a year, with a job trace "
                + "and a pump trip; writes demo-out/report.html and prints the headline figures. Then serves the plant "
                + "live with its dashboard at http://localhost:8080/ until Ctrl-C (--no-serve: stop after the report).")
final class DemoCommand implements Callable<Integer> {

    /** The demo scenario, in examples/ and embedded in the jar. */
    static final String SCENARIO = "examples/studies/qingdao-year.yaml";
    /** The trace the demo replays. */
    static final String KTH = "KTH-SP2-1996-2.1-cln.swf.gz";
    /** The plant it names. */
    static final String PLANT = "examples/qingdao-two-phase-1mw.yaml";
    /** The alarms the served demo plant runs with. */
    static final String ALARMS = "examples/alarms/qingdao-alarms.yaml";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-out",
            description = "report folder (default: ${DEFAULT-VALUE})")
    Path outDir;

    @Option(names = "--start", paramLabel = "MM-DD", description = "start the run on this day instead (shorter demos)")
    String start;

    @Option(names = "--duration", converter = DurationConverter.class,
            description = "simulate this long instead of the scenario's year (e.g. 2d); events outside are dropped")
    Double durationS;

    @Option(names = "--trace", paramLabel = "FILE.swf[.gz]", description = "the job trace (default: the scenario's, "
            + "../shared/data/traces/" + KTH + " from the repository; the built-in synthetic workload when absent)")
    Path trace;

    @Option(names = "--no-serve", description = "only write the report; do not serve the plant afterwards")
    boolean noServe;

    @Option(names = "--port", defaultValue = "8080",
            description = "serve on this TCP port (default: ${DEFAULT-VALUE}; 0 = any free port, printed)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "interface to serve on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all)")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "demo-data",
            description = "data directory of the served plant: telemetry, accounts, the generated administrator "
                    + "password (default: ./${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--speed", defaultValue = "60",
            description = "simulated seconds per wall second while serving (default: ${DEFAULT-VALUE})")
    double speed;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        DemoFiles[] demo = new DemoFiles[1];
        Path[] plant = new Path[1];
        int reported = Failures.guard(err, () -> {
            demo[0] = files();
            Scenario scenario = ScenarioReader.read(demo[0].scenario());
            plant[0] = scenario.plantFile();
            Path beside = Path.of("..", "shared", "data", "traces", KTH); // the place, from the working folder
            if (trace != null) {
                if (!Files.isRegularFile(trace)) {
                    err.println("liquidtwin: --trace: no file " + trace);
                    err.flush();
                    return 2;
                }
                scenario = scenario.withWorkloadFile(trace);
            } else if (scenario.workload().file().map(f -> !Files.isRegularFile(f)).orElse(true)
                    && Files.isRegularFile(beside)) {
                scenario = scenario.withWorkloadFile(beside);
            }
            if (start != null || durationS != null) {
                scenario = scenario.withPeriod(start, durationS);
            }
            StudyConsole.runAndReport(scenario, outDir, spec.commandLine().getOut());
            return 0;
        });
        if (reported != 0 || noServe) {
            return reported;
        }
        try {
            return serve(plant[0], demo[0].alarms());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        }
    }

    /** Serves the demo plant live until Ctrl-C, as {@code liquidtwin serve} does. */
    private int serve(Path plant, Path alarms) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServeCommand.quietHttpLogs();
        LiquidTwinService service;
        try {
            service = LiquidTwinService.open(plant, dataDir, new LiquidTwinService.Options(host, port, speed, speed,
                    Optional.of(alarms), Optional.empty(), Optional.empty()));
        } catch (ServiceStartException e) {
            err.println("liquidtwin: cannot serve the demo plant: " + e.getMessage()
                    + (e.reason().badInput() ? "" : " (--port, --data; --no-serve for the report only)"));
            err.flush();
            return e.reason().badInput() ? 2 : 3;
        }
        return ServeCommand.untilStopped(service, out, err, () -> printServing(service, out), false);
    }

    private void printServing(LiquidTwinService s, PrintWriter out) {
        String where = host.equals("0.0.0.0") || host.equals("::") || host.equals("127.0.0.1") ? "localhost"
                : host.contains(":") ? "[" + host + "]" : host;
        String base = "http://" + where + ":" + s.port();
        Path data = s.dataDir().toAbsolutePath().normalize();
        Path password = s.generatedPasswordFile().orElse(data.resolve("admin-password.txt"))
                .toAbsolutePath().normalize();
        out.println();
        out.printf(Locale.ROOT, "Serving %s live at %s× real time, with the example alarms:%n",
                s.twin().plantName(), speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed));
        out.println("  Dashboard: " + base + "/");
        out.println("  Redfish:   " + base + "/redfish/v1");
        if (Files.isRegularFile(password)) {
            out.println("  Log in as: admin — password in " + password);
        } else {
            out.println("  Log in as: admin — with the password you set (the generated one was in " + password
                    + "; delete " + data + " to start afresh)");
        }
        out.println("  data:      " + data);
        for (String n : s.notices()) {
            out.println("  note: " + n);
        }
        out.println("Ctrl-C to stop");
        out.flush();
    }

    /**
     * The demo's files.
     *
     * @param scenario the study scenario (names the plant)
     * @param alarms   the alarm definitions the served plant runs with
     */
    record DemoFiles(Path scenario, Path alarms) {
    }

    /** @return the demo files in examples/ when present, else the embedded copies written to a temporary folder */
    static DemoFiles files() {
        String[] names = {SCENARIO, PLANT, ALARMS};
        if (java.util.Arrays.stream(names).allMatch(n -> Files.isRegularFile(Path.of(n)))) {
            return new DemoFiles(Path.of(SCENARIO), Path.of(ALARMS));
        }
        try {
            Path dir = Files.createTempDirectory("liquidtwin-demo");
            for (String name : names) {
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = DemoCommand.class.getResourceAsStream("/" + name)) {
                    if (in == null) {
                        throw new IOException("the jar has no embedded " + name);
                    }
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
            }
            return new DemoFiles(dir.resolve(SCENARIO), dir.resolve(ALARMS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded demo scenario: " + e.getMessage(), e);
        }
    }
}
