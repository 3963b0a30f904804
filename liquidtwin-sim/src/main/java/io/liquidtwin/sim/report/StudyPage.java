package io.liquidtwin.sim.report;

import io.liquidtwin.sim.engine.EventTimeline.FiredEvent;
import io.liquidtwin.sim.kpi.Kpis;
import io.liquidtwin.sim.study.ResponseSample;
import io.liquidtwin.sim.study.StudyResult;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** The HTML sections of one study run: headline KPIs, notes, monthly table, charts and events. */
final class StudyPage {

    /** Chart ids, stable for tests and links. */
    static final String MONTHLY = "chart-monthly-pue-wue";
    static final String HEAT_REJECTION = "chart-heat-rejection";
    static final String LOAD_DURATION = "chart-load-duration";
    static final String PEAK_TEMPS = "chart-peak-temps";
    static final String EVENTS = "chart-events";
    /** Most event windows drawn as charts; further windows are listed in the events table only. */
    static final int MAX_EVENT_CHARTS = 12;

    private StudyPage() {
    }

    /** Writes the sections of {@code r} into {@code w}. */
    static void write(HtmlWriter w, StudyResult r) {
        headline(w, r);
        if (!r.notes().isEmpty()) {
            w.element("h2", "notes", "Notes");
            w.list("notes", r.notes());
        }
        monthly(w, r);
        w.element("h2", "charts", "Charts");
        w.figure(MONTHLY, Charts.monthlyPueWue(r.monthly()),
                "Monthly PUE (bars, left axis) and WUE (line, right axis), from each month's integrated energy.",
                "No monthly KPIs");
        w.figure(HEAT_REJECTION, Charts.heatRejection(r.hours()),
                "Daily means of the facility loop supply and return temperatures and the outdoor dry- and wet-bulb.",
                "No hourly samples");
        w.figure(LOAD_DURATION, Charts.loadDuration(r.hours()),
                "Hourly IT and facility power sorted from highest to lowest.", "No hourly samples");
        w.figure(PEAK_TEMPS, Charts.peakTemps(r.hours()),
                "Daily peak device surface/case temperature (left) and peak CHF ratio q\u2033/q\u2033CHF (right).",
                "No hourly samples");
        events(w, r);
    }

