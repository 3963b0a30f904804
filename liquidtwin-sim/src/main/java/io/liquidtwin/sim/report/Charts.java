package io.liquidtwin.sim.report;

import io.liquidtwin.sim.engine.EventTimeline.FiredEvent;
import io.liquidtwin.sim.kpi.Kpis;
import io.liquidtwin.sim.study.HourSample;
import io.liquidtwin.sim.study.ResponseSample;
import io.liquidtwin.sim.study.StudyResult;
import io.liquidtwin.sim.study.SweepResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds the report's XChart charts from study results. Every method returns null when there is nothing to plot,
 * so the caller shows a placeholder instead; series never contain NaN or infinite values.
 */
final class Charts {

    static final int WIDTH = 880;
    static final int HEIGHT = 380;
    /** Distinct colours (Tableau 10), so that six lines in one chart stay tellable apart. */
    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(127, 127, 127)};

    static {
        Svg.ensureHeadless();
    }

    private Charts() {
    }

    /** Monthly PUE (bars, left axis) and WUE (line, right axis). */
    static CategoryChart monthlyPueWue(Map<Month, Kpis> monthly) {
        Map<Month, Kpis> sorted = new TreeMap<>(monthly);
        List<String> months = new ArrayList<>();
        List<Double> pue = new ArrayList<>();
        List<Double> wue = new ArrayList<>();
        sorted.forEach((m, k) -> {
            if (Double.isFinite(k.pue()) && Double.isFinite(k.wueLPerKWh())) {
                months.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                pue.add(k.pue());
                wue.add(k.wueLPerKWh());
            }
        });
        if (months.isEmpty()) {
            return null;
        }
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title("Monthly PUE and WUE")
                .xAxisTitle("month").yAxisTitle("PUE (-)").build();
        style(c.getStyler());
        c.getStyler().setOverlapped(true);
        double minPue = pue.stream().mapToDouble(Double::doubleValue).min().orElse(1);
        c.getStyler().setYAxisMin(0, Math.max(0, Math.floor(minPue * 50 - 1) / 50));
        c.addSeries("PUE", months, pue);
        CategorySeries w = c.addSeries("WUE", months, wue);
        w.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        w.setMarker(SeriesMarkers.CIRCLE);
        w.setYAxisGroup(1);
        c.setYAxisGroupTitle(1, "WUE (L/kWh)");
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        c.getStyler().setYAxisMin(1, 0.0);
        return c;
    }

    /** Daily mean facility supply/return temperatures against outdoor dry- and wet-bulb. */
    static XYChart heatRejection(List<HourSample> hours) {
        XYChart c = xy("Heat rejection: facility loop against outdoor air (daily means)", "day of year",
                "temperature (\u00b0C)");
        add(c, "facility supply", Series.daily(hours, HourSample::facilitySupplyC, false), 0);
        add(c, "facility return", Series.daily(hours, HourSample::facilityReturnC, false), 0);
        add(c, "outdoor dry-bulb", Series.daily(hours, HourSample::dryBulbC, false), 0);
        add(c, "outdoor wet-bulb", Series.daily(hours, HourSample::wetBulbC, false), 0);
        return yearAxis(c);
    }

    /** IT and facility power sorted descending against hours. */
    static XYChart loadDuration(List<HourSample> hours) {
        XYChart c = xy("Load duration", "hours at or above (h)", "power (kW)");
        add(c, "facility", Series.loadDuration(hours, HourSample::facilityKw), 0);
        add(c, "IT", Series.loadDuration(hours, HourSample::itKw), 0);
        return c.getSeriesMap().isEmpty() ? null : c;
    }

    /** Daily peak device temperature (left) and daily peak CHF ratio (right). */
    static XYChart peakTemps(List<HourSample> hours) {
        XYChart c = xy("Daily peaks: device temperature and CHF ratio", "day of year", "peak device temperature (\u00b0C)");
        add(c, "peak device temperature", Series.daily(hours, HourSample::peakDeviceC, true), 0);
        if (add(c, "peak CHF ratio q\u2033/q\u2033CHF", Series.daily(hours, HourSample::peakChfRatio, true), 1)) {
            c.setYAxisGroupTitle(1, "CHF ratio q\u2033/q\u2033CHF (-)");
            c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            c.getStyler().setYAxisMin(1, 0.0);
        }
        return yearAxis(c);
    }

    /**
     * The plant's answer in one event window: temperatures (left) and powers (right) in minutes from the first event
     * of the window, with a vertical line at every event inside it.
     */
    static XYChart eventWindow(List<ResponseSample> window, List<FiredEvent> events, int number) {
        double start = window.get(0).timeS();
        double end = window.get(window.size() - 1).timeS();
        List<FiredEvent> inside = events.stream().filter(e -> e.timeS() >= start && e.timeS() <= end).toList();
        double origin = inside.isEmpty() ? start : inside.get(0).timeS();
        XYChart c = xy("Event window " + number + " (t = 0 at " + StudyPage.dayTime(origin) + ")",
                "time from event (min)", "temperature (\u00b0C)");
        add(c, "facility supply \u00b0C", Series.response(window, origin, ResponseSample::facilitySupplyC), 0);
        add(c, "hottest CDU supply \u00b0C", Series.response(window, origin, ResponseSample::hottestCduSupplyC), 0);
        add(c, "peak device \u00b0C", Series.response(window, origin, ResponseSample::peakDeviceC), 0);
        boolean right = add(c, "IT kW", Series.response(window, origin, ResponseSample::itKw), 1);
        right |= add(c, "cooling kW", Series.response(window, origin, ResponseSample::coolingKw), 1);
        if (window.stream().anyMatch(r -> r.tankPressureKpa() > 0)) {
            right |= add(c, "tank pressure kPa", Series.response(window, origin, ResponseSample::tankPressureKpa), 1);
        }
        if (right) {
            c.setYAxisGroupTitle(1, "power (kW), tank pressure (kPa)");
            c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        }
        if (c.getSeriesMap().isEmpty()) {
            return null;
        }
        for (FiredEvent e : inside) {
            c.addAnnotation(new AnnotationLine((e.timeS() - origin) / 60.0, true, false));
        }
        double first = (start - origin) / 60.0;
        double lastMin = (end - origin) / 60.0;
        c.getStyler().setXAxisMin(Math.floor(first / 10) * 10);
        c.getStyler().setXAxisMax(Math.max(Math.ceil(lastMin / 10) * 10, Math.floor(first / 10) * 10 + 10));
        return c;
    }

    /** The sweep's trade-off: swept value against annual PUE (left) and peak device temperature (right). */
    static XYChart sweep(SweepResult sweep) {
        List<StudyResult> runs = sweep.runs();
        boolean hasValues = runs.stream().allMatch(r -> Double.isFinite(r.sweepValue()));
        double[] x = new double[runs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = hasValues ? runs.get(i).sweepValue() : i + 1;
        }
        String xTitle = hasValues ? sweep.parameter() + " (" + sweep.unit() + ")" : "run";
        XYChart c = xy("Sweep of " + sweep.parameter() + ": PUE and peak device temperature", xTitle, "annual PUE (-)");
        Series.Xy pue = Series.finitePairs(x, values(runs, r -> r.annual().pue()));
        add(c, "annual PUE", pue, 0);
        padFlatAxis(c, 0, pue.y());
        c.getStyler().putYAxisGroupDecimalPatternMap(0, "0.000");
        if (add(c, "peak device temperature", Series.finitePairs(x, values(runs, StudyResult::peakDeviceC)), 1)) {
            c.setYAxisGroupTitle(1, "peak device temperature (\u00b0C)");
            c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        }
        c.getSeriesMap().values().forEach(s -> s.setMarker(SeriesMarkers.CIRCLE));
        return c.getSeriesMap().isEmpty() ? null : c;
    }

    /** A day-of-year x axis from 0 to the next multiple of 30 days (XChart then picks round ticks). */
    private static XYChart yearAxis(XYChart c) {
        if (c.getSeriesMap().isEmpty()) {
            return null;
        }
        double last = c.getSeriesMap().values().stream().mapToDouble(XYSeries::getXMax).max().orElse(365);
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(Math.max(30, Math.ceil(last / 30) * 30));
        return c;
    }

    /** Gives a y axis a visible range when all its values are (nearly) equal, instead of one lonely tick. */
    private static void padFlatAxis(XYChart c, int group, double[] y) {
        if (y.length == 0) {
            return;
        }
        double min = Arrays.stream(y).min().orElseThrow();
        double max = Arrays.stream(y).max().orElseThrow();
        double pad = Math.max(0.005, Math.abs(max) * 0.005);
        if (max - min < pad) {
            c.getStyler().setYAxisMin(group, min - pad);
            c.getStyler().setYAxisMax(group, max + pad);
        }
    }

    private static double[] values(List<StudyResult> runs, ToDoubleFunction<StudyResult> f) {
        return runs.stream().mapToDouble(f).toArray();
    }

    private static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(c.getStyler());
        c.getStyler().setMarkerSize(6);
        c.getStyler().setXAxisMaxLabelCount(14);
        return c;
    }

    /** @return true if the series had points and was added */
    private static boolean add(XYChart c, String name, Series.Xy data, int axisGroup) {
        if (data.isEmpty()) {
            return false;
        }
        XYSeries s = c.addSeries(name, data.x(), data.y());
        s.setMarker(data.x().length > 60 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        s.setYAxisGroup(axisGroup);
        return true;
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        // solid grid lines: a dashed stroke becomes hundreds of tiny SVG rectangles
        s.setPlotGridLinesStroke(new BasicStroke(0.5f));
        s.setPlotGridLinesColor(new Color(220, 220, 220));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setToolTipsEnabled(false);
        s.setAntiAlias(true);
        s.setSeriesColors(PALETTE);
    }
}
