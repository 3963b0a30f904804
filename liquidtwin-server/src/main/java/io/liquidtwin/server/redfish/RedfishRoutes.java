package io.liquidtwin.server.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Privilege;
import io.liquidtwin.server.live.TwinSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The Redfish HTTP surface (DSP0266): {@code GET /redfish} (version object), GET/HEAD of every resource under
 * {@code /redfish/v1} (the twin's from the latest snapshot, others from the {@link RedfishDirectory}'s providers),
 * and PATCH/POST/DELETE dispatched to the directory's writers. The service root is readable without credentials
 * (DSP0266 §13.3.1); everything else needs Login. Responses carry {@code OData-Version: 4.0}.
 */
public final class RedfishRoutes implements ServerModule {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Readable without authentication (DSP0266: the service root, the version object, $metadata, odata). */
    public static final Set<String> PUBLIC = Set.of("/redfish", RedfishModel.ROOT, RedfishModel.ROOT + "/$metadata",
            RedfishModel.ROOT + "/odata");

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        RedfishDirectory dir = context.redfish();
        RenderedCache cache = new RenderedCache(context.twin(), JSON);
        dir.addProvider((uri, who) -> {
            TwinSnapshot snap = context.twin().snapshot();
            ObjectNode r = snap.redfish().get(uri);
            return Optional.ofNullable(uri.equals(Managers.MANAGER) && r != null
                    ? Managers.withDateTime(r, snap.epochMicros()) : r);
        });
        ManagerResources manager = new ManagerResources(context.endpoint());
        ServiceResources services = new ServiceResources(manager);
        dir.addProvider((uri, who) -> manager.get(uri).or(() -> services.get(uri)));
        dir.on(RedfishDirectory.Method.POST, u -> u.equals(ServiceResources.GENERATE_CSR)
                || u.equals(ServiceResources.REPLACE), (uri, body, who) -> ServiceResources.refuseCertificateAction(
                uri, who));
        // a plain prefix test: a "/redfish*" before-handler costs a regex match on every request
        routes.before(ctx -> {
            if (ctx.path().startsWith("/redfish")) {
                ctx.header("OData-Version", "4.0");
            }
        });
        routes.get("/redfish", ctx -> LiquidTwinServer.json(ctx,
                JsonNodeFactory.instance.objectNode().put("v1", RedfishModel.ROOT + "/")));
        routes.get("/redfish/v1", ctx -> get(ctx, dir, cache, RedfishModel.ROOT));
        routes.get("/redfish/v1/$metadata", ctx -> metadata(ctx, context));
        routes.get("/redfish/v1/odata", ctx -> document(ctx, ServiceDocuments.odata(
                dir.get(RedfishModel.ROOT, null).orElseThrow())));
        routes.get("/redfish/v1/<path>", ctx -> get(ctx, dir, cache, uri(ctx)));
        routes.head("/redfish/v1/<path>", ctx -> get(ctx, dir, cache, uri(ctx)));
        routes.patch("/redfish/v1/<path>", ctx -> write(ctx, dir, RedfishDirectory.Method.PATCH));
        routes.post("/redfish/v1/<path>", ctx -> write(ctx, dir, RedfishDirectory.Method.POST));
        routes.delete("/redfish/v1/<path>", ctx -> write(ctx, dir, RedfishDirectory.Method.DELETE));
        routes.put("/redfish/v1/<path>", ctx -> {
            throw new ApiException(Problem.OPERATION_NOT_ALLOWED);
        });
    }

    /** @return the request's resource URI without a trailing slash */
    static String uri(Context ctx) {
        String p = ctx.path();
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static void get(Context ctx, RedfishDirectory dir, RenderedCache cache, String uri) {
        Principal who = PUBLIC.contains(uri) ? Auth.principal(ctx).orElse(null) : Auth.require(ctx, Privilege.Login);
        ObjectNode r = dir.get(uri, who).orElseThrow(() -> new ApiException(Problem.INVALID_URI, uri));
        if (ctx.queryString() == null) { // the common case: the resource as it is, its bytes made once per snapshot
            send(ctx, cache.render(uri, r));
            return;
        }
        RedfishQuery q = RedfishQuery.parse(ctx.queryParamMap());
        if (q.any()) {
            // an anonymous caller of a public resource may expand only into other public resources
            r = q.apply(r, u -> who == null && !PUBLIC.contains(u) ? Optional.empty() : dir.get(u, who));
        }
        document(ctx, r);
    }

    /** Writes a JSON document with its ETag, or 304 when the client's If-None-Match holds that ETag. */
    private static void document(Context ctx, ObjectNode body) {
        send(ctx, RenderedCache.Rendered.of(JSON, body));
    }

    private static void send(Context ctx, RenderedCache.Rendered r) {
        if (notModified(ctx, r.etag())) {
            return;
        }
        ctx.contentType("application/json; charset=utf-8").result(r.bytes());
    }

    private static void metadata(Context ctx, ServerContext context) {
        byte[] xml = ServiceDocuments.metadata(context.twin().snapshot().redfish().values())
                .getBytes(StandardCharsets.UTF_8);
        if (!notModified(ctx, ETags.of(xml))) {
            ctx.contentType("application/xml; charset=utf-8").result(xml);
        }
    }

    /** Sets the ETag; answers 304 (no body) and returns true if If-None-Match names it. */
    private static boolean notModified(Context ctx, String etag) {
        ctx.header("ETag", etag);
        String inm = ctx.header("If-None-Match");
        if (inm != null && ETags.matches(inm, etag)) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    private static void write(Context ctx, RedfishDirectory dir, RedfishDirectory.Method method) {
        String uri = uri(ctx);
        Optional<RedfishDirectory.Writer> w = dir.writer(method, uri);
        boolean login = method == RedfishDirectory.Method.POST
                && uri.equals(RedfishModel.ROOT + "/SessionService/Sessions");
        Principal who = login ? Auth.principal(ctx).orElse(null) : Auth.require(ctx, Privilege.Login);
        if (w.isEmpty()) {
            if (dir.get(uri, who).isPresent() || dir.anyWriter(uri)) {
                throw new ApiException(Problem.OPERATION_NOT_ALLOWED);
            }
            throw new ApiException(Problem.INVALID_URI, uri);
        }
        JsonNode body = method == RedfishDirectory.Method.DELETE ? JsonNodeFactory.instance.objectNode() : LiquidTwinServer.jsonObject(ctx);
        RedfishDirectory.Response r = w.get().handle(uri, body, who);
        ctx.status(r.status());
        if (r.location() != null) {
            ctx.header("Location", r.location());
        }
        r.headers().forEach(ctx::header);
        if (r.body() != null) {
            LiquidTwinServer.json(ctx, r.body());
        }
    }


    static boolean isHead(Context ctx) {
        return ctx.method() == HandlerType.HEAD;
    }
}
