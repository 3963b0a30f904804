package io.liquidtwin.cli;

import io.liquidtwin.sim.study.Scenario;
import io.liquidtwin.sim.study.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code liquidtwin demo}: the main job on its embedded defaults — the scenario
 * {@code examples/studies/qingdao-year.yaml} (the 1 MW two-phase immersion plant in Qingdao for a year, the KTH-SP2 trace scaled to it under EASY backfilling,
 * a condenser-water pump trip for 30 minutes in July) run as a design study, its report written to
 * {@code demo-out/report.html} and its headline figures printed. Run from the repository the example files are read
 * from {@code examples/}; elsewhere the copies embedded in the jar are used.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the demo design study: the 1 MW two-phase plant in Qingdao for a year, with a job trace "
                + "and a pump trip; writes demo-out/report.html and prints the headline figures.")
final class DemoCommand implements Callable<Integer> {

    /** The demo scenario, in examples/ and embedded in the jar. */
    static final String SCENARIO = "examples/studies/qingdao-year.yaml";
    /** The trace the demo replays. */
    static final String KTH = "KTH-SP2-1996-2.1-cln.swf.gz";
    /** The plant it names. */
    static final String PLANT = "examples/qingdao-two-phase-1mw.yaml";

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

    @Option(names = "--no-serve", description = "only write the report (serving the live plant arrives with the "
            + "dashboard; today the demo always stops after the report)")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        return Failures.guard(err, () -> {
            Scenario scenario = ScenarioReader.read(scenarioFile());
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
    }

    /** @return the demo scenario in examples/ when present, else the embedded copies written to a temporary folder */
    static Path scenarioFile() {
        Path local = Path.of(SCENARIO);
        if (Files.isRegularFile(local) && Files.isRegularFile(Path.of(PLANT))) {
            return local;
        }
        try {
            Path dir = Files.createTempDirectory("liquidtwin-demo");
            for (String name : new String[] {SCENARIO, PLANT}) {
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
            return dir.resolve(SCENARIO);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded demo scenario: " + e.getMessage(), e);
        }
    }
}
