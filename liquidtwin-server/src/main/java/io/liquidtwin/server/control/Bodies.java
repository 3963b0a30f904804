package io.liquidtwin.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Parameter checks of Redfish action bodies (the ActionParameter* problems) and the action success body. */
final class Bodies {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Bodies() {
    }

    /** Refuses parameters the action does not take (ActionParameterUnknown), all of them at once. */
    static void onlyKnown(String action, JsonNode body, Set<String> parameters) {
        List<ApiException.Occurrence> bad = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!parameters.contains(name) && !name.contains("@")) {
                bad.add(new ApiException.Occurrence(Problem.ACTION_PARAMETER_UNKNOWN, List.of(action, name)));
            }
        }
        if (!bad.isEmpty()) {
            throw new ApiException(bad);
        }
    }

    /**
     * @return the value of a string enum parameter, or null when it is absent and optional
     * @throws ApiException ActionParameterMissing / ValueTypeError / ValueNotInList
     */
    static String enumParameter(String action, JsonNode body, String name, Set<String> allowed, boolean required) {
        JsonNode v = body.get(name);
        if (v == null) {
            if (required) {
                throw new ApiException(Problem.ACTION_PARAMETER_MISSING, action, name);
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiException(Problem.ACTION_PARAMETER_VALUE_TYPE_ERROR, v.toString(), name, action);
        }
        if (!allowed.contains(v.asText())) {
            throw new ApiException(Problem.ACTION_PARAMETER_VALUE_NOT_IN_LIST, v.asText(), name, action);
        }
        return v.asText();
    }

    /** @return {@code {"@Message.ExtendedInfo": [Base.1.22.Success]}} */
    static ObjectNode success() {
        ObjectNode body = F.objectNode();
        ObjectNode m = body.putArray("@Message.ExtendedInfo").addObject();
        m.put("@odata.type", "#Message.v1_3_0.Message");
        m.put("MessageId", Problem.REGISTRY + ".Success");
        m.put("Message", "The request completed successfully.");
        m.putArray("MessageArgs");
        m.put("MessageSeverity", "OK");
        m.put("Resolution", "None.");
        return body;
    }
}
