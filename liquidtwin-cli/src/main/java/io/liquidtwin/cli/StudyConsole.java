package io.liquidtwin.cli;

import io.liquidtwin.sim.kpi.Kpis;
import io.liquidtwin.sim.study.Scenario;
import io.liquidtwin.sim.study.Study;
import io.liquidtwin.sim.study.StudyResult;
import io.liquidtwin.sim.report.HtmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Runs a scenario with a progress bar, writes its report and prints the headline figures (study and demo). */
final class StudyConsole {

    private StudyConsole() {
    }

    /** @return the outcome, its report written to {@code outDir} */
    static Study.Outcome runAndReport(Scenario scenario, Path outDir, PrintWriter out)
            throws IOException {
        long wall0 = System.nanoTime();
        Study.Outcome outcome;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("study").setInitialMax(1000)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" ‰", 1).continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            outcome = Study.run(scenario, f -> bar.stepTo(Math.round(f * 1000)));
            bar.stepTo(1000);
        }
        Path report = outcome.sweep().isPresent() ? HtmlReport.write(outcome.sweep().get(), outDir)
                : HtmlReport.write(outcome.runs().get(0), outDir);
        double wallS = (System.nanoTime() - wall0) / 1e9;
        if (outcome.sweep().isPresent()) {
            sweepTable(outcome.sweep().get(), out);
        } else {
            headline(outcome.runs().get(0), out);
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

    /** Prints one line per run of a sweep, then the notes of the run with the lowest PUE. */
    static void sweepTable(io.liquidtwin.sim.study.SweepResult sweep, PrintWriter out) {
        StudyResult first = sweep.runs().get(0);
        out.println(first.plantName() + " — " + first.siteName() + ", " + first.workloadName() + "; PUE is "
                + first.annual().category().label());
        out.printf(Locale.ROOT, "%24s %8s %10s %11s %10s %9s %13s%n", sweep.parameter() + " (" + sweep.unit() + ")",
                "PUE", "WUE L/kWh", "facility MWh", "device °C", "CHF ratio", "chiller-free h");
        StudyResult best = first;
        for (StudyResult r : sweep.runs()) {
            Kpis k = r.annual();
            out.printf(Locale.ROOT, "%24s %8.4f %10.4f %11.1f %10.2f %9.3f %13d%n", trim(r.sweepValue()), k.pue(),
                    k.wueLPerKWh(),
                    k.totals().facilityEnergyKWh() / 1e3, r.peakDeviceC(), r.peakChfRatio(), r.chillerFreeHours());
            if (k.pue() < best.annual().pue()) {
                best = r;
            }
        }
        out.println("lowest PUE: " + trim(best.sweepValue()) + " " + sweep.unit());
        for (String n : best.notes()) {
            out.println("  note: " + n);
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
