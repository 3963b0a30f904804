package io.liquidtwin.sim.plant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Equipment data records that plant items name with {@code model:}: the built-in resource
 * {@value #RESOURCE} (read and checked once) plus the plant file's own {@code catalogue:} section. Entries are kept
 * as YAML mappings; an item reads its model fields through {@link Fields#withModel}, so overrides and errors keep
 * their own lines.
 */
final class Catalogue {

    static final String RESOURCE = "equipment-catalogue.yaml";
    static final String BUILT_IN_NAME = RESOURCE + " (built-in)";

    private final Map<EquipmentKind, Map<String, Fields.Layer>> entries;

    private Catalogue(Map<EquipmentKind, Map<String, Fields.Layer>> entries) {
        this.entries = entries;
    }

    private static final class BuiltIn {
        static final List<PlantError> ERRORS = new ArrayList<>();
        static final Catalogue INSTANCE = load();

        private static Catalogue load() {
            Problems p = new Problems(BUILT_IN_NAME);
            Catalogue c = new Catalogue(new EnumMap<>(EquipmentKind.class));
            try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    p.error(new Origin(BUILT_IN_NAME, 0, ""), "built-in equipment catalogue resource is missing");
                } else {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Node root = YamlText.parse(text, BUILT_IN_NAME, p);
                    if (root != null) {
                        Fields f = Fields.of(p, new Origin(BUILT_IN_NAME, 1, ""), root, "an equipment catalogue");
                        f.integer("catalogueVersion", 1, 1);
                        c = new Catalogue(sections(f));
                    }
                }
            } catch (IOException e) {
                p.error(new Origin(BUILT_IN_NAME, 0, ""), "cannot read the built-in equipment catalogue: "
                        + e.getMessage());
            }
            ERRORS.addAll(p.errors());
            return c;
        }
    }

    /** @return the built-in catalogue; its own errors (none in a correct build) are added to problems */
    static Catalogue builtIn(Problems problems) {
        Catalogue c = BuiltIn.INSTANCE;
        BuiltIn.ERRORS.forEach(problems::replay);
        return c;
    }

    /** @return the built-in catalogue's own errors (empty in a correct build) */
    static List<PlantError> builtInErrors() {
        Catalogue ignored = BuiltIn.INSTANCE;
        return List.copyOf(BuiltIn.ERRORS);
    }

    /**
     * Reads a catalogue document or section: a mapping from kind section ({@code cdus}, {@code pumps}, …) to a
     * mapping from model name to entry. Every entry is checked completely; {@code f.finish()} reports unknown
     * sections.
     */
    static Map<EquipmentKind, Map<String, Fields.Layer>> sections(Fields f) {
        Map<EquipmentKind, Map<String, Fields.Layer>> out = new EnumMap<>(EquipmentKind.class);
        for (EquipmentKind kind : EquipmentKind.values()) {
            if (!kind.catalogued) {
                continue;
            }
            Fields.Found section = f.find(kind.section);
            if (section == null) {
                continue;
            }
            Fields models = Fields.of(f.problems(), section.origin(), section.value(), "model name → model fields");
            Map<String, Fields.Layer> byName = new LinkedHashMap<>();
            for (String name : models.ownKeys()) {
                Fields.Found entry = models.find(name);
                if (!Fields.ID.matcher(name).matches()) {
                    f.problems().error(entry.origin(), "'" + Fields.shorten(name) + "' is not a valid model name: use "
                            + "letters, digits, '-', '_' and '.', starting with a letter or digit");
                    continue;
                }
                Fields entryFields = Fields.of(f.problems(), entry.origin(), entry.value(), "a " + kind.label
                        + " model");
                EquipmentReader.validateModel(kind, entryFields);
                byName.put(name, Fields.layer(new Problems(""), entry.origin(), entry.value(), ""));
            }
            out.put(kind, byName);
        }
        f.finish();
        return out;
    }

    /**
     * @return this catalogue plus the plant file's own entries; a name already in the built-in catalogue is an error
     */
    Catalogue plus(Fields local) {
        Map<EquipmentKind, Map<String, Fields.Layer>> own = sections(local);
        Map<EquipmentKind, Map<String, Fields.Layer>> merged = new EnumMap<>(EquipmentKind.class);
        entries.forEach((k, v) -> merged.put(k, new LinkedHashMap<>(v)));
        own.forEach((kind, byName) -> byName.forEach((name, layer) -> {
            Map<String, Fields.Layer> m = merged.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            if (m.containsKey(name)) {
                local.problems().error(layer.origin(), kind.label + " model '" + name + "' is already in the built-in "
                        + "catalogue; choose another name, or name the built-in model with 'model:' and override "
                        + "fields on the item");
            } else {
                m.put(name, layer);
            }
        }));
        return new Catalogue(merged);
    }

    /** @return the entry, or null */
    Fields.Layer entry(EquipmentKind kind, String name) {
        Map<String, Fields.Layer> m = entries.get(kind);
        return m == null ? null : m.get(name);
    }

    /** @return the model names of a kind, in catalogue order */
    Set<String> names(EquipmentKind kind) {
        Map<String, Fields.Layer> m = entries.get(kind);
        return m == null ? Set.of() : Collections.unmodifiableSet(m.keySet());
    }
}
