package io.liquidtwin.cli;

import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.PlantFileException;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code liquidtwin validate PLANT.yaml}: runs only the plant-file checks; exit 0 when clean, 2 with every error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a plant file and report every error (file:line: path: message).")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLANT.yaml", description = "the plant file")
    Path plantFile;

    @Override
    public Integer call() {
        try {
            Plant p = PlantLoader.load(plantFile);
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s: OK — %d loops, %d CDUs, %d cold-plate racks, %d two-phase tanks, "
                    + "%d single-phase tanks; IT %.1f kW (%.1f kW to liquid)%n", plantFile, p.loops().size(),
                    p.cdus().size(), p.coldPlateRacks().size(), p.twoPhaseTanks().size(), p.singlePhaseTanks().size(),
                    p.totalItPowerW() / 1e3, p.totalHeatToLiquidW() / 1e3);
            out.flush();
            return 0;
        } catch (PlantFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }
}
