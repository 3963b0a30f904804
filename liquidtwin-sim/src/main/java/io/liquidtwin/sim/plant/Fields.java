package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the fields of one YAML mapping, checking type, unit range and presence of each, recording every problem in
 * {@link Problems} and carrying on (a bad value reads as NaN / null and marks the reader {@link #failed()}).
 *
 * <p>A reader may be layered over a catalogue entry ({@link #withModel}): a field is then taken from the item's own
 * mapping when present, else from the catalogue entry. {@link #finish()} reports every key of the own mapping that
 * no read asked for as an unknown field, with a did-you-mean. Readers therefore read every field they know,
 * unconditionally.
 */
final class Fields {

    /** Ids and references: letters, digits, '-', '_', '.', starting with a letter or digit, ≤ 64 characters. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** A mapping's keys and values with its origin. */
    record Layer(Origin origin, Map<String, Node> values, Map<String, Node> keys, boolean broken) {
    }

    /** A value found for a key and where it came from. */
    record Found(Node value, Origin origin) {
    }

    /** A reference to a loop or equipment id, with where it was written. */
    record Ref(String name, Origin origin) {
    }

    private final Problems problems;
    private final Layer own;
    private final Layer model;
    private final String modelName;
    private final String missingHint;
    private final boolean quietMissing;
    private final Set<String> known;
    private final boolean[] failed;

    private Fields(Problems problems, Layer own, Layer model, String modelName, String missingHint,
                   boolean quietMissing, Set<String> known, boolean[] failed) {
        this.problems = problems;
        this.own = own;
        this.model = model;
        this.modelName = modelName;
        this.missingHint = missingHint;
        this.quietMissing = quietMissing;
        this.known = known;
        this.failed = failed;
    }

    /** @return a reader of node (which must be a mapping; otherwise an error is recorded) described as {@code what} */
    static Fields of(Problems problems, Origin origin, Node node, String what) {
        return of(problems, origin, node, what, new boolean[1]);
    }

    private static Fields of(Problems problems, Origin origin, Node node, String what, boolean[] failed) {
        Layer layer = layer(problems, origin, node, what);
        if (layer.broken()) {
            failed[0] = true;
        }
        return new Fields(problems, layer, null, null, "", layer.broken(), new HashSet<>(), failed);
    }

    /** @return the mapping's layer; a broken, empty layer (after an error) when node is not a mapping */
    static Layer layer(Problems problems, Origin origin, Node node, String what) {
        return YamlValues.layer(problems, origin, node, what);
    }

    /**
     * @param entry       the catalogue entry (null when the model is unknown: missing fields are then not reported,
     *                    the unknown model already was)
     * @param name        the model's name, for messages
     * @param missingHint appended to "missing field" messages when no model is named
     */
    Fields withModel(Layer entry, String name, String missingHint, boolean modelUnknown) {
        return new Fields(problems, own, entry, name, missingHint, quietMissing || modelUnknown, known, failed);
    }

    /** @return whether any read (of this mapping or a nested one) failed */
    boolean failed() {
        return failed[0];
    }

    /** Marks the item failed after a problem the caller found and recorded itself. */
    void fail() {
        failed[0] = true;
    }

    Problems problems() {
        return problems;
    }

    /** @return the origin of the own mapping */
    Origin origin() {
        return own.origin();
    }

    /** @return whether the key is given (here, or in the model when layered); marks it known */
    boolean has(String key) {
        return find(key) != null;
    }

    /** @return the origin of the key's value, or of the mapping when absent */
    Origin originOf(String key) {
        Found f = find(key);
        return f == null ? own.origin() : f.origin();
    }

    /** @return the value for key from the own mapping, else from the model; null when absent. Marks it known. */
    Found find(String key) {
        known.add(key);
        Node v = own.values().get(key);
        if (v != null) {
            return new Found(v, own.origin().key(key, v));
        }
        if (model != null) {
            Node mv = model.values().get(key);
            if (mv != null) {
                return new Found(mv, model.origin().key(key, mv));
            }
        }
        return null;
    }

    private void missing(String key, String what) {
        failed[0] = true;
        if (quietMissing) {
            return;
        }
        String where = modelName != null ? " (not set here nor in catalogue model '" + modelName + "')" : missingHint;
        problems.error(own.origin(), "missing field '" + key + "'" + (what.isEmpty() ? "" : " (" + what + ")")
                + where);
    }

    private void bad(Origin at, String message) {
        failed[0] = true;
        problems.error(at, message);
    }

    /**
     * For two alternative fields (e.g. a flow in kg/s or in L/min): the one given in the own mapping, else the one
     * in the model. Giving both at the same level is an error; giving neither is a missing field.
     *
     * @return the key to read, or null (after an error, or when missing)
     */
    String pick(String a, String b, String what) {
        known.add(a);
        known.add(b);
        for (Layer layer : model == null ? List.of(own) : List.of(own, model)) {
            boolean hasA = layer.values().containsKey(a);
            boolean hasB = layer.values().containsKey(b);
            if (hasA && hasB) {
                bad(layer.origin().key(b, layer.values().get(b)), "give either '" + a + "' or '" + b
                        + "', not both");
                return null;
            }
            if (hasA || hasB) {
                return hasA ? a : b;
            }
        }
        missing(a + "' or '" + b, what);
        return null;
    }

    // ---- numbers -----------------------------------------------------------------------------------------------

    /** @return the required number in SI, or NaN after an error */
    double number(String key, Unit unit, Limits limits) {
        return number(key, unit, limits, Double.NaN, true);
    }

    /** @return the number in SI; dflt (user unit) when absent */
    double number(String key, Unit unit, Limits limits, double dflt) {
        return number(key, unit, limits, dflt, false);
    }

    /** @return the number in SI, or NaN when absent (no error) or invalid (error) */
    double optionalNumber(String key, Unit unit, Limits limits) {
        return number(key, unit, limits, Double.NaN, false);
    }

    private double number(String key, Unit unit, Limits limits, double dflt, boolean required) {
        Found f = find(key);
        if (f == null) {
            if (required) {
                missing(key, unit.label().isEmpty() ? "a number" : "a number in " + unit.label());
                return Double.NaN;
            }
            return Double.isNaN(dflt) ? Double.NaN : unit.toSi(dflt);
        }
        double v = userNumber(f, unit);
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        if (!limits.contains(v)) {
            bad(f.origin(), unit.format(v) + " is out of range: expected " + limits.describe(unit));
            return Double.NaN;
        }
        return unit.toSi(v);
    }

    /** @return the value in the field's user unit, or NaN after an error */
    double userNumber(Found f, Unit unit) {
        String expected = unit.label().isEmpty() ? "a number" : "a number in " + unit.label();
        if (!(f.value() instanceof ScalarNode s) || Tag.NULL.equals(f.value().getTag())) {
            bad(f.origin(), "expected " + expected + ", found " + describe(f.value()));
            return Double.NaN;
        }
        YamlValues.Number n = YamlValues.number(s, expected);
        if (n.error() != null) {
            bad(f.origin(), n.error());
            return Double.NaN;
        }
        return n.value();
    }

    /** @return the required whole number, or Integer.MIN_VALUE after an error */
    int integer(String key, int min, int max) {
        return integer(key, min, max, Integer.MIN_VALUE);
    }

    /** @return the whole number; dflt when absent (Integer.MIN_VALUE: required) */
    int integer(String key, int min, int max, int dflt) {
        Found f = find(key);
        if (f == null) {
            if (dflt == Integer.MIN_VALUE) {
                missing(key, "a whole number");
            }
            return dflt;
        }
        double v = userNumber(f, Unit.NONE);
        if (Double.isNaN(v)) {
            return Integer.MIN_VALUE;
        }
        if (v != Math.rint(v) || v < min || v > max) {
            bad(f.origin(), "expected a whole number between " + min + " and " + max + ", found " + Fmt.num(v));
            return Integer.MIN_VALUE;
        }
        return (int) v;
    }

    // ---- text, ids, references, choices, flags ----------------------------------------------------------------

    /** @return the text value; dflt when absent (null dflt: required, null returned after an error) */
    String text(String key, String dflt) {
        Found f = find(key);
        if (f == null) {
            if (dflt == null) {
                missing(key, "text");
            }
            return dflt;
        }
        return text(f);
    }

    /** @return the scalar's text, or null after an error */
    String text(Found f) {
        if (!(f.value() instanceof ScalarNode s) || Tag.NULL.equals(f.value().getTag())) {
            bad(f.origin(), "expected text, found " + describe(f.value()));
            return null;
        }
        return s.getValue();
    }

    /** @return the required id, or null after an error */
    String id(String key) {
        Ref r = ref(key);
        return r == null ? null : r.name();
    }

    /** @return the required reference (id syntax checked), or null after an error */
    Ref ref(String key) {
        Found f = find(key);
        if (f == null) {
            missing(key, "an id");
            return null;
        }
        return ref(f);
    }

    /** @return the optional reference, or null when absent or invalid */
    Ref optionalRef(String key) {
        Found f = find(key);
        return f == null ? null : ref(f);
    }

    Ref ref(Found f) {
        String t = text(f);
        if (t == null) {
            return null;
        }
        if (!ID.matcher(t).matches()) {
            bad(f.origin(), "'" + shorten(t) + "' is not a valid id: use letters, digits, '-', '_' and '.', starting "
                    + "with a letter or digit, at most 64 characters");
            return null;
        }
        return new Ref(t, f.origin());
    }

    /** @return the choice; dflt when absent (null: required); null after an error */
    <E extends Enum<E> & YamlName> E choice(String key, E[] values, E dflt) {
        Found f = find(key);
        if (f == null) {
            if (dflt == null) {
                missing(key, "one of " + names(values));
            }
            return dflt;
        }
        String t = text(f);
        if (t == null) {
            return null;
        }
        for (E e : values) {
            if (e.yamlName().equalsIgnoreCase(t.trim())) {
                return e;
            }
        }
        List<String> all = new ArrayList<>();
        for (E e : values) {
            all.add(e.yamlName());
        }
        bad(f.origin(), "'" + shorten(t) + "' is not one of " + names(values) + Fmt.didYouMean(t, all));
        return null;
    }

    private static <E extends Enum<E> & YamlName> String names(E[] values) {
        List<String> all = new ArrayList<>();
        for (E e : values) {
            all.add(e.yamlName());
        }
        return String.join(", ", all);
    }

    /** @return the flag; dflt when absent; dflt after an error */
    boolean flag(String key, boolean dflt) {
        Found f = find(key);
        if (f == null) {
            return dflt;
        }
        if (f.value() instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            String t = s.getValue().toLowerCase(Locale.ROOT);
            return t.equals("true") || t.equals("yes") || t.equals("on");
        }
        bad(f.origin(), "expected true or false, found " + describe(f.value()));
        return dflt;
    }

    // ---- nested mappings and lists -----------------------------------------------------------------------------

    /** @return a reader of the nested mapping at key (own first, then model), or null when absent */
    Fields child(String key, String what) {
        Found f = find(key);
        if (f == null) {
            return null;
        }
        Fields c = of(problems, f.origin(), f.value(), what, failed);
        return c;
    }

    /** @return the elements of the list at key (empty when absent, or after an error) with their origins */
    List<Found> list(String key, String what) {
        Found f = find(key);
        if (f == null) {
            return List.of();
        }
        return list(f, what);
    }

    List<Found> list(Found f, String what) {
        if (!(f.value() instanceof SequenceNode s)) {
            if (Tag.NULL.equals(f.value().getTag())) {
                return List.of();
            }
            bad(f.origin(), "expected a list of " + what + " (one '- ' entry per item), found "
                    + describe(f.value()));
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        List<Node> items = s.getValue();
        for (int i = 0; i < items.size(); i++) {
            out.add(new Found(items.get(i), f.origin().index(i, items.get(i))));
        }
        return out;
    }

    /** Records every key of the own mapping no read asked for as an unknown field. */
    void finish() {
        for (Map.Entry<String, Node> e : own.keys().entrySet()) {
            String k = e.getKey();
            if (known.contains(k)) {
                continue;
            }
            String hint = Fmt.didYouMean(k, known);
            if (hint.isEmpty()) {
                hint = "; fields here: " + Fmt.list(new TreeSet<>(known), 40);
            }
            problems.error(own.origin().key(k, e.getValue()), "unknown field '" + shorten(k) + "'" + hint);
        }
    }

    /** @return the keys given in the own mapping, in order */
    Set<String> ownKeys() {
        return Collections.unmodifiableSet(own.keys().keySet());
    }

    static String describe(Node n) {
        return YamlValues.describe(n);
    }

    static String shorten(String s) {
        return YamlValues.shorten(s);
    }
}
