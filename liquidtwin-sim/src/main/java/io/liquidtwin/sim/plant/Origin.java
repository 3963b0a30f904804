package io.liquidtwin.sim.plant;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where a value sits: file, 1-based line (0 when unknown) and dotted YAML path.
 *
 * @param file the file or resource name
 * @param line 1-based line, 0 when unknown
 * @param path dotted YAML path, empty for the document
 */
record Origin(String file, int line, String path) {

    /** @return the origin of child {@code key} of this mapping, at the line of {@code node} (this line if null) */
    Origin key(String key, Node node) {
        return new Origin(file, lineOr(node, line), path.isEmpty() ? key : path + "." + key);
    }

    /** @return the origin of element {@code index} of this sequence, at the line of {@code node} */
    Origin index(int index, Node node) {
        return new Origin(file, lineOr(node, line), path + "[" + index + "]");
    }

    /** @return 1-based start line of node, or fallback when the node or its mark is missing */
    static int lineOr(Node node, int fallback) {
        Mark m = node == null ? null : node.getStartMark();
        return m == null ? fallback : m.getLine() + 1;
    }
}
