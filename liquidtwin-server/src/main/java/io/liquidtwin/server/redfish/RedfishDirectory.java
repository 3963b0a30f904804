package io.liquidtwin.server.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Where the Redfish HTTP layer finds resources and writers. The twin's resources come from the latest snapshot;
 * other parts of the service (sessions, accounts, events, controls) register a {@link Provider} for the resources they
 * own and handlers for the writes they accept. The first provider that knows a URI answers it.
 *
 * <p>URIs are given without a trailing slash. Handlers signal client errors with
 * {@link io.liquidtwin.server.error.ApiException}.
 */
public final class RedfishDirectory {

    /** Answers GETs for the resources it owns. */
    @FunctionalInterface
    public interface Provider {
        /** @return the resource at {@code uri} as {@code who} may see it, or empty if this provider does not own it */
        Optional<ObjectNode> get(String uri, Principal who);
    }

    /** A PATCH, POST (create or action) or DELETE on a URI. */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param body the parsed JSON body (an empty object for DELETE)
         * @return the response: status and body (null body for 204)
         */
        Response handle(String uri, JsonNode body, Principal who);
    }

    /** A write's answer; {@code location} is set for 201 Created; {@code headers} are extra response headers. */
    public record Response(int status, ObjectNode body, String location, Map<String, String> headers) {
        public Response {
            headers = Map.copyOf(headers);
        }

        public Response(int status, ObjectNode body, String location) {
            this(status, body, location, Map.of());
        }

        /** @return this response with one more header (e.g. the X-Auth-Token of a new session) */
        public Response withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Response(status, body, location, h);
        }

        public static Response ok(ObjectNode body) {
            return new Response(200, body, null);
        }

        public static Response noContent() {
            return new Response(204, null, null);
        }

        public static Response created(String location, ObjectNode body) {
            return new Response(201, body, location);
        }
    }

    /** The HTTP methods that write. */
    public enum Method {
        PATCH, POST, DELETE
    }

    private record Route(Method method, Predicate<String> uri, Writer writer) {
    }

    private final List<Provider> providers = new CopyOnWriteArrayList<>();
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** Adds a provider; earlier ones are asked first. */
    public void addProvider(Provider p) {
        providers.add(p);
    }

    /**
     * Adds a provider asked before every other, for a module that owns URIs another provider might also answer.
     */
    public void addProviderFirst(Provider p) {
        providers.add(0, p);
    }

    /** Adds a writer for the URIs {@code uri} accepts. */
    public void on(Method method, Predicate<String> uri, Writer writer) {
        routes.add(new Route(method, uri, writer));
    }

    /** @return the resource at {@code uri}, or empty */
    public Optional<ObjectNode> get(String uri, Principal who) {
        for (Provider p : providers) {
            Optional<ObjectNode> r = p.get(uri, who);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** @return the writer for {@code method} on {@code uri}, or empty */
    public Optional<Writer> writer(Method method, String uri) {
        return routes.stream().filter(r -> r.method() == method && r.uri().test(uri)).map(Route::writer).findFirst();
    }

    /** @return whether some writer accepts {@code uri} for any method (for 405 against 404) */
    public boolean anyWriter(String uri) {
        return routes.stream().anyMatch(r -> r.uri().test(uri));
    }
}
