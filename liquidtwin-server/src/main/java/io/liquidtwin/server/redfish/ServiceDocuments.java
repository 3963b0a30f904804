package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two OData documents of the service: {@code /redfish/v1/$metadata} (CSDL: one {@code edmx:Reference} per DMTF
 * schema the service's payloads use, with the namespaces it includes) and {@code /redfish/v1/odata} (the service
 * document: the service root and each top-level service it links).
 */
final class ServiceDocuments {

    /**
     * Namespaces of the resources served outside the twin's tree (other modules' services, the Manager's network,
     * log and certificate resources, the UpdateService), versioned where the service's payloads are.
     */
    static final java.util.List<String> FOREIGN = java.util.List.of("SessionService", "Session", "SessionCollection",
            "AccountService", "ManagerAccount", "ManagerAccountCollection", "Role", "RoleCollection", "EventService",
            "EventDestination", "EventDestinationCollection", "Control", "ControlCollection", "Message", "Event",
            "ManagerNetworkProtocol.v1_12_0", "EthernetInterface.v1_12_4", "EthernetInterfaceCollection",
            "IPAddresses", "Certificate.v1_11_0", "CertificateCollection", "CertificateService.v1_2_1",
            "CertificateLocations.v1_0_4", "UpdateService.v1_17_0", "SoftwareInventory.v1_13_0",
            "SoftwareInventoryCollection", "LogService.v1_9_0", "LogServiceCollection", "LogEntry.v1_21_0",
            "LogEntryCollection");
    private static final String SCHEMAS = "http://redfish.dmtf.org/schemas/v1/";

    private ServiceDocuments() {
    }

    /** @return the CSDL metadata document for the given payloads (plus the foreign services' namespaces) */
    static String metadata(Collection<ObjectNode> payloads) {
        Map<String, TreeSet<String>> namespaces = new TreeMap<>();
        for (ObjectNode p : payloads) {
            String type = p.path("@odata.type").asText("");
            if (!type.startsWith("#") || type.lastIndexOf('.') < 0) {
                continue;
            }
            String ns = type.substring(1, type.lastIndexOf('.'));
            int dot = ns.indexOf('.');
            String base = dot < 0 ? ns : ns.substring(0, dot);
            namespaces.computeIfAbsent(base, b -> new TreeSet<>()).add(base);
            namespaces.get(base).add(ns);
        }
        for (String f : FOREIGN) {   // "Name" or "Name.v1_x_y"
            String base = f.contains(".") ? f.substring(0, f.indexOf('.')) : f;
            namespaces.computeIfAbsent(base, b -> new TreeSet<>()).add(base);
            namespaces.get(base).add(f);
        }
        for (String common : java.util.List.of("Resource", "Sensor", "CoolingLoop")) {
            namespaces.computeIfAbsent(common, b -> new TreeSet<>()).add(common);
        }
        String root = namespaces.getOrDefault("ServiceRoot", new TreeSet<>()).stream()
                .filter(n -> n.contains(".")).findFirst().orElse("ServiceRoot.v1_20_0");
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<edmx:Edmx xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\" Version=\"4.0\">\n");
        namespaces.forEach((base, includes) -> {
            x.append("  <edmx:Reference Uri=\"").append(SCHEMAS).append(base).append("_v1.xml\">\n");
            includes.forEach(n -> x.append("    <edmx:Include Namespace=\"").append(n).append("\"/>\n"));
            x.append("  </edmx:Reference>\n");
        });
        x.append("  <edmx:Reference Uri=\"").append(SCHEMAS).append("RedfishExtensions_v1.xml\">\n");
        x.append("    <edmx:Include Namespace=\"RedfishExtensions.v1_0_0\" Alias=\"Redfish\"/>\n");
        x.append("  </edmx:Reference>\n");
        x.append("  <edmx:DataServices>\n");
        x.append("    <Schema xmlns=\"http://docs.oasis-open.org/odata/ns/edm\" Namespace=\"Service\">\n");
        x.append("      <EntityContainer Name=\"Service\" Extends=\"").append(root).append(".ServiceContainer\"/>\n");
        x.append("    </Schema>\n");
        x.append("  </edmx:DataServices>\n");
        x.append("</edmx:Edmx>\n");
        return x.toString();
    }

    /** @return the OData service document: the root and every service the service root links */
    static ObjectNode odata(ObjectNode serviceRoot) {
        ObjectNode n = F.objectNode();
        n.put("@odata.context", RedfishModel.ROOT + "/$metadata");
        ArrayNode value = n.putArray("value");
        value.addObject().put("name", "Service").put("kind", "Singleton").put("url", RedfishModel.ROOT + "/");
        serviceRoot.properties().forEach(p -> addLink(value, p.getKey(), p.getValue()));
        serviceRoot.path("Links").properties().forEach(p -> addLink(value, p.getKey(), p.getValue()));
        return n;
    }

    private static void addLink(ArrayNode value, String name, JsonNode v) {
        if (v.isObject() && v.size() == 1 && v.path("@odata.id").isTextual()) {
            value.addObject().put("name", name).put("kind", "Singleton").put("url", v.get("@odata.id").asText());
        }
    }
}
