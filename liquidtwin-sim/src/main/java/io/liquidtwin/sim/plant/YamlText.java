package io.liquidtwin.sim.plant;

import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses YAML text into SnakeYAML's node tree (which keeps the line of every value) with limits that make hostile
 * input fail fast: at most {@value #MAX_ALIASES} aliases to collections, nesting depth {@value #MAX_DEPTH}, no
 * recursive keys, at most {@value #MAX_CODE_POINTS} code points, and at most {@value #MAX_NODES} nodes once aliases
 * are followed (an alias bomb or a recursive alias is refused, not walked).
 */
final class YamlText {

    static final int MAX_ALIASES = 100;
    static final int MAX_DEPTH = 40;
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
    static final int MAX_NODES = 500_000;

    private YamlText() {
    }

    /**
     * @return the document's root node, or null after recording an error (syntax, empty document, too large)
     */
    static Node parse(String text, String file, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? 1 : m.getLine() + 1;
            problems.error(new Origin(file, line, ""), "not valid YAML: " + describe(e));
            return null;
        } catch (YAMLException e) {
            problems.error(new Origin(file, 1, ""), "not valid YAML: " + oneLine(e.getMessage()));
            return null;
        }
        if (root == null) {
            problems.error(new Origin(file, 1, ""), "the plant file is empty; it must be a mapping with at least "
                    + "'name' and 'loops' (see docs/plant-format.md)");
            return null;
        }
        int[] budget = {MAX_NODES};
        if (!withinBudget(root, 0, budget, new IdentityHashMap<>())) {
            problems.error(new Origin(file, Origin.lineOr(root, 1), ""), "the document is too large or too deeply "
                    + "nested once YAML aliases are expanded (more than " + MAX_NODES + " values or " + MAX_DEPTH
                    + " levels); write the plant out without alias chains");
            return null;
        }
        return root;
    }

    private static boolean withinBudget(Node n, int depth, int[] budget, Map<Node, Boolean> onPath) {
        if (--budget[0] < 0 || depth > MAX_DEPTH || onPath.containsKey(n)) {
            return false;
        }
        onPath.put(n, Boolean.TRUE);
        try {
            if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (!withinBudget(t.getKeyNode(), depth + 1, budget, onPath)
                            || !withinBudget(t.getValueNode(), depth + 1, budget, onPath)) {
                        return false;
                    }
                }
            } else if (n instanceof SequenceNode s) {
                for (Node c : s.getValue()) {
                    if (!withinBudget(c, depth + 1, budget, onPath)) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            onPath.remove(n);
        }
    }

    private static String describe(MarkedYAMLException e) {
        StringBuilder sb = new StringBuilder();
        if (e.getProblem() != null) {
            sb.append(e.getProblem());
        }
        if (e.getContext() != null) {
            sb.append(sb.isEmpty() ? "" : " ").append("(").append(e.getContext());
            if (e.getContextMark() != null) {
                sb.append(" at line ").append(e.getContextMark().getLine() + 1);
            }
            sb.append(")");
        }
        return sb.isEmpty() ? oneLine(e.getMessage()) : oneLine(sb.toString());
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }
}
