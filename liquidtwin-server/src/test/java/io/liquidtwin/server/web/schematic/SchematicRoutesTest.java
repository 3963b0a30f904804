package io.liquidtwin.server.web.schematic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.Sensors;
import io.liquidtwin.sim.plant.Plant;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The schematic is derived from the plant file: for several example plants every CDU, tank, rack and heat-rejection
 * unit appears (alone or in a group) with live values read from channels the simulation has, the SVG is well-formed
 * and the units do not overlap.
 */
class SchematicRoutesTest {

    @TempDir
    Path dir;

    private static TestServer start(Path dir, String plant) {
        return TestServer.start(dir, plant, List.of(), List.of(new SchematicRoutes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml", "frontier-like.yaml",
            "summit-like.yaml"})
    void everyUnitOfThePlantAppearsWithItsLiveValue(String plantFile) throws Exception {
        try (TestServer s = start(dir, plantFile)) {
            s.tick(3);
            Plant plant = s.twin.read(sim -> sim.model().plant());
            Set<String> channels = new HashSet<>(s.twin.read(sim -> Sensors.of(sim).stream().map(Channel::name)
                    .toList()));

            TestServer.Reply blank = s.get("/api/schematic", TestServer.VIEWER);
            assertThat(blank.status()).isEqualTo(200);
            assertThat(blank.header("Content-Type")).startsWith("image/svg+xml");
            Document svg = parse(blank.text());
            assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");

            // every unit: id, kind, title; remember which plant ids appear and which values each shows
            Map<String, Element> byId = new HashMap<>();
            Set<String> shown = new HashSet<>();
            for (Element g : elements(svg, "g")) {
                if (!g.getAttribute("class").equals("unit")) {
                    continue;
                }
                String id = g.getAttribute("data-unit");
                assertThat(byId.put(id, g)).as("one unit per id: " + id).isNull();
                assertThat(g.getAttribute("data-kind")).isIn("cdu", "tank", "rack", "loop", "dry-cooler", "tower",
                        "chiller", "heat-reuse", "pump");
                assertThat(elements(g, "title")).as(id).isNotEmpty();
                assertThat(elements(g, "title").get(0).getTextContent()).contains(id);
                shown.add(id);
                if (g.hasAttribute("data-members")) {
                    shown.addAll(List.of(g.getAttribute("data-members").split(" ")));
                    assertThat(g.getAttribute("data-count"))
                            .isEqualTo(String.valueOf(g.getAttribute("data-members").split(" ").length));
                }
            }
            List<String> mustShow = new ArrayList<>();
            plant.cdus().forEach(c -> mustShow.add(c.id()));
            plant.twoPhaseTanks().forEach(t -> mustShow.add(t.id()));
            plant.coldPlateRacks().forEach(r -> mustShow.add(r.id()));
            plant.dryCoolers().forEach(d -> mustShow.add(d.id()));
            plant.coolingTowers().forEach(t -> mustShow.add(t.id()));
            plant.chillers().forEach(c -> mustShow.add(c.id()));
            plant.loops().forEach(l -> mustShow.add(l.id()));
            assertThat(mustShow).isNotEmpty();
            assertThat(shown).containsAll(mustShow);

            // every value slot names a real channel, and starts blank
            List<Element> values = elements(svg, "text").stream()
                    .filter(t -> t.getAttribute("class").equals("value")).toList();
            assertThat(values).isNotEmpty();
            for (Element v : values) {
                assertThat(channels).contains(v.getAttribute("data-channel"));
                if (v.hasAttribute("data-channels")) {
                    assertThat(channels).containsAll(List.of(v.getAttribute("data-channels").split(" ")));
                }
                assertThat(v.getTextContent()).isEqualTo("–");
            }

            // with the twin's readings filled in, every CDU/tank/rack/heat-rejection unit shows finite numbers
            String filledSvg = s.get("/api/schematic?values=now", TestServer.VIEWER).text();
            saveArtifact(plantFile.replace(".yaml", ".svg"), filledSvg);
            Document now = parse(filledSvg);
            int filled = 0;
            int checked = 0;
            Set<String> valued = new HashSet<>();
            for (Element g : elements(now, "g")) {
                String kind = g.getAttribute("data-kind");
                if (!g.getAttribute("class").equals("unit") || kind.equals("pump") || kind.equals("loop")
                        && g.hasAttribute("data-members")) {
                    continue;
                }
                List<Element> slots = elements(g, "text").stream()
                        .filter(t -> t.getAttribute("class").equals("value")).toList();
                assertThat(slots).as("values of " + g.getAttribute("data-unit")).isNotEmpty();
                checked++;
                valued.add(g.getAttribute("data-unit"));
                if (g.hasAttribute("data-members")) {
                    valued.addAll(List.of(g.getAttribute("data-members").split(" ")));
                }
                for (Element v : slots) {
                    String text = v.getTextContent();
                    assertThat(Double.isFinite(Double.parseDouble(text)))
                            .as(v.getAttribute("data-channel") + " = " + text).isTrue();
                    filled++;
                }
            }
            List<String> equipment = mustShow.stream().filter(id -> plant.loop(id).isEmpty()).toList();
            assertThat(valued).as("every CDU, tank, rack and heat-rejection unit has live values")
                    .containsAll(equipment);
            assertThat(filled).isGreaterThanOrEqualTo(checked);
            // a single unit's value is its channel's reading, as formatted
            Element first = values.get(0);
            String channel = first.getAttribute("data-channel");
            Element same = elements(now, "text").stream().filter(t -> t.getAttribute("class").equals("value")
                    && t.getAttribute("data-channel").equals(channel)).findFirst().orElseThrow();
            assertThat(same.getTextContent()).isEqualTo(SvgWriter.format(s.twin.snapshot().readings().get(channel)));

            // the JSON has the same units, none overlapping, all inside the drawing
            JsonNode json = s.get("/api/schematic.json", TestServer.VIEWER).json();
            assertThat(json.path("units").size()).isEqualTo(byId.size());
            List<int[]> rects = new ArrayList<>();
            int width = json.path("width").asInt();
            int height = json.path("height").asInt();
            for (JsonNode u : json.path("units")) {
                assertThat(byId).containsKey(u.path("id").asText());
                assertThat(byId.get(u.path("id").asText()).getAttribute("data-kind"))
                        .isEqualTo(u.path("kind").asText());
                int[] r = {u.path("x").asInt(), u.path("y").asInt(), u.path("w").asInt(), u.path("h").asInt()};
                assertThat(r[0]).isGreaterThanOrEqualTo(0);
                assertThat(r[0] + r[2]).isLessThanOrEqualTo(width);
                assertThat(r[1] + r[3]).isLessThanOrEqualTo(height);
                for (int[] o : rects) {
                    boolean overlap = r[0] < o[0] + o[2] && o[0] < r[0] + r[2] && r[1] < o[1] + o[3]
                            && o[1] < r[1] + r[3];
                    assertThat(overlap).as(u.path("id").asText() + " overlaps another unit").isFalse();
                }
                rects.add(r);
                for (JsonNode c : u.path("channels")) {
                    assertThat(channels).contains(c.path("channel").asText());
                }
            }
            assertThat(width).isEqualTo(1200);

            // deterministic: the same plant gives the same drawing
            assertThat(s.get("/api/schematic", TestServer.VIEWER).text()).isEqualTo(blank.text());
            Map<String, String> units = s.twin.read(sim -> {
                Map<String, String> m = new HashMap<>();
                Sensors.of(sim).forEach(c -> m.put(c.name(), c.unit()));
                return m;
            });
            assertThat(SvgWriter.write(Schematic.of(plant, units), null)).isEqualTo(blank.text());
        }
    }

    @Test
    void smallPlantsShowEveryUnitOnItsOwnAndLargeOnesGroupIdenticalUnits() {
        try (TestServer s = start(dir, "qingdao-two-phase-1mw.yaml")) {
            JsonNode json = s.get("/api/schematic.json", TestServer.VIEWER).json();
            List<String> tanks = new ArrayList<>();
            json.path("units").forEach(u -> {
                if (u.path("kind").asText().equals("tank")) {
                    tanks.add(u.path("id").asText());
                }
            });
            assertThat(tanks).containsExactly("tank-1", "tank-2", "tank-3", "tank-4", "tank-5", "tank-6");
        }
        try (TestServer s = start(dir.resolve("frontier"), "frontier-like.yaml")) {
            JsonNode json = s.get("/api/schematic.json", TestServer.VIEWER).json();
            // 24 rows of one CDU and 3 racks fold into one; the 25th (one rack position omitted) stays apart
            List<Integer> cduCounts = new ArrayList<>();
            json.path("units").forEach(u -> {
                if (u.path("kind").asText().equals("cdu")) {
                    cduCounts.add(u.path("count").asInt());
                }
            });
            assertThat(cduCounts).containsExactly(24, 1);
            assertThat(json.path("height").asInt()).as("identical rows fold into one").isLessThan(900);
        }
    }

    @Test
    void needsALoginAndRefusesUnknownParameters() {
        try (TestServer s = start(dir, "ai-pod-cold-plate.yaml")) {
            assertThat(s.send("GET", "/api/schematic", null).status()).isEqualTo(401);
            assertThat(s.send("GET", "/api/schematic.json", null).status()).isEqualTo(401);
            TestServer.Reply bad = s.get("/api/schematic?values=later", TestServer.VIEWER);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().at("/error/@Message.ExtendedInfo/0/MessageId").asText())
                    .endsWith("QueryParameterValueFormatError");
            assertThat(s.get("/api/schematic?colour=red", TestServer.VIEWER).status()).isEqualTo(400);
        }
    }

