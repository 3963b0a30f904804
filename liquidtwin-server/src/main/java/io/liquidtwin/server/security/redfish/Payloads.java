package io.liquidtwin.server.security.redfish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.redfish.Json;
import java.util.List;

/** The URIs of this package; its payloads are built with {@link Json}. */
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

    static ObjectNode resource(String uri, String odataType, String name) {
        return Json.resource(uri, odataType, name);
    }

    static ObjectNode collection(String uri, String type, String name, List<String> members) {
        return Json.collection(uri, type, name, members);
    }

    static ObjectNode link(String uri) {
        return Json.link(uri);
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
