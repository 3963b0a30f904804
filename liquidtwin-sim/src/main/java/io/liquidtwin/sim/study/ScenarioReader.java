package io.liquidtwin.sim.study;

import io.liquidtwin.sim.fault.FaultEvent;
import io.liquidtwin.sim.fault.FaultEvent.SensorMode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario file (docs/scenario-format.md). Every problem is collected with its line and field, and all of
 * them are reported together in one {@link ScenarioFileException}; unknown keys are errors (a misspelt key must not
 * silently fall back to a default).
 */
public final class ScenarioReader {

    /** Largest scenario file read, bytes. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** Most events one scenario may schedule. */
    public static final int MAX_EVENTS = 10_000;

    private final String fileName;
    private final Path folder;
    private final List<String> problems = new ArrayList<>();

    private ScenarioReader(Path file) {
        this.fileName = file.toString();
        Path parent = file.toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of(".") : parent;
    }

    /** @throws ScenarioFileException listing every problem of the file */
    public static Scenario read(Path file) {
        ScenarioReader r = new ScenarioReader(file);
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ScenarioFileException(file.toString(), List.of(file + ":1: larger than " + MAX_FILE_BYTES
                        + " bytes; a scenario file is a short YAML document"));
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(file.toString(), List.of(file + ":1: not UTF-8 text"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScenarioFileException(file.toString(), List.of(file + ": no such file; expected a scenario "
                    + "(YAML, docs/scenario-format.md)"));
        } catch (IOException e) {
            throw new ScenarioFileException(file.toString(), List.of(file + ": cannot read: " + e.getMessage()));
        }
        return r.parse(text, file);
    }

    private Scenario parse(String text, Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw fail(line, "", "not valid YAML: " + oneLine(e.getProblem()));
        } catch (YAMLException e) {
            throw fail(1, "", "not valid YAML: " + oneLine(e.getMessage()));
        }
        if (!(root instanceof MappingNode map)) {
            throw fail(1, "", "a scenario is a YAML mapping with at least 'plant' (see docs/scenario-format.md)");
        }
        Map<String, Node> top = keys(map, "", Set.of("name", "plant", "site", "period", "workload", "economics",
                "events", "sweep", "description"));
        String name = text(top.get("name"), "name", file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
        Path plant = null;
        if (top.get("plant") == null) {
            problems.add(fileName + ":" + line(map) + ": plant: missing; name the plant file (path relative to "
                    + "this file)");
        } else {
            plant = path(top.get("plant"), "plant", true);
        }
        Scenario.SiteChoice site = site(top.get("site"));
        double[] period = period(top.get("period"));
        Scenario.WorkloadChoice workload = workload(top.get("workload"));
        OptionalDouble[] econ = economics(top.get("economics"));
        List<FaultEvent> events = events(top.get("events"), period[0], period[1]);
        Optional<Scenario.Sweep> sweep = sweep(top.get("sweep"));
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(fileName, problems);
        }
        return new Scenario(name, file, plant, site, workload, period[0], period[1], period[2], econ[0], econ[1],
                events, sweep);
    }

    private ScenarioFileException fail(int line, String field, String message) {
        problems.add(fileName + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message);
        return new ScenarioFileException(fileName, problems);
    }

    private void problem(Node at, String field, String message) {
        problems.add(fileName + ":" + line(at) + ": " + field + ": " + message);
    }

    private static int line(Node n) {
        return n == null || n.getStartMark() == null ? 1 : n.getStartMark().getLine() + 1;
    }

