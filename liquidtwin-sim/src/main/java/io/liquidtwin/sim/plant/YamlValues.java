package io.liquidtwin.sim.plant;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Low-level reading of SnakeYAML nodes: mappings into layers, numbers, descriptions for messages. */
final class YamlValues {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** A parsed number, or why it is not one. */
    record Number(double value, String error) {
    }

    private YamlValues() {
    }

    /** @return the mapping's layer; a broken, empty layer (after an error) when node is not a mapping */
    static Fields.Layer layer(Problems problems, Origin origin, Node node, String what) {
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problems.error(origin, "expected a mapping of fields (" + what + "), found " + describe(node));
            return new Fields.Layer(origin, values, keys, true);
        }
        boolean broken = false;
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks) || Tag.NULL.equals(k.getTag())) {
                problems.error(origin.key("?", k), "a field name must be a plain word, found " + describe(k));
                broken = true;
                continue;
            }
            if (Tag.MERGE.equals(ks.getTag())) {
                problems.error(origin.key("<<", k), "YAML merge keys ('<<') are not supported; write the fields out "
                        + "or use a catalogue model ('model:') for shared values");
                broken = true;
                continue;
            }
            String name = ks.getValue();
            Node first = keys.get(name);
            if (first != null) {
                problems.error(origin.key(name, k), "duplicate field '" + name + "' (first given at line "
                        + Origin.lineOr(first, 0) + ")");
                broken = true;
                continue;
            }
            keys.put(name, k);
            values.put(name, t.getValueNode());
        }
        return new Fields.Layer(origin, values, keys, broken);
    }

    /**
     * @param s        a scalar that is not null
     * @param expected what was expected, e.g. "a number in kW"
     * @return the number written in decimal notation, or an error message
     */
    static Number number(ScalarNode s, String expected) {
        String text = s.getValue().trim();
        if (!Tag.INT.equals(s.getTag()) && !Tag.FLOAT.equals(s.getTag())) {
            String hint = text.matches("[-+]?[0-9.]+\\s*\\S+") ? "; write the number alone, the unit is in the field "
                    + "name" : "";
            return new Number(Double.NaN, "expected " + expected + ", found " + describe(s) + hint);
        }
        String plain = text.replace("_", "");
        if (!DECIMAL.matcher(plain).matches()) {
            String lower = plain.toLowerCase(Locale.ROOT);
            return new Number(Double.NaN, lower.contains("inf") || lower.contains("nan")
                    ? "expected a finite number, found '" + shorten(text) + "'"
                    : "write '" + shorten(text) + "' as a plain decimal number");
        }
        double v = Double.parseDouble(plain);
        if (Double.isInfinite(v)) {
            return new Number(Double.NaN, "the number '" + shorten(text) + "' is too large");
        }
        return new Number(v, null);
    }

    static String describe(Node n) {
        if (n == null) {
            return "nothing";
        }
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (Tag.NULL.equals(n.getTag())) {
            return "an empty value";
        }
        if (n instanceof ScalarNode s) {
            return "'" + shorten(s.getValue()) + "'";
        }
        return "a value";
    }

    static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
