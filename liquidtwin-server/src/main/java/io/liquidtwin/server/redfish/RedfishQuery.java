package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query parameters a GET may carry (DSP0266 §7.3), parsed and applied to a payload: {@code only} (a collection
 * with exactly one member answers with that member), {@code $expand} ({@code *} every hyperlink, {@code .}
 * subordinate ones (not under {@code Links}), {@code ~} those under {@code Links}; optionally {@code ($levels=1)};
 * one level at most) and {@code $select} (a comma list of properties, {@code A/B} for nested ones; the
 * {@code @odata} annotations are always kept). Anything else, or a repeated parameter, is refused with 400
 * QueryParameterUnsupported; a malformed value with 400 QueryParameterValueFormatError; {@code only} on a resource
 * that is not a collection with 400 QueryNotSupportedOnResource. Payloads are never modified: results are copies.
 *
 * @param only    whether {@code only} was given
 * @param expand  the expansion, if any
 * @param select  the selected property paths (empty for all)
 */
record RedfishQuery(boolean only, Optional<Expand> expand, List<List<String>> select) {

    /** What {@code $expand} expands. */
    enum Expand {
        /** {@code *}: every hyperlink. */
        ALL,
        /** {@code .}: hyperlinks not under {@code Links}. */
        SUBORDINATE,
        /** {@code ~}: hyperlinks under {@code Links}. */
        LINKS
    }

