package io.liquidtwin.sim.study;

import io.liquidtwin.sim.engine.SimulationException;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.PlantLoader;
import io.liquidtwin.sim.weather.EpwReader;
import io.liquidtwin.sim.weather.MonthlyNormals;
import io.liquidtwin.sim.weather.SyntheticYear;
import io.liquidtwin.sim.weather.WeatherYear;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.DoubleConsumer;

/**
 * Runs a scenario: loads its plant (once per sweep value, the value written into the plant document and the document
 * checked again by the plant loader), prepares the weather year (rotated so hour 0 is the scenario's start) and the
 * workload, and runs every variant, sweeps in parallel on the machine's cores.
 */
public final class Study {

    /**
     * @param scenario the scenario
     * @param runs     one result per run (one without a sweep)
     * @param sweep    the sweep's results, when the scenario sweeps
     * @param notices  what the user should know about how it ran (fallbacks, assumptions)
     */
    public record Outcome(Scenario scenario, List<StudyResult> runs, Optional<SweepResult> sweep,
                          List<String> notices) {
        public Outcome {
            runs = List.copyOf(runs);
            notices = List.copyOf(notices);
        }
    }

    private Study() {
    }

    /**
     * @param progress receives the completed fraction (0–1) of all runs together; called from worker threads
     * @throws ScenarioFileException for a plant, weather or workload file problem, {@link StudyFailedException} when a
     *                               run cannot go on
     */
    public static Outcome run(Scenario sc, DoubleConsumer progress) {
        List<String> notices = new ArrayList<>();
        Plant base = PlantLoader.load(sc.plantFile());
        String plantText = sc.sweep().isPresent() ? plantText(sc) : null; // only a sweep rewrites the document
        WeatherYear weather = weather(sc, base, notices);
        Workloads.Built workload = Workloads.build(sc, base, notices);
        List<Double> values = sc.sweep().map(Scenario.Sweep::values).orElse(List.of(Double.NaN));
        List<StudyRunner.Inputs> inputs = new ArrayList<>();
        for (double v : values) {
            Plant plant = base;
            String title = sc.name();
            if (!Double.isNaN(v)) {
                Scenario.Sweep sw = sc.sweep().orElseThrow();
                String label = sw.path() + " = " + number(v);
                String yaml;
                try {
                    yaml = PlantOverride.apply(plantText, sw.path(), v);
                } catch (IllegalArgumentException e) {
                    throw new ScenarioFileException(sc.file().toString(), List.of(sc.file() + ": sweep: "
                            + e.getMessage()));
                }
                plant = PlantLoader.load(yaml, sc.plantFile() + " (" + label + ")");
                title = sc.name() + ", " + label;
            }
            String siteName = weather == null ? "design conditions of " + plant.site().map(s -> s.name())
                    .orElse("the plant") : weather.site().name();
            inputs.add(new StudyRunner.Inputs(title, plant, weather, siteName, workload.profile(), workload.name(),
                    sc.events(), sc.startS(), sc.durationS(), sc.stepS(), sc.tariffPerKWh(), sc.gridKgCo2PerKWh(), v));
        }
        List<StudyResult> results = new ArrayList<>();
        for (StudyResult r : runAll(inputs, sc.durationS(), progress)) {
            results.add(withNotices(r, notices));
        }
        Optional<SweepResult> sweep = sc.sweep().map(sw -> new SweepResult(sw.path(), sw.unit(), results));
        return new Outcome(sc, results, sweep, notices);
    }

    private static List<StudyResult> runAll(List<StudyRunner.Inputs> inputs, double durationS,
                                            DoubleConsumer progress) {
        int n = inputs.size();
        AtomicLongArray done = new AtomicLongArray(n);
        double total = n * durationS;
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "study-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<StudyResult>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> StudyRunner.run(inputs.get(k), s -> {
                    done.set(k, (long) s);
                    long sum = 0;
                    for (int j = 0; j < n; j++) {
                        sum += done.get(j);
                    }
                    progress.accept(Math.min(1.0, sum / total));
                })));
            }
            List<StudyResult> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof SimulationException s) {
                        throw new StudyFailedException(inputs.get(i).title(), s);
                    }
                    if (c instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String plantText(Scenario sc) {
        try {
            return Files.readString(sc.plantFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioFileException(sc.file().toString(), List.of(sc.file() + ": plant: cannot read "
                    + sc.plantFile() + ": " + e.getMessage()));
        }
    }

    /** @return the result with how-it-ran notices (fallbacks, machine resizing) ahead of its own notes */
    private static StudyResult withNotices(StudyResult r, List<String> notices) {
        if (notices.isEmpty()) {
            return r;
        }
        List<String> notes = new ArrayList<>(notices);
        notes.addAll(r.notes());
        return new StudyResult(r.title(), r.plantName(), r.siteName(), r.workloadName(), r.hours(), r.monthly(),
                r.annual(), r.events(), r.response(), r.chillerFreeHours(), r.peakDeviceC(), r.peakChfRatio(), notes,
                r.sweepValue());
    }

    /** @return the weather year rotated so its hour 0 is the scenario's start, or null for design conditions */
    static WeatherYear weather(Scenario sc, Plant plant, List<String> notices) {
        Scenario.SiteChoice choice = sc.site();
        if (choice instanceof Scenario.SiteChoice.FromPlant) {
            choice = fromPlant(sc, plant);
        }
        WeatherYear year = switch (choice) {
            case Scenario.SiteChoice.BuiltIn b -> SyntheticYear.generate(MonthlyNormals.qingdao(), 0);
            case Scenario.SiteChoice.Epw e -> EpwReader.read(e.file());
            case Scenario.SiteChoice.DesignConditions d -> null;
            case Scenario.SiteChoice.FromPlant p -> null;
        };
        if (year == null) {
            notices.add("no weather year: the plant's design outdoor conditions are held for the whole run");
            return null;
        }
        int shift = (int) Math.round(sc.startS() / 3600) % year.hourCount();
        if (shift == 0) {
            return year;
        }
        List<io.liquidtwin.sim.weather.WeatherHour> hours = new ArrayList<>(year.hours().subList(shift,
                year.hourCount()));
        hours.addAll(year.hours().subList(0, shift));
        return new WeatherYear(year.file(), year.site(), hours, year.filled());
    }

    /** The plant's {@code site.weather}: {@code qingdao} or an EPW path relative to the plant file. */
    private static Scenario.SiteChoice fromPlant(Scenario sc, Plant plant) {
        var named = plant.site().flatMap(s -> s.weather());
        if (named.isEmpty()) {
            return new Scenario.SiteChoice.DesignConditions();
        }
        if (named.get().equalsIgnoreCase("qingdao")) {
            return new Scenario.SiteChoice.BuiltIn("qingdao");
        }
        java.nio.file.Path dir = sc.plantFile().toAbsolutePath().getParent();
        java.nio.file.Path epw = dir.resolve(named.get()).normalize();
        if (!Files.isRegularFile(epw)) {
            throw new ScenarioFileException(sc.file().toString(), List.of(sc.plantFile() + ": site.weather: no file "
                    + epw + " (write qingdao or an EPW path relative to the plant file)"));
        }
        return new Scenario.SiteChoice.Epw(epw);
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

}
