package io.liquidtwin.server.redfish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Small builders for the Redfish payload shapes every module repeats (resources, collections, links). */
public final class Json {

    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    /** @return a resource with {@code @odata.id}, {@code @odata.type}, {@code Id} (the last URI segment) and Name */
    public static ObjectNode resource(String uri, String odataType, String name) {
        ObjectNode n = F.objectNode();
        n.put("@odata.id", uri);
        n.put("@odata.type", odataType);
        n.put("Id", uri.substring(uri.lastIndexOf('/') + 1));
        n.put("Name", name);
        return n;
    }

    /** @return a resource collection of {@code Members} links (collections have no Id) */
    public static ObjectNode collection(String uri, String collectionType, String name, List<String> members) {
        ObjectNode n = F.objectNode();
        n.put("@odata.id", uri);
        n.put("@odata.type", "#" + collectionType + "." + collectionType);
        n.put("Name", name);
        n.put("Members@odata.count", members.size());
        ArrayNode a = n.putArray("Members");
        members.forEach(m -> a.add(link(m)));
        return n;
    }

    /** @return {@code {"@odata.id": uri}} */
    public static ObjectNode link(String uri) {
        return F.objectNode().put("@odata.id", uri);
    }

    /** @return an array of links, one per URI */
    public static ArrayNode links(String... uris) {
        ArrayNode a = F.arrayNode();
        for (String u : uris) {
            a.add(link(u));
        }
        return a;
    }

    /** @return a Resource.Status */
    static ObjectNode status(String state, String health) {
        return F.objectNode().put("State", state).put("Health", health);
    }

    /** @return a SensorExcerpt: the reading and the Sensor it comes from */
    static ObjectNode excerpt(double reading, String dataSourceUri) {
        ObjectNode n = F.objectNode();
        if (Double.isFinite(reading)) {
            n.put("Reading", round(reading));
        } else {
            n.putNull("Reading");
        }
        n.put("DataSourceUri", dataSourceUri);
        return n;
    }

    /** @return a SensorExcerpt of a value derived from other readings (no Sensor of its own) */
    static ObjectNode derived(double reading) {
        ObjectNode n = F.objectNode();
        if (Double.isFinite(reading)) {
            n.put("Reading", round(reading));
        } else {
            n.putNull("Reading");
        }
        return n;
    }

    /** @return a Resource.Location naming the part by its service label */
    static ObjectNode location(String serviceLabel) {
        ObjectNode n = F.objectNode();
        n.putObject("PartLocation").put("ServiceLabel", serviceLabel);
        return n;
    }

    /**
     * Adds an action to the resource's {@code Actions}: {@code "#<action>": {"target": "<uri>/Actions/<action>"}}.
     *
     * @return the action object, for its {@code @Redfish.AllowableValues}
     */
    static ObjectNode action(ObjectNode resource, String action) {
        ObjectNode actions = resource.has("Actions") ? (ObjectNode) resource.get("Actions")
                : resource.putObject("Actions");
        return actions.putObject("#" + action)
                .put("target", resource.path("@odata.id").asText() + "/Actions/" + action);
    }

    /**
     * Sets the asset properties of simulated equipment: the catalogue model when the plant names one; the rest
     * (manufacturer, part and serial numbers, production date, hardware version) is unknown for a simulated unit
     * and reported as null rather than invented. The firmware is the twin's.
     */
    static void asset(ObjectNode n, java.util.Optional<String> model) {
        n.put("Manufacturer", (String) null);
        n.put("Model", model.orElse(null));
        n.put("PartNumber", (String) null);
        n.put("SerialNumber", (String) null);
        n.put("Version", (String) null);
    }

    /** @return a {@code Links.X} array with one link (for {@code ManagedBy}) */
    static ArrayNode managedBy() {
        return links(Managers.MANAGER);
    }

    /** @return the value rounded to 4 decimals (sensor readings, not model state) */
    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
