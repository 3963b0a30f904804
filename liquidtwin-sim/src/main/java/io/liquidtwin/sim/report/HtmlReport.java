package io.liquidtwin.sim.report;

import io.liquidtwin.sim.study.StudyResult;
import io.liquidtwin.sim.study.SweepResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a study or sweep report: a self-contained {@code report.html} (inline SVG charts, no scripts, no external
 * URLs) and CSV tables beside it. Everything is rendered in memory first; then each file replaces its predecessor
 * atomically and {@code report.html} comes last, so a failed run leaves no half-written file.
 *
 * <p>Chart ids in the page: {@code chart-monthly-pue-wue}, {@code chart-heat-rejection}, {@code chart-load-duration},
 * {@code chart-peak-temps}, {@code chart-events} and, for a sweep, {@code chart-sweep}.
 */
public final class HtmlReport {

    /** The report page's file name. */
    public static final String REPORT_HTML = "report.html";
    /** Chart id of the sweep's trade-off curve. */
    public static final String SWEEP_CHART = "chart-sweep";

    private HtmlReport() {
    }

    /**
     * Writes the report of one study into {@code outDir}: {@code report.html}, {@code hourly.csv},
     * {@code monthly-kpis.csv}, {@code annual-kpis.csv} and {@code events.csv}.
     *
     * @param result the study's results
     * @param outDir the directory (created with its parents if missing; files in it are replaced)
     * @return the path of {@code report.html}
     * @throws IOException if the directory cannot be created or a file cannot be written; the message names the path
     */
    public static Path write(StudyResult result, Path outDir) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(outDir, "outDir");
        ReportFiles.directory(outDir);
        Map<String, String> files = new LinkedHashMap<>(studyTables(result));
        HtmlWriter w = new HtmlWriter(result.title());
        w.element("h1", "title", result.title());
        meta(w, result);
        StudyPage.write(w, result);
        files.put(REPORT_HTML, w.finish());
        return store(outDir, files);
    }

    /**
     * Writes the report of a sweep into {@code outDir}: {@code report.html} with the trade-off chart, a table of
     * every run's headline KPIs and the full charts of the run with the lowest annual PUE; {@code sweep.csv} with one
     * row per run; and each run's four study tables in {@code run-01/}, {@code run-02/}, ….
     *
     * @param sweep  the sweep's results
     * @param outDir the directory (created with its parents if missing; files in it are replaced)
     * @return the path of {@code report.html}
     * @throws IOException if the directory cannot be created or a file cannot be written; the message names the path
     */
    public static Path write(SweepResult sweep, Path outDir) throws IOException {
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(outDir, "outDir");
        ReportFiles.directory(outDir);
        List<StudyResult> runs = sweep.runs();
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            String dir = runDir(i, runs.size());
            studyTables(runs.get(i)).forEach((name, content) -> files.put(dir + "/" + name, content));
        }
        files.put("sweep.csv", CsvTables.sweep(sweep));
        int best = best(runs);
        String title = "Sweep of " + sweep.parameter() + ": " + runs.get(0).plantName();
        HtmlWriter w = new HtmlWriter(title);
        w.element("h1", "title", title);
        meta(w, runs.get(0));
        w.element("h2", "sweep", "Sweep over " + sweep.parameter() + " (" + sweep.unit() + ")");
        w.figure(SWEEP_CHART, Charts.sweep(sweep), "Annual PUE (left axis) and peak device temperature (right "
                + "axis) against " + sweep.parameter() + ".", "No finite sweep results");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            StudyResult r = runs.get(i);
            rows.add(List.of(Integer.toString(i + 1) + (i == best ? " (best)" : ""),
                    Fmt.num(r.sweepValue(), 3), r.title(), Fmt.num(r.annual().pue(), 3),
                    Fmt.num(r.annual().coolingPartialPue(), 3), Fmt.num(r.annual().wueLPerKWh(), 3),
                    Fmt.num(r.annual().totals().facilityEnergyKWh() / 1000, 1), Fmt.num(r.peakDeviceC(), 1),
                    r.peakChfRatio() > 0 ? Fmt.num(r.peakChfRatio(), 3) : Fmt.ABSENT,
                    Integer.toString(r.chillerFreeHours()), runDir(i, runs.size()) + "/"));
        }
        w.table("sweep-table", List.of("run", sweep.parameter() + " (" + sweep.unit() + ")", "title", "PUE",
                "pPUE cooling", "WUE L/kWh", "facility MWh", "peak device \u00b0C", "peak CHF ratio",
                "chiller-free h", "tables"), rows);
        w.element("h2", "best-run", String.format(Locale.ROOT, "Best run (lowest annual PUE): run %d, %s",
                best + 1, runs.get(best).title()));
        StudyPage.write(w, runs.get(best));
        files.put(REPORT_HTML, w.finish());
        return store(outDir, files);
    }

    private static Map<String, String> studyTables(StudyResult r) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("hourly.csv", CsvTables.hourly(r.hours()));
        files.put("monthly-kpis.csv", CsvTables.monthly(r.monthly()));
        files.put("annual-kpis.csv", CsvTables.annual(r));
        files.put("events.csv", CsvTables.events(r.events()));
        return files;
    }

    private static void meta(HtmlWriter w, StudyResult r) {
        w.open("p", "meta", "meta").text("Plant: " + r.plantName() + " \u00b7 Site: " + r.siteName()
                + " \u00b7 Workload: " + r.workloadName() + " \u00b7 " + r.hours().size() + " h simulated").close("p");
    }

    /** @return index of the run with the lowest finite annual PUE (the first run if none is finite) */
    static int best(List<StudyResult> runs) {
        int best = 0;
        for (int i = 1; i < runs.size(); i++) {
            double p = runs.get(i).annual().pue();
            double b = runs.get(best).annual().pue();
            if (Double.isFinite(p) && (!Double.isFinite(b) || p < b)) {
                best = i;
            }
        }
        return best;
    }

    private static String runDir(int index, int count) {
        int digits = Math.max(2, Integer.toString(count).length());
        return String.format(Locale.ROOT, "run-%0" + digits + "d", index + 1);
    }

    /** Writes every file (report.html last, as the map's insertion order has it). */
    private static Path store(Path outDir, Map<String, String> files) throws IOException {
        Path dir = ReportFiles.directory(outDir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            ReportFiles.directory(target.getParent());
            ReportFiles.writeAtomically(target, f.getValue());
        }
        return dir.resolve(REPORT_HTML);
    }
}
