package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.SeriesKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads alarm definitions from YAML. Format (durations in seconds unless the key says minutes):
 *
 * <pre>
 * alarms:
 *   - id: cdu-supply-hi                      # unique
 *     series: {name: cdu.secondary_supply_temp, tags: {plant: qingdao}}
 *     kind: HI                               # HI | HIHI | LO | LOLO | RATE | STALE | DISCRETE | RESIDUAL
 *     limit: 45                              # HI/HIHI/LO/LOLO/RESIDUAL
 *     deadband: 1                            # optional, default 0 (also RATE)
 *     unitsPerMinute: 2                      # RATE
 *     windowSeconds: 60                      # RATE
 *     staleSeconds: 30                       # STALE
 *     activeValues: [2]                      # DISCRETE (e.g. leak detector 2 = Critical)
 *     hook: supply-temp-residual             # RESIDUAL: name of a TwinResidual
 *     priority: HIGH                         # CRITICAL | HIGH | MEDIUM | LOW
 *     onDelaySeconds: 10                     # optional, default 0
 *     offDelaySeconds: 5                     # optional, default 0
 *     latching: false                        # optional, default false
 *     reAlarmMinutes: 30                     # optional, default 0 (never)
 *     leakReaction: {cdu: cdu, reaction: GracefulShutdown, reactionDelaySeconds: 30}   # optional (Redfish names)
 * </pre>
 *
 * Every problem is reported as {@code file:line: field: message}, all of them at once.
 */
public final class AlarmDefinitions {

    private static final Set<String> KEYS = Set.of("id", "series", "kind", "limit", "deadband", "unitsPerMinute",
            "windowSeconds", "staleSeconds", "activeValues", "hook", "priority", "onDelaySeconds", "offDelaySeconds",
            "latching", "reAlarmMinutes", "leakReaction");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private AlarmDefinitions(String file) {
        this.file = file;
    }

    /** @return the definitions in the file, in file order @throws AlarmDefinitionException if any is invalid */
    public static List<AlarmDefinition> read(Path path) {
        try {
            return parse(Files.readString(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alarm definitions " + path, e);
        }
    }

    /** @return the definitions in {@code yaml}, naming {@code file} in errors */
    public static List<AlarmDefinition> parse(String yaml, String file) {
        AlarmDefinitions r = new AlarmDefinitions(file);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(yaml));
        } catch (YAMLException e) {
            throw new AlarmDefinitionException(List.of(file + ": YAML: " + e.getMessage()));
        }
        List<AlarmDefinition> out = new ArrayList<>();
        Map<String, Node> top = root == null ? Map.of() : r.map(root, "(top)");
        Node alarms = top.get("alarms");
        if (!(alarms instanceof SequenceNode seq)) {
            r.problem(root, "alarms", "a list of alarms is required");
        } else {
            Set<String> ids = new HashSet<>();
            for (Node n : seq.getValue()) {
                AlarmReader.read(r, n).ifPresent(d -> {
                    if (!ids.add(d.id())) {
                        r.problem(n, "id", "duplicate alarm id '" + d.id() + "'");
                    }
                    out.add(d);
                });
            }
        }
        if (!r.problems.isEmpty()) {
            throw new AlarmDefinitionException(r.problems);
        }
        return List.copyOf(out);
    }

    void problem(Node at, String field, String message) {
        problems.add(file + ":" + (at == null ? 1 : at.getStartMark().getLine() + 1) + ": " + field + ": " + message);
    }

    int problemCount() {
        return problems.size();
    }

    /** @return the members of a mapping node (problem and empty map if not a mapping) */
    Map<String, Node> map(Node n, String field) {
        Map<String, Node> m = new LinkedHashMap<>();
        if (!(n instanceof MappingNode mn)) {
            problem(n, field, "expected a mapping");
            return m;
        }
        mn.getValue().forEach(t -> m.put(((ScalarNode) t.getKeyNode()).getValue(), t.getValueNode()));
        return m;
    }

    /** Reports keys of {@code m} not in the allowed set. */
    void unknownKeys(Map<String, Node> m, Set<String> allowed) {
        m.forEach((k, v) -> {
            if (!allowed.contains(k)) {
                problem(v, k, "unknown field (allowed: " + new java.util.TreeSet<>(allowed) + ")");
            }
        });
    }

    static Set<String> alarmKeys() {
        return KEYS;
    }

    /** @return the scalar text, or empty with a problem if missing/not a scalar */
    Optional<String> text(Map<String, Node> m, Node owner, String field, boolean required) {
        Node n = m.get(field);
        if (n == null) {
            if (required) {
                problem(owner, field, "required");
            }
            return Optional.empty();
        }
        if (!(n instanceof ScalarNode s) || s.getValue().isEmpty()) {
            problem(n, field, "expected a value");
            return Optional.empty();
        }
        return Optional.of(s.getValue());
    }

    Optional<Double> number(Map<String, Node> m, Node owner, String field, boolean required, double min) {
        return text(m, owner, field, required).flatMap(t -> {
            try {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v) || v < min) {
                    problem(m.get(field), field, "must be a finite number ≥ " + fmt(min) + ", got " + t);
                    return Optional.empty();
                }
                return Optional.of(v);
            } catch (NumberFormatException e) {
                problem(m.get(field), field, "not a number: '" + t + "'");
                return Optional.empty();
            }
        });
    }

    Duration seconds(Map<String, Node> m, Node owner, String field, double perUnit) {
        return number(m, owner, field, false, 0).map(v -> Duration.ofMillis(Math.round(v * perUnit * 1000)))
                .orElse(Duration.ZERO);
    }

    <E extends Enum<E>> Optional<E> enumValue(Map<String, Node> m, Node owner, String field, Class<E> type) {
        return text(m, owner, field, true).flatMap(t -> {
            try {
                return Optional.of(Enum.valueOf(type, t.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problem(m.get(field), field, "'" + t + "' is not one of " + java.util.Arrays.toString(
                        type.getEnumConstants()));
                return Optional.empty();
            }
        });
    }

    SeriesKey series(Node n) {
        Map<String, Node> m = map(n, "series");
        unknownKeys(m, Set.of("name", "tags"));
        String name = text(m, n, "name", true).orElse(null);
        Map<String, String> tags = new LinkedHashMap<>();
        if (m.containsKey("tags")) {
            map(m.get("tags"), "series.tags").forEach((k, v) -> tags.put(k, v instanceof ScalarNode s ? s.getValue()
                    : null));
        }
        if (name == null) {
            return null;
        }
        try {
            return new SeriesKey(name, tags);
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(n, "series", String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