    @Test
    void textFromThePlantFileIsEscaped() throws Exception {
        String nasty = "a<b&c\"d'e>\u0001";
        Slot slot = new Slot("t", nasty + ".x", "°C", Aggregate.NONE, List.of(nasty + ".x"));
        Box box = new Box(nasty, UnitKind.CDU, nasty, "CDU " + nasty, 10, 10, 150, 74, List.of(nasty, "b"), nasty,
                List.of(slot));
        Schematic s = new Schematic(nasty, 1200, 200, List.of(box), List.of(new Pipe(nasty, true,
                List.of(0, 0, 10, 10))), List.of());
        Document d = parse(SvgWriter.write(s, Map.of(nasty + ".x", 1.5)));
        Element g = elements(d, "g").stream().filter(e -> e.getAttribute("class").equals("unit")).findFirst()
                .orElseThrow();
        String expected = "a<b&c\"d'e>\uFFFD";
        assertThat(g.getAttribute("data-unit")).isEqualTo(expected);
        assertThat(elements(g, "title").get(0).getTextContent()).isEqualTo("CDU " + expected);
        Element v = elements(g, "text").stream().filter(e -> e.getAttribute("class").equals("value")).findFirst()
                .orElseThrow();
        assertThat(v.getAttribute("data-channel")).isEqualTo(expected + ".x");
        assertThat(v.getTextContent()).isEqualTo("1.50");
        assertThat(SchematicJson.of(s).path("units").get(0).path("id").asText()).isEqualTo(nasty);
    }

    /** Keeps a drawing under the build folder ({@code <buildDir>/schematic/}) for people to look at. */
    private static void saveArtifact(String name, String svg) throws java.io.IOException {
        Path classes = Path.of(SchematicRoutesTest.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        Path out = classes.getParent().resolve("schematic");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.writeString(out.resolve(name), svg);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Document d, String name) {
        return list(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", name));
    }

    static List<Element> elements(Element e, String name) {
        return list(e.getElementsByTagNameNS("http://www.w3.org/2000/svg", name));
    }

    private static List<Element> list(NodeList n) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            out.add((Element) n.item(i));
        }
        return out;
    }
}
