package io.liquidtwin.server.error;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the Redfish error body (DSP0266 §9.6 "Error responses") and Message objects for success bodies. */
public final class ErrorBodies {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ErrorBodies() {
    }

    /**
     * @return {@code {"error": {"code", "message", "@Message.ExtendedInfo": [Message…]}}}; the code and message are the
     *         first problem's (or GeneralError's when there are several)
     */
    public static ObjectNode of(ApiException e) {
        ObjectNode body = F.objectNode();
        ObjectNode error = body.putObject("error");
        if (e.occurrences().size() == 1) {
            error.put("code", e.problem().messageId());
            ApiException.Occurrence o = e.occurrences().get(0);
            // GeneralError's registry text says "see Resolution": the top-level message gives our explanation itself
            error.put("message", o.problem() == Problem.GENERAL_ERROR && !o.args().isEmpty() ? o.args().get(0)
                    : o.message());
        } else {
            error.put("code", Problem.GENERAL_ERROR.messageId());
            error.put("message", Problem.GENERAL_ERROR.message());
        }
        ArrayNode info = error.putArray("@Message.ExtendedInfo");
        e.occurrences().forEach(o -> info.add(message(o)));
        return body;
    }

    /** @return one Message object (Message.v1_3_0) for an occurrence */
    public static ObjectNode message(ApiException.Occurrence o) {
        Problem p = o.problem();
        Object[] args = o.args().toArray();
        ObjectNode m = F.objectNode();
        m.put("@odata.type", "#Message.v1_3_0.Message");
        m.put("MessageId", p.messageId());
        m.put("Message", p.message(args));
        ArrayNode a = m.putArray("MessageArgs");
        if (p != Problem.GENERAL_ERROR) {
            o.args().forEach(a::add);
        }
        m.put("MessageSeverity", p.severity());
        m.put("Resolution", p.resolution(args));
        return m;
    }
}
