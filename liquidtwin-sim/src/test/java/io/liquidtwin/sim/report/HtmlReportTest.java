package io.liquidtwin.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.liquidtwin.sim.study.StudyResult;
import io.liquidtwin.sim.study.SweepResult;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The report files of single studies: well-formed self-contained HTML, consistent CSVs, escaping, replacement. */
class HtmlReportTest {

    static final List<String> STUDY_CHARTS = List.of("chart-monthly-pue-wue", "chart-heat-rejection",
            "chart-load-duration", "chart-peak-temps", "chart-events");

    @TempDir
    Path dir;

    @Test
    void studyReportIsWellFormedSelfContainedAndHasEveryChart() throws Exception {
        StudyResult r = Fixtures.study("qingdao-two-phase-1mw, facility supply 32 \u00b0C", 0, true,
                Fixtures.twoEvents(), Double.NaN);
        Path html = HtmlReport.write(r, dir.resolve("out/nested"));

        assertThat(html).isEqualTo(dir.resolve("out/nested/report.html")).isRegularFile();
        String text = Files.readString(html);
        Document doc = parse(text);
        for (String id : STUDY_CHARTS) {
            Element chart = byId(doc, id);
            assertThat(chart).as(id).isNotNull();
            assertThat(chart.getElementsByTagName("svg").getLength()).as("svg inside " + id).isGreaterThan(0);
        }
        assertThat(byId(doc, "chart-events").getElementsByTagName("svg").getLength()).isEqualTo(2);
        assertNoExternalReferences(doc, text);
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(byId(doc, "headline-table").getTextContent()).contains("PUE (annual)", "ISO/IEC 30134-2 category 3",
                "Energy cost", "CO\u2082", "Minimum CHF headroom", "Chiller-free hours");
        assertThat(rows(byId(doc, "monthly-table"))).isEqualTo(12);
        assertThat(rows(byId(doc, "events-table"))).isEqualTo(2);
        assertThat(byId(doc, "events-table").getTextContent()).contains("trip pump fws-pump-1", "day 101, 01:00");
        assertThat(text).contains("published 1.02\u20131.10 range");
        assertUniqueIds(doc);
        assertThat(Files.size(html)).as("report size").isLessThan(3_000_000);
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    @Test
    void withoutEventsTheEventsChartIsAPlaceholderSayingSo() throws Exception {
        Document doc = parse(Files.readString(HtmlReport.write(Fixtures.study("quiet year"), dir)));
        Element events = byId(doc, "chart-events");
        assertThat(events.getElementsByTagName("svg").getLength()).isEqualTo(1);
        assertThat(events.getTextContent()).contains("No events scheduled");
        assertThat(byId(doc, "events-table")).isNull();
        assertThat(Files.readAllLines(dir.resolve("events.csv"))).containsExactly("time_s,time_h,description");
    }

    @Test
    void aStudyWithoutHoursOrMonthsStillGivesAWellFormedReportWithPlaceholders() throws Exception {
        StudyResult base = Fixtures.study("empty");
        StudyResult r = new StudyResult("empty", "p", "s", "w", List.of(), java.util.Map.of(), base.annual(),
                List.of(), List.of(), 0, Double.NaN, 0, List.of(), Double.NaN);
        String text = Files.readString(HtmlReport.write(r, dir));
        Document doc = parse(text);
        for (String id : STUDY_CHARTS) {
            assertThat(byId(doc, id).getElementsByTagName("svg").getLength()).as(id).isEqualTo(1);
        }
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity").contains("No hourly samples");
        assertThat(Files.readAllLines(dir.resolve("hourly.csv"))).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("monthly-kpis.csv"))).hasSize(1);
    }

    @Test
    void csvTotalsAgreeWithTheAnnualKpis() throws Exception {
        StudyResult r = Fixtures.study("totals", 0, false, Fixtures.twoEvents(), Double.NaN);
        HtmlReport.write(r, dir);

        List<String> hourly = Files.readAllLines(dir.resolve("hourly.csv"));
        assertThat(hourly).hasSize(Fixtures.HOURS + 1);
        assertThat(hourly.get(0)).isEqualTo(CsvTables.HOURLY_HEADER);
        List<String> header = List.of(hourly.get(0).split(","));
        double itKWh = 0;
        double facilityKWh = 0;
        double waterL = 0;
        for (String line : hourly.subList(1, hourly.size())) {
            String[] c = line.split(",", -1);
            assertThat(c).hasSize(header.size());
            itKWh += Double.parseDouble(c[header.indexOf("it_kw")]) * 1.0;
            facilityKWh += Double.parseDouble(c[header.indexOf("facility_kw")]) * 1.0;
            waterL += Double.parseDouble(c[header.indexOf("water_l")]);
            assertThat(Double.parseDouble(c[header.indexOf("pue")])).isCloseTo(
                    Double.parseDouble(c[header.indexOf("facility_kw")]) / Double.parseDouble(c[header.indexOf("it_kw")]),
                    org.assertj.core.api.Assertions.within(1e-12));
        }
        Csv annual = Csv.read(dir.resolve("annual-kpis.csv"));
        assertThat(annual.rows()).hasSize(1);
        assertThat(relative(itKWh, annual.number(0, "it_energy_kwh"))).isLessThan(1e-9);
        assertThat(relative(facilityKWh, annual.number(0, "facility_energy_kwh"))).isLessThan(1e-9);
        assertThat(relative(waterL, annual.number(0, "site_water_l"))).isLessThan(1e-9);
        assertThat(annual.number(0, "pue")).isEqualTo(r.annual().pue());
        assertThat(annual.cell(0, "energy_cost")).as("absent tariff is an empty cell").isEmpty();
        assertThat(annual.cell(0, "sweep_value")).isEmpty();
        assertThat(annual.number(0, "min_chf_headroom")).isEqualTo(1 - r.peakChfRatio());

        Csv monthly = Csv.read(dir.resolve("monthly-kpis.csv"));
        assertThat(monthly.rows()).hasSize(12);
        double monthlyIt = 0;
        for (int i = 0; i < 12; i++) {
            assertThat(monthly.cell(i, "month")).isEqualTo(Integer.toString(i + 1));
            monthlyIt += monthly.number(i, "it_energy_kwh");
        }
        assertThat(relative(monthlyIt, itKWh)).isLessThan(1e-9);
        assertThat(Csv.read(dir.resolve("events.csv")).rows()).hasSize(2);
        for (String f : List.of("hourly.csv", "monthly-kpis.csv", "annual-kpis.csv", "events.csv")) {
            assertThat(Files.readString(dir.resolve(f))).as(f).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }

    @Test
    void nonFiniteValuesBecomeEmptyCellsAndNeverReachTheHtml() throws Exception {
        StudyResult base = Fixtures.study("holes");
        var hours = new ArrayList<>(base.hours());
        var h = hours.get(5);
        hours.set(5, new io.liquidtwin.sim.study.HourSample(h.startS(), Double.NaN, h.wetBulbC(), h.itKw(),
                h.facilityKw(), h.pumpsKw(), h.fansKw(), h.chillersKw(), h.rejectedKw(), h.reusedKw(), h.waterL(),
                Double.POSITIVE_INFINITY, h.facilityReturnC(), Double.NaN, h.peakChfRatio(), false));
        StudyResult r = new StudyResult(base.title(), base.plantName(), base.siteName(), base.workloadName(), hours,
                base.monthly(), base.annual(), base.events(), base.response(), base.chillerFreeHours(), Double.NaN,
                0, base.notes(), Double.NaN);
        String html = Files.readString(HtmlReport.write(r, dir));
        parse(html);
        assertThat(html).doesNotContain("NaN").doesNotContain("Infinity").contains("no boiling devices");
        String row = Files.readAllLines(dir.resolve("hourly.csv")).get(6);
        assertThat(row.split(",", -1)[1]).isEmpty();
        assertThat(row.split(",", -1)[11]).isEmpty();
        Csv annual = Csv.read(dir.resolve("annual-kpis.csv"));
        assertThat(annual.cell(0, "peak_device_c")).isEmpty();
        assertThat(annual.cell(0, "min_chf_headroom")).isEmpty();
    }

    @Test
    void userTextIsEscaped() throws Exception {
        String evil = "<script>alert('x')</script> & \"quotes\" \u0001";
        StudyResult base = Fixtures.study(evil, 0, false,
                List.of(new io.liquidtwin.sim.engine.EventTimeline.FiredEvent(3600, "<img src=x onerror=alert(1)>")),
                Double.NaN);
        StudyResult r = new StudyResult(evil, "<b>plant</b>", base.siteName(), base.workloadName(), base.hours(),
                base.monthly(), base.annual(), base.events(), base.response(), base.chillerFreeHours(),
                base.peakDeviceC(), base.peakChfRatio(), List.of("note with <i>markup</i>"), Double.NaN);
        String html = Files.readString(HtmlReport.write(r, dir));
        Document doc = parse(html);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        assertThat(byId(doc, "title").getTextContent()).startsWith("<script>alert('x')</script> & \"quotes\"");
        assertThat(byId(doc, "events-table").getTextContent()).contains("<img src=x onerror=alert(1)>");
        assertThat(Files.readString(dir.resolve("annual-kpis.csv"))).contains("\"<script>alert('x')</script> & \"\"quotes\"\"");
    }

    @Test
    void writingIntoAnExistingDirectoryReplacesTheFiles() throws Exception {
        HtmlReport.write(Fixtures.study("first run"), dir);
        Files.writeString(dir.resolve("keep.txt"), "not ours");
        HtmlReport.write(Fixtures.study("second run"), dir);

        assertThat(Files.readString(dir.resolve("report.html"))).contains("second run").doesNotContain("first run");
        assertThat(Files.readString(dir.resolve("annual-kpis.csv"))).contains("second run");
        assertThat(dir.resolve("keep.txt")).hasContent("not ours");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.html",
                    "hourly.csv", "monthly-kpis.csv", "annual-kpis.csv", "events.csv", "keep.txt");
        }
    }

    @Test
    void anOutDirThatCannotBeADirectoryFailsNamingThePath() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = file.resolve("report");
        assertThatThrownBy(() -> HtmlReport.write(Fixtures.study("t"), target)).isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString());
        assertThatThrownBy(() -> HtmlReport.write(Fixtures.study("t"), file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a directory");
    }

    @Test
    void aFileThatCannotBeReplacedFailsNamingItAndLeavesNoTemporaryFiles() throws Exception {
        Files.createDirectories(dir.resolve("report.html/occupied"));
        assertThatThrownBy(() -> HtmlReport.write(Fixtures.study("t"), dir)).isInstanceOf(IOException.class)
                .hasMessageContaining(dir.resolve("report.html").toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(dir.resolve("report.html/occupied")).isDirectory();
    }

    @Test
    void aReadOnlyOutDirFailsNamingThePathAndLeavesNoFiles() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(ro)).as("permissions are enforced (not running as root)").isFalse();
            assertThatThrownBy(() -> HtmlReport.write(Fixtures.study("t"), ro)).isInstanceOf(IOException.class)
                    .hasMessageContaining(ro.toString());
            try (Stream<Path> files = Files.list(ro)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void sweepReportHasTheTradeOffChartAndOneRowPerRun() throws Exception {
        List<StudyResult> runs = List.of(
                Fixtures.study("supply 28 \u00b0C", 0, true, List.of(), 28),
                Fixtures.study("supply 32 \u00b0C", 4, true, Fixtures.twoEvents(), 32),
                Fixtures.study("supply 36 \u00b0C", 8, true, List.of(), 36));
        SweepResult sweep = new SweepResult("loops.facility.supplyTempC", "\u00b0C", runs);
        Path html = HtmlReport.write(sweep, dir);

        String text = Files.readString(html);
        Document doc = parse(text);
        assertThat(byId(doc, HtmlReport.SWEEP_CHART).getElementsByTagName("svg").getLength()).isEqualTo(1);
        for (String id : STUDY_CHARTS) {
            assertThat(byId(doc, id)).as(id).isNotNull();
        }
        assertThat(rows(byId(doc, "sweep-table"))).isEqualTo(3);
        assertUniqueIds(doc);
        assertThat(byId(doc, "best-run").getTextContent()).contains("run 3");
        assertNoExternalReferences(doc, text);
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");

        Csv csv = Csv.read(dir.resolve("sweep.csv"));
        assertThat(csv.rows()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(csv.number(i, "run")).isEqualTo(i + 1);
            assertThat(csv.number(i, "sweep_value")).isEqualTo(runs.get(i).sweepValue());
            assertThat(csv.number(i, "pue")).isEqualTo(runs.get(i).annual().pue());
            assertThat(csv.number(i, "energy_cost")).isPositive();
            assertThat(dir.resolve(String.format("run-%02d/hourly.csv", i + 1))).isRegularFile();
        }
        assertThat(Files.readAllLines(dir.resolve("run-02/events.csv"))).hasSize(3);
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setExpandEntityReferences(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(html)));
    }

    static Element byId(Document doc, String id) throws Exception {
        return (Element) XPathFactory.newInstance().newXPath().evaluate("//*[@id='" + id + "']", doc,
                XPathConstants.NODE);
    }

    static int rows(Element table) {
        return ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength();
    }

    static void assertNoExternalReferences(Document doc, String text) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attrs = all.item(i).getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                String name = attrs.item(a).getNodeName();
                String value = attrs.item(a).getNodeValue().strip().toLowerCase(java.util.Locale.ROOT);
                if (name.equals("src") || name.endsWith("href")) {
                    assertThat(value).as(name).doesNotStartWith("http:").doesNotStartWith("https:")
                            .doesNotStartWith("//");
                }
            }
        }
        assertThat(text).doesNotContain("http://").doesNotContain("https://");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("link").getLength()).isZero();
    }

    static void assertUniqueIds(Document doc) {
        NodeList all = doc.getElementsByTagName("*");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertThat(seen.add(id)).as("duplicate id " + id).isTrue();
            }
        }
    }

    private static double relative(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }
}