    private Map<String, Node> keys(MappingNode map, String prefix, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            String field = prefix.isEmpty() ? key : prefix + "." + key;
            if (!allowed.contains(key)) {
                problem(t.getKeyNode(), field, "unknown key; expected one of " + new java.util.TreeSet<>(allowed));
            } else if (out.put(key, t.getValueNode()) != null) {
                problem(t.getKeyNode(), field, "given twice");
            }
        }
        return out;
    }

    private String text(Node n, String field, String otherwise) {
        if (n == null) {
            return otherwise;
        }
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().trim();
        }
        problem(n, field, "expected a non-empty text value");
        return otherwise;
    }

    private double number(Node n, String field, double otherwise, double min, double max) {
        if (n == null) {
            return otherwise;
        }
        if (n instanceof ScalarNode s) {
            try {
                double v = Double.parseDouble(s.getValue().trim());
                if (v >= min && v <= max) {
                    return v;
                }
                problem(n, field, "must be between " + fmt(min) + " and " + fmt(max) + ", got " + s.getValue());
                return otherwise;
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        problem(n, field, "expected a number between " + fmt(min) + " and " + fmt(max));
        return otherwise;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private Path path(Node n, String field, boolean mustExist) {
        String t = text(n, field, null);
        if (t == null) {
            return null;
        }
        Path p = folder.resolve(t).normalize();
        if (mustExist && !Files.isRegularFile(p)) {
            problem(n, field, "no file " + p + " (paths are relative to the scenario file's folder)");
        }
        return p;
    }

    private Scenario.SiteChoice site(Node n) {
        if (n == null) {
            return new Scenario.SiteChoice.FromPlant();
        }
        if (n instanceof ScalarNode s) {
            String v = s.getValue().trim().toLowerCase(Locale.ROOT);
            if (v.equals("qingdao")) {
                return new Scenario.SiteChoice.BuiltIn(v);
            }
            if (v.equals("design")) {
                return new Scenario.SiteChoice.DesignConditions();
            }
            problem(n, "site", "'" + s.getValue() + "' is not a built-in site; use qingdao, design, or {epw: FILE}");
            return new Scenario.SiteChoice.DesignConditions();
        }
        if (n instanceof MappingNode m) {
            Map<String, Node> k = keys(m, "site", Set.of("epw"));
            Path p = path(k.get("epw"), "site.epw", true);
            if (p != null) {
                return new Scenario.SiteChoice.Epw(p);
            }
        }
        problem(n, "site", "expected qingdao, design, or {epw: FILE}");
        return new Scenario.SiteChoice.DesignConditions();
    }

    /** @return start s in the year, duration s, step s */
    private double[] period(Node n) {
        double start = 0;
        double duration = SimTime.YEAR_S;
        double step = 3600;
        if (n == null) {
            return new double[] {start, duration, step};
        }
        if (!(n instanceof MappingNode m)) {
            problem(n, "period", "expected a mapping {start: MM-DD, duration: 365d, step: 1h}");
            return new double[] {start, duration, step};
        }
        Map<String, Node> k = keys(m, "period", Set.of("start", "duration", "step"));
        if (k.get("start") != null) {
            start = time(k.get("start"), "period.start", true, 0);
        }
        if (k.get("duration") != null) {
            duration = time(k.get("duration"), "period.duration", false, duration);
        }
        if (k.get("step") != null) {
            step = time(k.get("step"), "period.step", false, step);
        }
        if (!(duration >= 3600 && duration <= SimTime.YEAR_S)) {
            problem(k.getOrDefault("duration", n), "period.duration", "must be between 1h and 1y (a study reports one year at most)");
        }
        if (!(step >= 1 && step <= 3600)) {
            problem(k.getOrDefault("step", n), "period.step", "must be between 1s and 1h (the study records hourly)");
        }
        return new double[] {start, duration, step};
    }

    /** A time: a calendar time (only when allowed) or a duration. */
    private double time(Node n, String field, boolean calendarAllowed, double otherwise) {
        String t = text(n, field, null);
        if (t == null) {
            return otherwise;
        }
        try {
            return calendarAllowed && SimTime.isCalendar(t) ? SimTime.calendar(t) : SimTime.duration(t);
        } catch (IllegalArgumentException e) {
            problem(n, field, e.getMessage());
            return otherwise;
        }
    }

    private Scenario.WorkloadChoice workload(Node n) {
        if (n == null) {
            return new Scenario.WorkloadChoice("constant", Optional.empty(), "easy", 0, "", 1.0, Optional.empty(),
                    false);
        }
        if (!(n instanceof MappingNode m)) {
            problem(n, "workload", "expected a mapping with 'kind' (swf, csv, constant or synthetic)");
            return new Scenario.WorkloadChoice("constant", Optional.empty(), "easy", 0, "", 1.0, Optional.empty(),
                    false);
        }
        Map<String, Node> k = keys(m, "workload", Set.of("kind", "file", "policy", "nodes", "column", "fraction",
                "swing", "fallback"));
        String kind = text(k.get("kind"), "workload.kind", "constant").toLowerCase(Locale.ROOT);
        if (!Set.of("swf", "csv", "constant", "synthetic").contains(kind)) {
            problem(k.get("kind"), "workload.kind", "'" + kind + "' is not one of swf, csv, constant, synthetic");
        }
        String fallback = text(k.get("fallback"), "workload.fallback", "none").toLowerCase(Locale.ROOT);
        if (!fallback.equals("none") && !fallback.equals("synthetic")) {
            problem(k.get("fallback"), "workload.fallback", "expected synthetic or none");
        }
        boolean fallsBack = fallback.equals("synthetic");
        Optional<Path> file = Optional.ofNullable(path(k.get("file"), "workload.file", !fallsBack));
        if ((kind.equals("swf") || kind.equals("csv")) && file.isEmpty() && k.get("file") == null) {
            problem(n, "workload.file", "a " + kind + " workload needs 'file'");
        }
        String policy = text(k.get("policy"), "workload.policy", "easy").toLowerCase(Locale.ROOT);
        if (!Set.of("replay", "fcfs", "easy").contains(policy)) {
            problem(k.get("policy"), "workload.policy", "'" + policy + "' is not one of replay, fcfs, easy");
        }
        int nodes = (int) number(k.get("nodes"), "workload.nodes", 0, 0, 10_000_000);
        String column = text(k.get("column"), "workload.column", "");
        double fraction = number(k.get("fraction"), "workload.fraction", 1.0, 0, 1);
        Optional<double[]> swing = Optional.empty();
        if (k.get("swing") instanceof MappingNode sm) {
            Map<String, Node> s = keys(sm, "workload.swing", Set.of("periodS", "depthFraction", "rampS"));
            double period = number(s.get("periodS"), "workload.swing.periodS", 60, 1e-3, 86_400);
            double depth = number(s.get("depthFraction"), "workload.swing.depthFraction", 0.3, 0, 1);
            double ramp = number(s.get("rampS"), "workload.swing.rampS", 0, 0, period / 2);
            swing = Optional.of(new double[] {period, depth, ramp});
        } else if (k.get("swing") != null) {
            problem(k.get("swing"), "workload.swing", "expected {periodS: .., depthFraction: .., rampS: ..}");
        }
        return new Scenario.WorkloadChoice(kind, file, policy, nodes, column, fraction, swing, fallsBack);
    }

    private OptionalDouble[] economics(Node n) {
        OptionalDouble[] out = {OptionalDouble.empty(), OptionalDouble.empty()};
        if (n == null) {
            return out;
        }
        if (!(n instanceof MappingNode m)) {
            problem(n, "economics", "expected {tariffPerKwh: .., gridKgCo2PerKwh: ..}");
            return out;
        }
        Map<String, Node> k = keys(m, "economics", Set.of("tariffPerKwh", "gridKgCo2PerKwh"));
        if (k.get("tariffPerKwh") != null) {
            out[0] = OptionalDouble.of(number(k.get("tariffPerKwh"), "economics.tariffPerKwh", 0, 0, 100));
        }
        if (k.get("gridKgCo2PerKwh") != null) {
            out[1] = OptionalDouble.of(number(k.get("gridKgCo2PerKwh"), "economics.gridKgCo2PerKwh", 0, 0, 5));
        }
        return out;
    }

    private List<FaultEvent> events(Node n, double startS, double durationS) {
        List<FaultEvent> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            problem(n, "events", "expected a list of events, e.g. - {at: 07-15 14:00, type: pump-trip, pump: fwp-1}");
            return out;
        }
        if (seq.getValue().size() > MAX_EVENTS) {
            problem(n, "events", "more than " + MAX_EVENTS + " events");
            return out;
        }
        int i = 0;
        for (Node e : seq.getValue()) {
            String field = "events[" + i++ + "]";
            FaultEvent ev = EventReader.read(e, field, startS, durationS, this);
            if (ev != null) {
                out.add(ev);
            }
        }
        return out;
    }

    private Optional<Scenario.Sweep> sweep(Node n) {
        if (n == null) {
            return Optional.empty();
        }
        if (!(n instanceof MappingNode m)) {
            problem(n, "sweep", "expected {parameter: PATH, values: [..]}");
            return Optional.empty();
        }
        Map<String, Node> k = keys(m, "sweep", Set.of("parameter", "values"));
        String parameter = text(k.get("parameter"), "sweep.parameter", null);
        if (parameter == null) {
            problem(n, "sweep.parameter", "missing; name a plant-file field such as loops.fws.supplyTempSetpointC");
        }
        List<Double> values = new ArrayList<>();
        if (k.get("values") instanceof SequenceNode vs && !vs.getValue().isEmpty() && vs.getValue().size() <= 1000) {
            Set<Double> seen = new HashSet<>();
            for (Node v : vs.getValue()) {
                double x = number(v, "sweep.values", Double.NaN, -1e12, 1e12);
                if (!Double.isNaN(x) && !seen.add(x)) {
                    problem(v, "sweep.values", "value " + fmt(x) + " given twice");
                }
                values.add(x);
            }
        } else {
            problem(k.getOrDefault("values", n), "sweep.values", "expected a list of 1 to 1000 numbers");
        }
        return parameter == null ? Optional.empty() : Optional.of(new Scenario.Sweep(parameter, values));
    }

    // for EventReader
    String fieldText(Node n, String field) {
        return text(n, field, null);
    }

    double fieldNumber(Node n, String field, double otherwise, double min, double max) {
        return number(n, field, otherwise, min, max);
    }

    double fieldTime(Node n, String field, boolean calendarAllowed) {
        return time(n, field, calendarAllowed, Double.NaN);
    }

    Map<String, Node> fieldKeys(MappingNode m, String prefix, Set<String> allowed) {
        return keys(m, prefix, allowed);
    }

    void report(Node at, String field, String message) {
        problem(at, field, message);
    }

    static SensorMode sensorMode(String s) {
        return SensorMode.valueOf(s.toUpperCase(Locale.ROOT));
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable input" : s.replaceAll("\\s+", " ").trim();
    }
}
