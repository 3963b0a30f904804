package io.liquidtwin.sim.study;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Sets one value in a plant document, for sweeps. A path is dot-separated: mapping keys by name, list elements by
 * their {@code id} (or by index): {@code loops.fws.supplyTempSetpointC}, {@code equipment.dryCoolers.dc.count}. The
 * field must already exist in the document (so a misspelt path is an error, not a silently ignored new key); the
 * plant loader then checks the changed document as it checks any plant file.
 */
final class PlantOverride {

    private PlantOverride() {
    }

    /**
     * @return the plant document with the value at {@code path} replaced
     * @throws IllegalArgumentException naming the path segment that does not resolve
     */
    static String apply(String yaml, String path, double value) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        Yaml y = new Yaml(options, new DumperOptions());
        Node root = y.compose(new StringReader(yaml));
        String[] parts = path.split("\\.");
        Node at = root;
        List<String> walked = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (at instanceof MappingNode m) {
                NodeTuple found = null;
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(part)) {
                        found = t;
                    }
                }
                if (found == null) {
                    throw new IllegalArgumentException("sweep parameter " + path + ": no field '" + part + "' under '"
                            + String.join(".", walked) + "' (keys: " + keys(m) + ")");
                }
                if (last) {
                    if (!(found.getValueNode() instanceof ScalarNode)) {
                        throw new IllegalArgumentException("sweep parameter " + path + " is not a single value");
                    }
                    int index = m.getValue().indexOf(found);
                    ScalarNode old = (ScalarNode) found.getValueNode();
                    m.getValue().set(index, new NodeTuple(found.getKeyNode(), new ScalarNode(value == Math.rint(value) && Math.abs(value) < 1e15 ? Tag.INT : Tag.FLOAT,
                            number(value), old.getStartMark(), old.getEndMark(), DumperOptions.ScalarStyle.PLAIN)));
                    java.io.StringWriter out = new java.io.StringWriter();
                    y.serialize(root, out);
                    return out.toString();
                }
                at = found.getValueNode();
            } else if (at instanceof SequenceNode s) {
                Node next = null;
                for (Node element : s.getValue()) {
                    if (element instanceof MappingNode em && idOf(em).equals(part)) {
                        next = element;
                    }
                }
                if (next == null && part.matches("\\d+") && Integer.parseInt(part) < s.getValue().size()) {
                    next = s.getValue().get(Integer.parseInt(part));
                }
                if (next == null || last) {
                    throw new IllegalArgumentException("sweep parameter " + path + ": no element with id '" + part
                            + "' in list '" + String.join(".", walked) + "'");
                }
                at = next;
            } else {
                throw new IllegalArgumentException("sweep parameter " + path + ": '" + String.join(".", walked)
                        + "' is a single value, it has no field '" + part + "'");
            }
            walked.add(part);
        }
        throw new IllegalArgumentException("sweep parameter '" + path + "' is empty");
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String idOf(MappingNode m) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
                    && t.getValueNode() instanceof ScalarNode v) {
                return v.getValue();
            }
        }
        return "";
    }

    private static List<String> keys(MappingNode m) {
        List<String> out = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                out.add(k.getValue());
            }
        }
        return out;
    }
}