    private static void headline(HtmlWriter w, StudyResult r) {
        Kpis k = r.annual();
        var t = k.totals();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("PUE (annual)", Fmt.num(k.pue(), 3), "-", k.category().label()));
        rows.add(List.of("pPUE cooling", Fmt.num(k.coolingPartialPue(), 3), "-", "(E_IT + E_cooling) / E_IT"));
        rows.add(List.of("CLF", Fmt.num(k.clf(), 4), "-", "E_cooling / E_IT"));
        rows.add(List.of("WUE", Fmt.num(k.wueLPerKWh(), 3), "L/kWh", "ISO/IEC 30134-9, site water / E_IT"));
        rows.add(List.of("ERF", Fmt.num(k.erf(), 3), "-", "ISO/IEC 30134-6, E_reuse / E_total"));
        rows.add(List.of("ERE", Fmt.num(k.ere(), 3), "-", "(E_total \u2212 E_reuse) / E_IT"));
        rows.add(List.of("IT energy", Fmt.num(t.itEnergyKWh() / 1000, 1), "MWh", ""));
        rows.add(List.of("Facility energy", Fmt.num(t.facilityEnergyKWh() / 1000, 1), "MWh", ""));
        rows.add(List.of("Cooling energy", Fmt.num(t.coolingEnergyKWh() / 1000, 1), "MWh", "pumps + fans + chillers"));
        rows.add(List.of("Reused heat", Fmt.num(t.reusedEnergyKWh() / 1000, 1), "MWh", ""));
        rows.add(List.of("Site water", Fmt.num(t.siteWaterL() / 1000, 1), "m\u00b3", ""));
        k.energyCost().ifPresent(v -> rows.add(List.of("Energy cost", Fmt.num(v, 0), "currency", "facility energy \u00d7 tariff")));
        k.co2Kg().ifPresent(v -> rows.add(List.of("CO\u2082", Fmt.num(v / 1000, 1), "t", "facility energy \u00d7 grid factor")));
        rows.add(List.of("Peak device temperature", Fmt.num(r.peakDeviceC(), 1), "\u00b0C", "surface (two-phase) or case"));
        boolean boiling = r.peakChfRatio() > 0;
        rows.add(List.of("Peak CHF ratio q\u2033/q\u2033CHF", boiling ? Fmt.num(r.peakChfRatio(), 3) : Fmt.ABSENT, "-",
                boiling ? "" : "no boiling devices"));
        rows.add(List.of("Minimum CHF headroom", Fmt.num(CsvTables.headroom(r.peakChfRatio()), 3), "-",
                "1 \u2212 peak CHF ratio"));
        rows.add(List.of("Chiller-free hours", Integer.toString(r.chillerFreeHours()), "h",
                "of " + r.hours().size() + " simulated hours"));
        w.element("h2", "headline", "Headline KPIs");
        w.table("headline-table", List.of("KPI", "value", "unit", "basis"), rows);
    }

    private static void monthly(HtmlWriter w, StudyResult r) {
        boolean cost = r.annual().energyCost().isPresent();
        boolean co2 = r.annual().co2Kg().isPresent();
        List<String> header = new ArrayList<>(List.of("month", "IT MWh", "facility MWh", "PUE", "pPUE cooling", "CLF",
                "WUE L/kWh", "ERF", "ERE"));
        if (cost) {
            header.add("cost");
        }
        if (co2) {
            header.add("CO\u2082 t");
        }
        List<List<String>> rows = new ArrayList<>();
        new TreeMap<Month, Kpis>(r.monthly()).forEach((m, k) -> {
            List<String> row = new ArrayList<>(List.of(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    Fmt.num(k.totals().itEnergyKWh() / 1000, 2), Fmt.num(k.totals().facilityEnergyKWh() / 1000, 2),
                    Fmt.num(k.pue(), 3), Fmt.num(k.coolingPartialPue(), 3), Fmt.num(k.clf(), 4),
                    Fmt.num(k.wueLPerKWh(), 3), Fmt.num(k.erf(), 3), Fmt.num(k.ere(), 3)));
            if (cost) {
                row.add(Fmt.num(k.energyCost(), 0));
            }
            if (co2) {
                row.add(k.co2Kg().isPresent() ? Fmt.num(k.co2Kg().getAsDouble() / 1000, 2) : Fmt.ABSENT);
            }
            rows.add(row);
        });
        w.element("h2", "monthly", "Monthly KPIs");
        w.table("monthly-table", header, rows);
    }

    private static void events(HtmlWriter w, StudyResult r) {
        w.element("h2", "events", "Events and the plant's response");
        w.open("figure", EVENTS, "chart");
        List<List<ResponseSample>> windows = Series.windows(r.response());
        if (r.events().isEmpty() && windows.isEmpty()) {
            w.chart(EVENTS, null, "No events scheduled");
        } else if (windows.isEmpty()) {
            w.chart(EVENTS, null, "No response samples were recorded around the events");
        } else {
            int shown = Math.min(windows.size(), MAX_EVENT_CHARTS);
            for (int i = 0; i < shown; i++) {
                w.chart(EVENTS + "-" + (i + 1), Charts.eventWindow(windows.get(i), r.events(), i + 1),
                        "No finite response samples in this window");
            }
            String more = windows.size() > shown ? " Only the first " + shown + " of " + windows.size()
                    + " windows are drawn." : "";
            w.element("figcaption", null, "The plant around each event: temperatures (left axis), IT and cooling "
                    + "power and tank pressure (right axis); vertical lines mark the events." + more);
        }
        w.close("figure");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.events().size(); i++) {
            FiredEvent e = r.events().get(i);
            rows.add(List.of(Integer.toString(i + 1), Fmt.num(e.timeS() / 3600.0, 3), dayTime(e.timeS()),
                    e.description()));
        }
        if (rows.isEmpty()) {
            w.element("p", "events-none", "No events scheduled.");
        } else {
            w.table("events-table", List.of("#", "time (h)", "day, time", "description"), rows);
        }
    }

    /** @return e.g. "day 32, 06:30" for a simulated time in s, or {@link Fmt#ABSENT} if not finite */
    static String dayTime(double timeS) {
        if (!Double.isFinite(timeS)) {
            return Fmt.ABSENT;
        }
        long totalMin = (long) Math.floor(timeS / 60.0);
        return String.format(Locale.ROOT, "day %d, %02d:%02d", totalMin / 1440 + 1, totalMin % 1440 / 60,
                totalMin % 60);
    }
}
