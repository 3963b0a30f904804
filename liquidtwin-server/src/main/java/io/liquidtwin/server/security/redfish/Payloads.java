package io.liquidtwin.server.security.redfish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The URIs of this package and small builders for their payloads. */
final class Payloads {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String ROOT = "/redfish/v1";
    static final String SESSION_SERVICE = ROOT + "/SessionService";
    static final String SESSIONS = SESSION_SERVICE + "/Sessions";
    static final String ACCOUNT_SERVICE = ROOT + "/AccountService";
    static final String ACCOUNTS = ACCOUNT_SERVICE + "/Accounts";
    static final String ROLES = ACCOUNT_SERVICE + "/Roles";

    private Payloads() {
    }

    /** @return a resource with {@code @odata.id}, {@code @odata.type}, {@code Id} (the last URI segment) and Name */
    static ObjectNode resource(String uri, String odataType, String name) {
        ObjectNode n = F.objectNode();
        n.put("@odata.id", uri);
        n.put("@odata.type", odataType);
        n.put("Id", uri.substring(uri.lastIndexOf('/') + 1));
        n.put("Name", name);
        return n;
    }

    /** @return a resource collection of {@code Members} links */
    static ObjectNode collection(String uri, String type, String name, List<String> members) {
        ObjectNode n = F.objectNode();
        n.put("@odata.id", uri);
        n.put("@odata.type", "#" + type + "." + type);
        n.put("Name", name);
        n.put("Members@odata.count", members.size());
        ArrayNode a = n.putArray("Members");
        members.forEach(m -> a.add(link(m)));
        return n;
    }

    /** @return {@code {"@odata.id": uri}} */
    static ObjectNode link(String uri) {
        return F.objectNode().put("@odata.id", uri);
    }

    /** @return the member id if {@code uri} is {@code collection/ID} with one more segment, else null */
    static String member(String uri, String collection) {
        if (!uri.startsWith(collection + "/")) {
            return null;
        }
        String id = uri.substring(collection.length() + 1);
        return id.isEmpty() || id.contains("/") ? null : id;
    }
}
