package io.liquidtwin.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.sim.study.HourSample;
import io.liquidtwin.sim.study.ResponseSample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Number formatting, escaping, series reduction and SVG post-processing. */
class ReportPartsTest {

    @Test
    void csvNumbersArePlainRootLocaleAndRoundTripAndNeverNaN() {
        for (double v : new double[] {0.1, 1e7, 12345678.9, 1e-7, -3.25, 1.0 / 3, 8.76e6 * 1.0000001}) {
            String s = Fmt.csv(v);
            assertThat(s).doesNotContain("E").doesNotContain(",");
            assertThat(Double.parseDouble(s)).isEqualTo(v);
        }
        assertThat(Fmt.csv(10_000_000.0)).isEqualTo("10000000");
        assertThat(Fmt.csv(-0.0)).isEqualTo("0");
        assertThat(Fmt.csv(Double.NaN)).isEmpty();
        assertThat(Fmt.csv(Double.NEGATIVE_INFINITY)).isEmpty();
        assertThat(Fmt.csv(OptionalDouble.empty())).isEmpty();
        assertThat(Fmt.num(Double.NaN, 2)).isEqualTo(Fmt.ABSENT);
        assertThat(Fmt.num(1234.5, 1)).isEqualTo("1,234.5");
        assertThat(Fmt.num(-0.0001, 2)).isEqualTo("0.00");
        assertThat(Fmt.csvText("a,b \"c\"")).isEqualTo("\"a,b \"\"c\"\"\"");
        assertThat(Fmt.csvText("plain")).isEqualTo("plain");
    }

    @Test
    void htmlEscapingCoversMarkupQuotesAndCharactersXmlForbids() {
        assertThat(Fmt.html("<a href='x'>&\"</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
        assertThat(Fmt.html("bell\u0007 nul\u0000 lone\uD800 ok\uD83D\uDE00 \u00b0C")).isEqualTo(
                "bell\uFFFD nul\uFFFD lone\uFFFD ok\uD83D\uDE00 \u00b0C");
        assertThat(Fmt.html(null)).isEmpty();
    }

    @Test
    void dailySeriesAreMeansOrMaximaPerDayAndSkipNonFiniteValues() {
        List<HourSample> hours = new ArrayList<>();
        for (int h = 0; h < 48; h++) {
            double v = h < 24 ? h : (h == 30 ? Double.NaN : 100);
            hours.add(new HourSample(h * 3600.0, v, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, v, 0, false));
        }
        Series.Xy mean = Series.daily(hours, HourSample::dryBulbC, false);
        assertThat(mean.x()).containsExactly(1, 2);
        assertThat(mean.y()).containsExactly(11.5, 100);
        Series.Xy max = Series.daily(hours, HourSample::peakDeviceC, true);
        assertThat(max.y()).containsExactly(23, 100);
    }

    @Test
    void loadDurationIsSortedDescendingAndThinnedKeepingTheEnds() {
        List<HourSample> hours = new ArrayList<>();
        for (int h = 0; h < 8760; h++) {
            double it = 500 + (h * 7919 % 8760) / 10.0;
            hours.add(new HourSample(h * 3600.0, 0, 0, it, it, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false));
        }
        Series.Xy ld = Series.loadDuration(hours, HourSample::itKw);
        assertThat(ld.x()).hasSize(Series.MAX_POINTS);
        assertThat(ld.x()[0]).isEqualTo(1);
        assertThat(ld.x()[Series.MAX_POINTS - 1]).isEqualTo(8760);
        assertThat(ld.y()[0]).isEqualTo(500 + 8759 / 10.0);
        assertThat(ld.y()[Series.MAX_POINTS - 1]).isEqualTo(500);
        for (int i = 1; i < ld.y().length; i++) {
            assertThat(ld.y()[i]).isLessThanOrEqualTo(ld.y()[i - 1]);
        }
    }

    @Test
    void responseSamplesSplitIntoWindowsAtGapsLongerThanAnHour() {
        List<ResponseSample> r = new ArrayList<>();
        for (double t : new double[] {7200, 0, 60, 120, 3_600 * 5, 3_600 * 5 + 60}) {
            r.add(new ResponseSample(t, 1, 1, 0, 1, 1, 1));
        }
        r.add(new ResponseSample(Double.NaN, 1, 1, 0, 1, 1, 1));
        List<List<ResponseSample>> w = Series.windows(r);
        assertThat(w).hasSize(3);
        assertThat(w.get(0)).extracting(ResponseSample::timeS).containsExactly(0.0, 60.0, 120.0);
        assertThat(w.get(1)).extracting(ResponseSample::timeS).containsExactly(7200.0);
        assertThat(w.get(2)).hasSize(2);
    }

    @Test
    void svgIsInlineReadyWithPrefixedIdsAndJoinedPolylines() throws Exception {
        XYChart c = new XYChartBuilder().width(400).height(300).title("t").xAxisTitle("x (h)").yAxisTitle("y (kW)")
                .build();
        double[] x = new double[50];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 5.0);
        }
        c.addSeries("s", x, y).setMarker(SeriesMarkers.NONE); // with markers XChart interleaves them with the lines
        String a = Svg.svg(c, "chart-a");
        String b = Svg.svg(c, "chart-b");
        assertThat(a).startsWith("<svg role=\"img\"").endsWith("</svg>").doesNotContain("<?xml")
                .doesNotContain("DOCTYPE").doesNotContain("http").doesNotContain("NaN");
        assertThat(a).contains("<polyline");
        Set<String> idsA = ids(a);
        assertThat(idsA).isNotEmpty().allMatch(id -> id.startsWith("chart-a-"));
        assertThat(ids(b)).doesNotContainAnyElementsOf(idsA);
        HtmlReportTest.parse("<html><body>" + a + b + "</body></html>");
        assertThat(Svg.png(c)).startsWith("<img alt=\"t\"").contains("src=\"data:image/png;base64,");
    }

    @Test
    void polylinesJoinOnlyContinuingSegmentsOfOneStyle() {
        String in = "<g><line style=\"A\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"1\"/>\n"
                + "<line style=\"A\" x1=\"1\" x2=\"2\" y1=\"1\" y2=\"0\"/>\n"
                + "<line style=\"B\" x1=\"2\" x2=\"3\" y1=\"0\" y2=\"0\"/>\n"
                + "<line style=\"B\" x1=\"9\" x2=\"9\" y1=\"0\" y2=\"5\"/></g>";
        assertThat(Svg.polylines(in)).isEqualTo("<g><polyline style=\"A\" points=\"0,0 1,1 2,0\"/>\n"
                + "<line style=\"B\" x1=\"2\" x2=\"3\" y1=\"0\" y2=\"0\"/>\n"
                + "<line style=\"B\" x1=\"9\" x2=\"9\" y1=\"0\" y2=\"5\"/></g>");
    }

    @Test
    void dayTimeNamesTheDayOfYearAndClockTime() {
        assertThat(StudyPage.dayTime(0)).isEqualTo("day 1, 00:00");
        assertThat(StudyPage.dayTime(100 * 86_400.0 + 3_600 + 59)).isEqualTo("day 101, 01:00");
        assertThat(StudyPage.dayTime(Double.NaN)).isEqualTo(Fmt.ABSENT);
    }

    private static Set<String> ids(String svg) {
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
