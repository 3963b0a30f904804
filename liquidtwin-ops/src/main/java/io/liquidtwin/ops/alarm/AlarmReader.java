package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.SeriesKey;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one alarm of an {@link AlarmDefinitions} file, reporting problems to it. */
final class AlarmReader {

    /** Kinds of the YAML {@code kind} field. */
    enum Kind { HI, HIHI, LO, LOLO, RATE, STALE, DISCRETE, RESIDUAL }

    private AlarmReader() {
    }

    static Optional<AlarmDefinition> read(AlarmDefinitions r, Node n) {
        int before = r.problemCount();
        Map<String, Node> m = r.map(n, "alarms[]");
        r.unknownKeys(m, AlarmDefinitions.alarmKeys());
        String id = r.text(m, n, "id", true).orElse(null);
        SeriesKey series = m.containsKey("series") ? r.series(m.get("series")) : null;
        if (!m.containsKey("series")) {
            r.problem(n, "series", "required");
        }
        Condition condition = r.enumValue(m, n, "kind", Kind.class).map(k -> condition(r, m, n, k)).orElse(null);
        Priority priority = r.enumValue(m, n, "priority", Priority.class).orElse(null);
        Duration on = r.seconds(m, n, "onDelaySeconds", 1);
        Duration off = r.seconds(m, n, "offDelaySeconds", 1);
        Duration reAlarm = r.seconds(m, n, "reAlarmMinutes", 60);
        boolean latching = r.text(m, n, "latching", false).map(t -> {
            if (!t.equals("true") && !t.equals("false")) {
                r.problem(m.get("latching"), "latching", "expected true or false, got '" + t + "'");
            }
            return t.equals("true");
        }).orElse(false);
        Optional<LeakReactionSpec> reaction = m.containsKey("leakReaction")
                ? reaction(r, m.get("leakReaction")) : Optional.empty();
        if (reaction.isPresent() && !(condition instanceof Condition.Discrete)) {
            r.problem(m.get("leakReaction"), "leakReaction", "only a DISCRETE (leak detector) alarm can have one");
        }
        if (r.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new AlarmDefinition(id, series, condition, priority, on, off, latching, reAlarm, reaction));
    }

    private static Condition condition(AlarmDefinitions r, Map<String, Node> m, Node n, Kind k) {
        double deadband = r.number(m, n, "deadband", false, 0).orElse(0.0);
        return switch (k) {
            case HI, HIHI, LO, LOLO -> r.number(m, n, "limit", true, -Double.MAX_VALUE)
                    .map(l -> (Condition) new Condition.Limit(Condition.LimitType.valueOf(k.name()), l, deadband))
                    .orElse(null);
            case RATE -> {
                Optional<Double> rate = r.number(m, n, "unitsPerMinute", true, Double.MIN_VALUE);
                Optional<Double> window = r.number(m, n, "windowSeconds", true, 1);
                yield rate.isPresent() && window.isPresent()
                        ? new Condition.RateOfChange(rate.get(), Math.round(window.get()), deadband) : null;
            }
            case STALE -> r.number(m, n, "staleSeconds", true, 1)
                    .map(s -> (Condition) new Condition.Stale(Math.round(s))).orElse(null);
            case DISCRETE -> discrete(r, m, n);
            case RESIDUAL -> {
                Optional<String> hook = r.text(m, n, "hook", true);
                Optional<Double> limit = r.number(m, n, "limit", true, Double.MIN_VALUE);
                yield hook.isPresent() && limit.isPresent()
                        ? new Condition.Residual(hook.get(), limit.get(), deadband) : null;
            }
        };
    }

    private static Condition discrete(AlarmDefinitions r, Map<String, Node> m, Node n) {
        Node v = m.get("activeValues");
        if (!(v instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            r.problem(v == null ? n : v, "activeValues", "a non-empty list of integers is required");
            return null;
        }
        Set<Long> values = new LinkedHashSet<>();
        for (Node e : seq.getValue()) {
            try {
                values.add(Long.parseLong(((ScalarNode) e).getValue()));
            } catch (RuntimeException ex) {
                r.problem(e, "activeValues", "not an integer");
            }
        }
        return values.isEmpty() ? null : new Condition.Discrete(values);
    }

    private static Optional<LeakReactionSpec> reaction(AlarmDefinitions r, Node n) {
        Map<String, Node> m = r.map(n, "leakReaction");
        r.unknownKeys(m, Set.of("cdu", "reaction", "reactionDelaySeconds"));
        Optional<String> cdu = r.text(m, n, "cdu", true);
        Optional<LeakReaction> reaction = r.text(m, n, "reaction", true).flatMap(t -> {
            Optional<LeakReaction> x = LeakReaction.ofRedfish(t);
            if (x.isEmpty()) {
                r.problem(m.get("reaction"), "reaction", "'" + t + "' is not None, GracefulShutdown or ForceOff");
            }
            return x;
        });
        long delay = Math.round(r.number(m, n, "reactionDelaySeconds", false, 0).orElse(0.0));
        return cdu.isPresent() && reaction.isPresent()
                ? Optional.of(new LeakReactionSpec(cdu.get(), reaction.get(), delay)) : Optional.empty();
    }
}
