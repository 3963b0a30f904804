package io.liquidtwin.cli;

import io.liquidtwin.sim.study.Scenario;
import io.liquidtwin.sim.study.ScenarioReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code liquidtwin study SCENARIO.yaml [--out DIR]}: runs a design study (docs/scenario-format.md) and writes its
 * HTML report and CSV tables.
 */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Run a design study (plant + site + workload + events [+ sweep]); write an HTML report and CSV "
                + "KPI tables.")
final class StudyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "the scenario file")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "report folder (default: out/<scenario name>)")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        return Failures.guard(err, () -> {
            Scenario scenario = ScenarioReader.read(scenarioFile);
            StudyConsole.runAndReport(scenario, outDir != null ? outDir : Path.of("out", scenario.name()),
                    spec.commandLine().getOut());
            return 0;
        });
    }
}
