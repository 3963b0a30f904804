package io.liquidtwin.server.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small interpreter of DMTF Interop profiles (DSP0272) checking the read requirements of a profile, and of the
 * profiles it requires, against a service's crawled payloads. Per resource type (matched by {@code @odata.type},
 * narrowed to the profile's {@code URIs} patterns when it has them): a {@code Mandatory} resource must exist
 * ({@code ReadRequirement} defaults to Mandatory), its {@code MinVersion} must be met; in every instance each
 * Mandatory property must be present (null counts as present) and satisfy its {@code Comparison}/{@code Values}, and
 * nested {@code PropertyRequirements} are checked inside objects and arrays of objects; each Mandatory action must be
 * listed in {@code Actions}. Mandatory {@code Protocol} features are checked against the service root's
 * {@code ProtocolFeaturesSupported}. Each unmet requirement is one line:
 * {@code <profile>: <Resource> [<uri>] <path>: <what>}.
 */
final class InteropProfile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, JsonNode> loaded = new LinkedHashMap<>();

    /** @param dir the folder holding the profiles (searched recursively for required ones) */
    InteropProfile(Path dir) {
        this.dir = dir;
    }

    /** Loads a profile file and, recursively, the profiles it requires (by ProfileName and MinVersion). */
    void load(Path file) {
        JsonNode p = read(file);
        String name = p.path("ProfileName").asText();
        if (loaded.containsKey(name)) {
            return;
        }
        loaded.put(name, p);
        p.path("RequiredProfiles").properties().forEach(r -> load(find(r.getKey(),
                r.getValue().path("MinVersion").asText("1.0.0"))));
    }

    /** @return the names of the loaded profiles */
    List<String> profiles() {
        return List.copyOf(loaded.keySet());
    }

    private Path find(String name, String version) {
        String file = name + ".v" + version.replace('.', '_') + ".json";
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.getFileName().toString().equals(file)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("required profile " + file + " not under " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path f) {
        try {
            return JSON.readTree(Files.readString(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every unmet read requirement of the loaded profiles on the crawled service */
    List<String> unmet(Map<String, ObjectNode> payloads) {
        List<String> out = new ArrayList<>();
        loaded.forEach((name, p) -> {
            protocol(name, p.path("Protocol"), payloads.get(RedfishModel.ROOT), out);
            p.path("Resources").properties().forEach(r -> resource(name, r.getKey(), r.getValue(), payloads, out));
        });
        return out;
    }

    private static void protocol(String profile, JsonNode protocol, JsonNode root, List<String> out) {
        Map<String, String> features = Map.of("OnlyQuery", "OnlyMemberQuery", "SelectQuery", "SelectQuery",
                "FilterQuery", "FilterQuery", "ExcerptQuery", "ExcerptQuery", "ExpandQuery", "ExpandQuery");
        JsonNode supported = root.path("ProtocolFeaturesSupported");
        protocol.properties().forEach(e -> {
            String feature = features.get(e.getKey());
            if (!e.getValue().asText().equals("Mandatory") || feature == null) {
                return;
            }
            JsonNode v = supported.path(feature);
            if (!(v.asBoolean(false) || v.isObject())) {
                out.add(profile + ": Protocol " + e.getKey() + ": not supported");
            }
        });
        String min = protocol.path("MinVersion").asText("");
        if (!min.isEmpty() && compare(root.path("RedfishVersion").asText("0"), min) < 0) {
            out.add(profile + ": Protocol MinVersion " + min + ": RedfishVersion " + root.path("RedfishVersion"));
        }
    }

    private static void resource(String profile, String type, JsonNode req, Map<String, ObjectNode> payloads,
                                 List<String> out) {
        List<Pattern> uris = new ArrayList<>();
        req.path("URIs").forEach(u -> uris.add(Pattern.compile(u.asText().replaceAll("\\{[^}]+}", "[^/]+"))));
        List<Map.Entry<String, ObjectNode>> instances = payloads.entrySet().stream()
                .filter(e -> typeOf(e.getValue()).equals(type))
                .filter(e -> uris.isEmpty() || uris.stream().anyMatch(u -> u.matcher(e.getKey()).matches()))
                .toList();
        String prefix = profile + ": " + type;
        if (instances.isEmpty() && mandatory(req)) {
            out.add(prefix + ": no resource" + (uris.isEmpty() ? "" : " at " + req.path("URIs")));
        }
        String min = req.path("MinVersion").asText("");
        for (Map.Entry<String, ObjectNode> e : instances) {
            String at = prefix + " " + e.getKey();
            if (!min.isEmpty() && compare(versionOf(e.getValue()), min) < 0) {
                out.add(at + ": version " + versionOf(e.getValue()) + " < " + min);
            }
            properties(at, "", req.path("PropertyRequirements"), e.getValue(), out);
            req.path("ActionRequirements").properties().forEach(a -> {
                if (mandatory(a.getValue())
                        && !e.getValue().path("Actions").has("#" + type + "." + a.getKey())) {
                    out.add(at + ": action " + a.getKey() + " missing");
                }
            });
        }
    }

    private static void properties(String at, String path, JsonNode reqs, JsonNode obj, List<String> out) {
        reqs.properties().forEach(r -> {
            String p = path + "/" + r.getKey();
            JsonNode req = r.getValue();
            JsonNode v = obj.get(r.getKey());
            if (v == null) {
                if (mandatory(req)) {
                    out.add(at + " " + p + ": missing");
                }
                return;
            }
            if (req.has("Comparison") && !v.isNull() && !compares(req.get("Comparison").asText(), req.path("Values"),
                    v)) {
                out.add(at + " " + p + ": " + v + " fails " + req.get("Comparison").asText() + " " + req.path("Values"));
            }
            JsonNode nested = req.path("PropertyRequirements");
            if (nested.isObject()) {
                if (v.isObject()) {
                    properties(at, p, nested, v, out);
                } else if (v.isArray()) {
                    v.forEach(x -> {
                        if (x.isObject()) {
                            properties(at, p + "[]", nested, x, out);
                        }
                    });
                }
            }
        });
    }

    private static boolean compares(String comparison, JsonNode values, JsonNode v) {
        List<String> allowed = new ArrayList<>();
        values.forEach(x -> allowed.add(x.asText()));
        List<String> actual = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> actual.add(x.asText()));
        } else {
            actual.add(v.asText());
        }
        return switch (comparison) {
            case "Equal", "AnyOf" -> actual.stream().anyMatch(allowed::contains);
            case "AllOf" -> actual.containsAll(allowed);
            case "NotEqual" -> actual.stream().noneMatch(allowed::contains);
            case "Absent" -> false;
            case "Present" -> true;
            default -> true;   // numeric comparisons: none in the profiles this service is checked against
        };
    }

    private static boolean mandatory(JsonNode req) {
        return req.path("ReadRequirement").asText("Mandatory").equals("Mandatory");
    }

    /** @return {@code CoolingUnit} of {@code #CoolingUnit.v1_5_0.CoolingUnit} (collections: their own name) */
    static String typeOf(JsonNode payload) {
        String t = payload.path("@odata.type").asText("#");
        return t.substring(t.lastIndexOf('.') + 1);
    }

    private static String versionOf(JsonNode payload) {
        String[] parts = payload.path("@odata.type").asText("").split("\\.");
        return parts.length == 3 ? parts[1].substring(1).replace('_', '.') : "0";
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i])
                    : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