    /** The deepest {@code $levels} this service expands. */
    static final int MAX_LEVELS = 1;
    private static final Pattern EXPAND = Pattern.compile("([*.~])(?:\\(\\$levels=(\\d+)\\))?");
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:/[A-Za-z_][A-Za-z0-9_]*)*");

    /** No query. */
    static final RedfishQuery NONE = new RedfishQuery(false, Optional.empty(), List.of());

    /** @return ServiceRoot.ProtocolFeaturesSupported for what this class implements */
    static ObjectNode protocolFeatures() {
        ObjectNode p = F.objectNode();
        p.putObject("ExpandQuery").put("ExpandAll", true).put("Levels", true).put("Links", true)
                .put("NoLinks", true).put("MaxLevels", MAX_LEVELS);
        p.put("SelectQuery", true);
        p.put("OnlyMemberQuery", true);
        p.put("FilterQuery", false);
        p.put("ExcerptQuery", false);
        p.put("TopSkipQuery", false);
        p.put("MultipleHTTPRequests", true);
        return p;
    }

    /**
     * @param params the decoded query parameters, name → values
     * @throws ApiException 400 for an unsupported, repeated or malformed parameter
     */
    static RedfishQuery parse(Map<String, List<String>> params) {
        boolean only = false;
        Optional<Expand> expand = Optional.empty();
        List<List<String>> select = List.of();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            String name = e.getKey();
            if (!List.of("only", "$expand", "$select").contains(name) || e.getValue().size() > 1) {
                throw new ApiException(Problem.QUERY_PARAMETER_UNSUPPORTED, name);
            }
            String value = e.getValue().isEmpty() ? "" : e.getValue().get(0);
            switch (name) {
                case "only" -> {
                    if (!value.isEmpty()) {
                        throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, value, name);
                    }
                    only = true;
                }
                case "$expand" -> expand = Optional.of(expand(value));
                default -> select = select(value);
            }
        }
        return new RedfishQuery(only, expand, select);
    }

    private static Expand expand(String value) {
        Matcher m = EXPAND.matcher(value);
        if (!m.matches()) {
            throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, value, "$expand");
        }
        if (m.group(2) != null) {
            int levels;
            try {
                levels = Integer.parseInt(m.group(2));
            } catch (NumberFormatException ex) {
                levels = -1;
            }
            if (levels < 1 || levels > MAX_LEVELS) {
                throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, value, "$expand");
            }
        }
        return switch (m.group(1)) {
            case "*" -> Expand.ALL;
            case "." -> Expand.SUBORDINATE;
            default -> Expand.LINKS;
        };
    }

    private static List<List<String>> select(String value) {
        List<List<String>> out = new ArrayList<>();
        for (String p : value.split(",", -1)) {
            String t = p.strip();
            if (!PROPERTY.matcher(t).matches()) {
                throw new ApiException(Problem.QUERY_PARAMETER_VALUE_FORMAT_ERROR, value, "$select");
            }
            out.add(List.of(t.split("/")));
        }
        return List.copyOf(out);
    }

    /** @return whether there is anything to apply */
    boolean any() {
        return only || expand.isPresent() || !select.isEmpty();
    }

    /**
     * @param payload the resource as stored (not modified)
     * @param fetch   resolves a URI to its resource as the caller may see it
     * @return the answer: the only member, expanded and selected as asked (a copy when anything changed)
     */
    ObjectNode apply(ObjectNode payload, Function<String, Optional<ObjectNode>> fetch) {
        ObjectNode r = payload;
        if (only) {
            JsonNode members = r.get("Members");
            if (!(members instanceof ArrayNode a)) {
                throw new ApiException(Problem.QUERY_NOT_SUPPORTED_ON_RESOURCE);
            }
            if (a.size() == 1) {
                String uri = a.get(0).path("@odata.id").asText();
                r = fetch.apply(uri).orElseThrow(() -> new ApiException(Problem.INVALID_URI, uri));
            }
        }
        if (expand.isPresent()) {
            r = r.deepCopy();
            expandIn(r, false, expand.get(), fetch);
        }
        if (!select.isEmpty()) {
            r = selected(r);
        }
        return r;
    }

    /** Replaces, in place (on a copy), each reference object {@code {"@odata.id": uri}} the expansion covers. */
    private static void expandIn(JsonNode n, boolean underLinks, Expand e, Function<String, Optional<ObjectNode>> f) {
        if (n instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> p : List.copyOf(o.properties())) {
                boolean links = underLinks || p.getKey().equals("Links");
                JsonNode v = p.getValue();
                Optional<ObjectNode> target = covered(v, links, e).flatMap(f);
                if (target.isPresent()) {
                    o.set(p.getKey(), target.get().deepCopy());
                } else {
                    expandIn(v, links, e, f);
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                Optional<ObjectNode> target = covered(a.get(i), underLinks, e).flatMap(f);
                if (target.isPresent()) {
                    a.set(i, target.get().deepCopy());
                } else {
                    expandIn(a.get(i), underLinks, e, f);
                }
            }
        }
    }

    /** @return the URI of a reference object the expansion covers */
    private static Optional<String> covered(JsonNode v, boolean underLinks, Expand e) {
        boolean reference = v.isObject() && v.size() == 1 && v.path("@odata.id").isTextual();
        boolean wanted = e == Expand.ALL || (e == Expand.LINKS) == underLinks;
        return reference && wanted ? Optional.of(v.get("@odata.id").asText()) : Optional.empty();
    }

    private ObjectNode selected(ObjectNode r) {
        ObjectNode out = F.objectNode();
        r.properties().forEach(p -> {
            if (p.getKey().startsWith("@odata.")) {
                out.set(p.getKey(), p.getValue().deepCopy());
            }
        });
        for (List<String> path : select) {
            copyPath(r, out, path);
        }
        return out;
    }

    private static void copyPath(JsonNode from, ObjectNode to, List<String> path) {
        JsonNode v = from.get(path.get(0));
        if (v == null) {
            return;
        }
        if (path.size() == 1 || !v.isObject()) {
            to.set(path.get(0), v.deepCopy());
            return;
        }
        JsonNode existing = to.get(path.get(0));
        ObjectNode child = existing instanceof ObjectNode o ? o : to.putObject(path.get(0));
        copyPath(v, child, path.subList(1, path.size()));
    }
}
