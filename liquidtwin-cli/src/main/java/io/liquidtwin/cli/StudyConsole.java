package io.liquidtwin.cli;

import io.liquidtwin.sim.kpi.Kpis;
import io.liquidtwin.sim.study.Scenario;
import io.liquidtwin.sim.study.Study;
import io.liquidtwin.sim.study.StudyResult;
import io.liquidtwin.sim.report.HtmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Runs a scenario with a progress bar, writes its report and prints the headline figures (study and demo). */
final class StudyConsole {

    private StudyConsole() {
    }

    /** @return the outcome, its report written to {@code outDir} */
    static Study.Outcome runAndReport(Scenario scenario, Path outDir, PrintWriter out, PrintWriter err)
            throws IOException {
        long wall0 = System.nanoTime();
        Study.Outcome outcome;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("study").setInitialMax(1000)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" ‰", 1).continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            outcome = Study.run(scenario, f -> bar.stepTo(Math.round(f * 1000)));
            bar.stepTo(1000);
        }
        outcome.notices().forEach(n -> err.println("liquidtwin: note: " + n));
        err.flush();
        Path report = outcome.sweep().isPresent() ? HtmlReport.write(outcome.sweep().get(), outDir)
                : HtmlReport.write(outcome.runs().get(0), outDir);
        double wallS = (System.nanoTime() - wall0) / 1e9;
        for (StudyResult r : outcome.runs()) {
            headline(r, out);
        }
        out.printf(Locale.ROOT, "Report: %s (CSV tables beside it); wall time %.1f s%n", report, wallS);
        out.flush();
        return outcome;
    }

    /** Prints one run's headline figures. */
    static void headline(StudyResult r, PrintWriter out) {
        Kpis k = r.annual();
        out.println(r.title() + " — " + r.siteName() + ", " + r.workloadName());
        out.printf(Locale.ROOT, "  PUE %.3f (%s)   WUE %.3f L/kWh   IT energy %.1f MWh   facility %.1f MWh%n",
                k.pue(), k.category().label(), k.wueLPerKWh(), k.totals().itEnergyKWh() / 1e3,
                k.totals().facilityEnergyKWh() / 1e3);
        out.printf(Locale.ROOT, "  peak device temperature %.1f °C   peak CHF ratio q″/q″CHF %.3f (min headroom "
                + "%.1f %%)   chiller-free hours %d of %d%n", r.peakDeviceC(), r.peakChfRatio(),
                (1 - r.peakChfRatio()) * 100, r.chillerFreeHours(), r.hours().size());
        for (String n : r.notes()) {
            out.println("  note: " + n);
        }
    }

    /** @return the lines of a list, for tests */
    static List<String> lines(String s) {
        return List.of(s.split("\\R"));
    }
}
