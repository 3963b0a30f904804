package io.liquidtwin.cli;

import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.CsvSeriesWriter;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.RunSummary;
import io.liquidtwin.sim.engine.Sensors;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.engine.SimulationException;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.PlantFileException;
import io.liquidtwin.sim.plant.PlantLoader;
import io.liquidtwin.sim.weather.EpwReader;
import io.liquidtwin.sim.weather.MonthlyNormals;
import io.liquidtwin.sim.weather.SyntheticYear;
import io.liquidtwin.sim.weather.WeatherFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code liquidtwin simulate PLANT.yaml [--duration 24h] [--step 15s] [--steady] [--out DIR]}: simulates a plant
 * under constant outdoor conditions, writes every sensor-like quantity as CSV and prints a summary.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a plant (transient or --steady); write CSV time series and print a summary.")
final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLANT.yaml", description = "the plant file")
    Path plantFile;

    @Option(names = "--duration", defaultValue = "24h", converter = DurationConverter.class,
            description = "simulated duration: 90s, 30m, 24h, 7d, 1y (default: ${DEFAULT-VALUE})")
    double durationS;

    @Option(names = "--step", defaultValue = "15s", converter = DurationConverter.class,
            description = "time step (default: ${DEFAULT-VALUE})")
    double stepS;

    @Option(names = "--output-every", converter = DurationConverter.class,
            description = "CSV row interval (default: the step, or duration/1440 if larger)")
    Double outputEveryS;

    @Option(names = "--steady", description = "solve the steady state instead of a transient")
    boolean steady;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<plant name>)")
    Path outDir;

    @Option(names = "--dry-bulb-c", description = "outdoor dry-bulb, °C (default: the site's design value, else 25)")
    Double dryBulbC;

    @Option(names = "--wet-bulb-c", description = "outdoor wet-bulb, °C (default: the site's design value, else 18)")
    Double wetBulbC;

    @Option(names = "--channels", paramLabel = "REGEX", description = "write only channels whose name matches")
    String channelFilter;

    @Option(names = "--weather", paramLabel = "EPW|qingdao",
            description = "hourly outdoor conditions: an EnergyPlus weather file (.epw, .epw.gz), or 'qingdao' for "
                    + "the built-in synthetic typical year (default: constant design conditions)")
    String weatherSource;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Plant plant;
        try {
            plant = PlantLoader.load(plantFile);
        } catch (PlantFileException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        if (stepS > durationS && !steady) {
            throw new IllegalArgumentException("--step (" + stepS + " s) is longer than --duration (" + durationS
                    + " s)");
        }
        double db = dryBulbC != null ? dryBulbC + 273.15
                : plant.site().map(s -> s.designDryBulbK()).orElse(298.15);
        double wb = wetBulbC != null ? wetBulbC + 273.15
                : plant.site().map(s -> s.designWetBulbK()).orElse(291.15);
        Path dir = outDir != null ? outDir : Path.of("out", plant.name());
        Files.createDirectories(dir);
        long wall0 = System.nanoTime();
        Simulation sim = new Simulation(PlantModel.build(plant), new Simulation.Ambient(db, wb));
        if (weatherSource != null) {
            try {
                sim.useWeather(weatherSource.equalsIgnoreCase("qingdao")
                        ? SyntheticYear.generate(MonthlyNormals.qingdao(), 0)
                        : EpwReader.read(Path.of(weatherSource)));
            } catch (WeatherFileException e) {
                err.println(e.getMessage());
                err.flush();
                return 2;
            }
        }
        List<Channel> channels = Sensors.of(sim);
        if (channelFilter != null) {
            Pattern p = Pattern.compile(channelFilter);
            channels = channels.stream().filter(c -> p.matcher(c.name()).find()).toList();
        }
        Path csv = dir.resolve(steady ? "steady-state.csv" : "timeseries.csv");
        try (CsvSeriesWriter writer = new CsvSeriesWriter(csv, channels)) {
            sim.initialise();
            if (steady) {
                double limitS = 72 * 3600;
                if (sim.runToSteadyState(60, limitS) >= limitS) {
                    err.println("liquidtwin: warning: temperatures were still changing after " + (int) (limitS / 3600)
                            + " simulated hours; the steady state below is solved for the actuator positions then");
                }
                writer.write(sim.timeS());
            } else {
                run(sim, writer);
            }
        } catch (SimulationException e) {
            err.println("liquidtwin: simulation stopped " + e.getMessage());
            err.flush();
            return 3;
        }
        double wallS = (System.nanoTime() - wall0) / 1e9;
        List<String> summary = new java.util.ArrayList<>(RunSummary.of(sim));
        summary.add(String.format(Locale.ROOT, "Wall time %.2f s (%.0f× real time); %d channels in %s", wallS,
                sim.ledger().simulatedS() / wallS, channels.size(), csv));
        Files.write(dir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        summary.forEach(out::println);
        out.flush();
        return 0;
    }

    private void run(Simulation sim, CsvSeriesWriter writer) {
        double every = outputEveryS != null ? outputEveryS : Math.max(stepS, durationS / 1440);
        writer.write(0);
        double nextOutput = every;
        long start = System.nanoTime();
        ProgressBar bar = null;
        try {
            while (sim.timeS() < durationS - 1e-9) {
                sim.step(Math.min(stepS, durationS - sim.timeS()));
                if (sim.timeS() >= nextOutput - 1e-9) {
                    writer.write(sim.timeS());
                    nextOutput += every;
                }
                if (bar == null && System.nanoTime() - start > 2_000_000_000L) { // runs longer than ~2 s
                    bar = new ProgressBarBuilder().setTaskName("simulating").setInitialMax((long) (durationS / 60))
                            .setUnit(" sim-min", 1).setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
                }
                if (bar != null) {
                    bar.stepTo((long) (sim.timeS() / 60));
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
