package io.liquidtwin.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.ErrorBodies;
import io.liquidtwin.server.error.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, for what Jetty refuses before Javalin sees it (bad URI encodings, ambiguous paths, malformed
 * or oversized headers): the same Redfish error body as every other error, with Jetty's status kept.
 */
final class JettyErrors extends ErrorHandler {

    private static final String JSON_TYPE = "application/json; charset=utf-8";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        byte[] body = body(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON_TYPE));
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int code, String message) {
        String why = message == null || message.isBlank() ? "HTTP " + code : message;
        ApiException e = switch (code) {
            case 404 -> new ApiException(Problem.INVALID_URI, "(as sent)");
            case 405 -> new ApiException(Problem.OPERATION_NOT_ALLOWED);
            case 413 -> new ApiException(Problem.PAYLOAD_TOO_LARGE);
            case 401 -> new ApiException(Problem.NO_VALID_SESSION);
            case 403 -> new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
            default -> code >= 500 ? new ApiException(Problem.INTERNAL_ERROR)
                    : new ApiException(Problem.GENERAL_ERROR, "The request is malformed (" + why + "): correct it"
                    + " and resubmit.");
        };
        try {
            return LiquidTwinServer.JSON.writeValueAsBytes(ErrorBodies.of(e));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }
}
