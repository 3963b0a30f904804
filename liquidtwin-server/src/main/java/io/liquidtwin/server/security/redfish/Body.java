package io.liquidtwin.server.security.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the properties of a PATCH or POST body, collecting every problem (wrong type, read-only, unknown) so that one
 * response names them all; {@link #finish()} throws them. Secret values (passwords) are never echoed in a message.
 */
final class Body {

    static final String HIDDEN = "(hidden)";

    private final JsonNode body;
    private final Set<String> readOnly;
    private final Set<String> read = new HashSet<>();
    private final List<ApiException.Occurrence> problems = new ArrayList<>();

    /** @param readOnly the resource's properties a client may not write (PropertyNotWritable rather than Unknown) */
    Body(JsonNode body, Set<String> readOnly) {
        this.body = body;
        this.readOnly = readOnly;
    }

    /** @return the string property, if present and a string */
    Optional<String> string(String name, boolean secret) {
        JsonNode n = take(name);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            problem(Problem.PROPERTY_VALUE_TYPE_ERROR, secret ? HIDDEN : n.toString(), name);
            return Optional.empty();
        }
        return Optional.of(n.asText());
    }

    /** @return the integer property, if present and an integer */
    Optional<Long> integer(String name) {
        JsonNode n = take(name);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            problem(Problem.PROPERTY_VALUE_TYPE_ERROR, n.toString(), name);
            return Optional.empty();
        }
        return Optional.of(n.asLong());
    }

    /** @return the boolean property, if present and a boolean */
    Optional<Boolean> bool(String name) {
        JsonNode n = take(name);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isBoolean()) {
            problem(Problem.PROPERTY_VALUE_TYPE_ERROR, n.toString(), name);
            return Optional.empty();
        }
        return Optional.of(n.asBoolean());
    }

    /** @return the raw property, if present (the caller checks it) */
    Optional<JsonNode> raw(String name) {
        return Optional.ofNullable(take(name));
    }

    /** @return whether the body has the property (before reading it) */
    boolean has(String name) {
        return body.has(name);
    }

    /** Records a problem. */
    void problem(Problem p, Object... args) {
        problems.add(new ApiException.Occurrence(p, java.util.Arrays.stream(args).map(String::valueOf).toList()));
    }

    /** Records one problem per property not read (annotations such as {@code @odata.etag} are ignored), then throws. */
    void finish() {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (read.contains(name) || name.startsWith("@")) {
                continue;
            }
            problem(readOnly.contains(name) ? Problem.PROPERTY_NOT_WRITABLE : Problem.PROPERTY_UNKNOWN, name);
        }
        if (!problems.isEmpty()) {
            throw new ApiException(problems);
        }
    }

    private JsonNode take(String name) {
        read.add(name);
        JsonNode n = body.get(name);
        return n == null || n.isMissingNode() ? null : n;
    }
}
