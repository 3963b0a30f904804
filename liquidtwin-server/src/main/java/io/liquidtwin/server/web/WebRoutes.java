package io.liquidtwin.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The dashboard's static files, public (the data they show comes from {@code /api} with the user's session):
 * <ul>
 * <li>{@code GET /} — {@code index.html};</li>
 * <li>{@code GET /ui/<path>} — the scripts, styles and images under the classpath folder
 * {@code io/liquidtwin/server/web/ui/}; {@code Cache-Control: no-cache} with an ETag (a reload revalidates, an
 * unchanged file is a 304);</li>
 * <li>{@code GET /ui/vendor/uplot/<file>} — uPlot's {@code dist} files from its webjar (version {@value #UPLOT}),
 * cached for a year since the version is in the path of the page that loads them.</li>
 * </ul>
 * Only names of letters, digits, {@code . _ -} and {@code /} with a known extension ({@link AssetType}) are looked up;
 * anything else, and any missing file, is a 404 (Base.InvalidURI).
 */
public final class WebRoutes implements ServerModule {

    /** The uPlot version bundled (the webjar's folder name; pinned as uplot.version in the parent POM). */
    static final String UPLOT = "1.6.30";
    private static final String ROOT = "io/liquidtwin/server/web/";
    private static final String UPLOT_DIST = "META-INF/resources/webjars/uplot/" + UPLOT + "/dist/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final String NO_CACHE = "no-cache";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get("/", c -> send(c, ROOT + "index.html", NO_CACHE));
        routes.get("/index.html", c -> send(c, ROOT + "index.html", NO_CACHE));
        routes.get("/ui/vendor/uplot/{file}", c -> send(c, UPLOT_DIST + safe(c, c.pathParam("file")), IMMUTABLE));
        routes.get("/ui/<path>", c -> send(c, ROOT + "ui/" + safe(c, c.pathParam("path")), NO_CACHE));
    }

    private static String safe(Context c, String path) {
        if (!SAFE.matcher(path).matches()) {
            throw new ApiException(Problem.INVALID_URI, c.path());
        }
        return path;
    }

    private void send(Context c, String resource, String cacheControl) {
        Asset a = cache.get(resource);
        if (a == null) { // only assets that exist are kept: misses must not grow the cache (anyone may ask)
            a = load(resource).orElseThrow(() -> new ApiException(Problem.INVALID_URI, c.path()));
            cache.put(resource, a);
        }
        c.header("Cache-Control", cacheControl);
        c.header("ETag", a.etag());
        c.header("X-Content-Type-Options", "nosniff");
        String match = c.header("If-None-Match");
        if (match != null && match.contains(a.etag())) {
            c.status(304);
            return;
        }
        c.contentType(a.type().contentType()).result(a.bytes());
    }

    private static Optional<Asset> load(String resource) {
        Optional<AssetType> type = AssetType.of(resource);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = WebRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(Asset.of(in.readAllBytes(), type.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
