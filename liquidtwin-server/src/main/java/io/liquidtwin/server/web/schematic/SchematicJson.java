package io.liquidtwin.server.web.schematic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The schematic as JSON: the same layout as the SVG, for tests and other clients. */
final class SchematicJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchematicJson() {
    }

    static ObjectNode of(Schematic s) {
        ObjectNode n = F.objectNode().put("plant", s.plant()).put("width", s.width()).put("height", s.height());
        ArrayNode units = n.putArray("units");
        for (Box b : s.units()) {
            ObjectNode u = units.addObject().put("id", b.id()).put("kind", b.kind().attribute())
                    .put("label", b.label()).put("title", b.title()).put("x", b.x()).put("y", b.y()).put("w", b.w())
                    .put("h", b.h()).put("loop", b.loopId()).put("count", b.members().size());
            ArrayNode members = u.putArray("members");
            b.members().forEach(members::add);
            slots(u.putArray("channels"), b.slots());
        }
        ArrayNode pipes = n.putArray("pipes");
        for (Pipe p : s.pipes()) {
            ArrayNode pts = pipes.addObject().put("loop", p.loopId()).put("facility", p.facility())
                    .putArray("points");
            p.points().forEach(pts::add);
        }
        slots(n.putArray("plantValues"), s.plantValues());
        return n;
    }

    private static void slots(ArrayNode out, java.util.List<Slot> slots) {
        for (Slot s : slots) {
            ObjectNode c = out.addObject().put("channel", s.channel()).put("unit", s.unit()).put("label", s.label())
                    .put("agg", s.aggregate().attribute());
            ArrayNode all = c.putArray("channels");
            s.channels().forEach(all::add);
        }
    }
}
