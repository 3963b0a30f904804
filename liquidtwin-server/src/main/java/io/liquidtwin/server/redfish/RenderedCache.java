package io.liquidtwin.server.redfish;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.live.TwinSnapshot;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON bytes and ETag of the twin's Redfish resources, made once per resource per snapshot (on its first GET) and
 * dropped with the snapshot. Snapshots are immutable, so a resource's bytes cannot change while its snapshot is the
 * latest; a node that is not the latest snapshot's own (another provider's, a copy with the manager's clock, an older
 * snapshot's) is serialised afresh.
 */
final class RenderedCache {

    /** A resource as sent: its bytes and their strong ETag. */
    record Rendered(byte[] bytes, String etag) {
        static Rendered of(ObjectMapper json, ObjectNode node) {
            byte[] b;
            try {
                b = json.writeValueAsBytes(node);
            } catch (JacksonException e) {
                throw new IllegalStateException(e);
            }
            return new Rendered(b, ETags.of(b));
        }
    }

    private record Generation(TwinSnapshot snapshot, ConcurrentHashMap<String, Rendered> byUri) {
    }

    private final LiveTwin twin;
    private final ObjectMapper json;
    private volatile Generation current;

    RenderedCache(LiveTwin twin, ObjectMapper json) {
        this.twin = twin;
        this.json = json;
        this.current = new Generation(twin.snapshot(), new ConcurrentHashMap<>());
    }

    /** @return {@code node} (the resource at {@code uri}) rendered, from the cache when it is the latest snapshot's */
    Rendered render(String uri, ObjectNode node) {
        TwinSnapshot latest = twin.snapshot();
        if (latest.redfish().get(uri) != node) {
            return Rendered.of(json, node);
        }
        Generation g = current;
        if (g.snapshot() != latest) {
            g = new Generation(latest, new ConcurrentHashMap<>());
            current = g; // a racing reader may install its own: both hold the same snapshot's bytes
        }
        Rendered r = g.byUri().get(uri);
        if (r == null) {
            r = Rendered.of(json, node);
            g.byUri().putIfAbsent(uri, r);
        }
        return r;
    }
}
