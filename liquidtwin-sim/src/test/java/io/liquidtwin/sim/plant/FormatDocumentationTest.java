package io.liquidtwin.sim.plant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** docs/plant-format.md documents every field used by the examples, the catalogue and the kitchen-sink plant. */
class FormatDocumentationTest {

    private static final Set<String> SECTIONS = Set.of("cdus", "pumps", "coldPlateRacks", "twoPhaseTanks",
            "singlePhaseTanks", "dryCoolers", "coolingTowers", "chillers");

    @Test
    void everyFieldInUseIsDocumented() throws IOException {
        String docs = Fixtures.read(Fixtures.examples().getParent().resolve("docs").resolve("plant-format.md"));
        List<String> texts = new ArrayList<>();
        for (String e : Fixtures.EXAMPLES) {
            texts.add(Fixtures.read(Fixtures.examples().resolve(e)));
        }
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.RESOURCE)) {
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        texts.add(CatalogueAndConversionTest.KITCHEN_SINK);
        Set<String> keys = new TreeSet<>();
        for (String t : texts) {
            collect(new Yaml().compose(new java.io.StringReader(t)), false, keys);
        }
        assertThat(keys).hasSizeGreaterThan(100);
        List<String> missing = keys.stream().filter(k -> !docs.contains("`" + k + "`")).toList();
        assertThat(missing).as("fields not documented in docs/plant-format.md").isEmpty();
    }

    @Test
    void theMinimalExampleOfTheDocsLoads() {
        String docs = Fixtures.read(Fixtures.examples().getParent().resolve("docs").resolve("plant-format.md"));
        int start = docs.indexOf("```yaml\n") + "```yaml\n".length();
        String minimal = docs.substring(start, docs.indexOf("```", start));
        assertThat(minimal).isEqualTo(Fixtures.MINIMAL);
        assertThat(PlantLoader.load(minimal, "plant-format.md").coldPlateRacks()).hasSize(4);
    }

    /** Collects mapping keys; keys directly under a catalogue section are model names, not fields. */
    private static void collect(Node n, boolean modelNames, Set<String> keys) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String k = ((ScalarNode) t.getKeyNode()).getValue();
                if (!modelNames) {
                    keys.add(k);
                }
                collect(t.getValueNode(), SECTIONS.contains(k) && t.getValueNode() instanceof MappingNode, keys);
            }
        } else if (n instanceof SequenceNode s) {
            s.getValue().forEach(c -> collect(c, false, keys));
        }
    }
}
