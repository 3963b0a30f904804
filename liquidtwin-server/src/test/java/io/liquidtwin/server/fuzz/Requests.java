package io.liquidtwin.server.fuzz;

import io.liquidtwin.server.http.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** Generates malformed requests, each of which a correct server must refuse with a 4xx. */
final class Requests {

    /**
     * One request: either for {@link java.net.http.HttpClient} ({@code method}, {@code path}, {@code headers},
     * {@code body}) or raw bytes for what HttpClient refuses to send.
     */
    record Request(String what, String method, String path, List<String> headers, byte[] body, boolean chunked,
                   byte[] raw, boolean expectContinue) {
        static Request client(String what, String method, String path, byte[] body, String... headers) {
            return new Request(what, method, path, List.of(headers), body, false, null, false);
        }

        static Request raw(String what, String text) {
            return new Request(what, null, null, List.of(), null, false, text.getBytes(StandardCharsets.ISO_8859_1),
                    false);
        }
    }

    static final List<String> CDU_URIS = List.of("/redfish/v1/ThermalEquipment/CDUs/cdu",
            "/redfish/v1/ThermalEquipment/CDUs/cdu/Pumps/1", "/redfish/v1/Chassis/cdu/Sensors",
            "/redfish/v1/ThermalEquipment", "/redfish/v1/SessionService/Sessions", "/redfish/v1/AccountService/Accounts");
    static final List<String> TRAVERSALS = List.of("/redfish/v1/../../etc/passwd", "/redfish/v1/%2e%2e/%2e%2e/etc/passwd",
            "/redfish/v1/..%2f..%2fetc%2fpasswd", "/redfish/v1/%252e%252e/etc/passwd", "/..;/etc/passwd",
            "/redfish/v1/ThermalEquipment/..%5c..%5cetc%5cpasswd", "/redfish/v1/%c0%ae%c0%ae/etc/passwd",
            "/redfish/v1/%00/etc/passwd", "/redfish/v1/./../../../../etc/shadow", "/%2e%2e%2f%2e%2e%2fetc/passwd",
            "//etc/passwd", "/redfish/v1/;jsessionid=x/../../etc", "/redfish/v1/%zz", "/redfish/v1/%", "/api/v2/%u002e",
            "/redfish/v1/\\..\\..\\etc\\passwd");
    static final List<String> JUNK_JSON = List.of("{", "}", "[", "{\"a\":", "{\"a\" 1}", "nul", "{'a':1}", "\"\\u12\"",
            "{\"a\":1,}", "[1,2", "{\"SetPoint\": {\"SetPoint\": \"hot\"}}", "{\"Oem\": [1, {}]}", "12",
            "{\"Status\": {\"State\": 7}}", "{\"PumpSpeedPercent\": {\"Reading\": \"fast\"}}", "\u0000\u0001",
            "{\"a\":" + "[".repeat(5000) + "}", "true", "{\"UserName\": 5, \"Password\": []}");
    static final String OP = TestServer.basic(TestServer.OPERATOR, TestServer.PASSWORD);
    static final String VIEW = TestServer.basic(TestServer.VIEWER, TestServer.PASSWORD);

    private final int port;

    Requests(TestServer s) {
        this.port = s.server.port();
    }

    Request next(Random r) {
        int kind = r.nextInt(100);
        if (kind < 10) {
            return badJson(r);
        } else if (kind < 16) {
            return wrongTypes(r);
        } else if (kind < 18) {
            return huge(r);
        } else if (kind < 30) {
            return unknownPath(r);
        } else if (kind < 40) {
            return traversal(r);
        } else if (kind < 50) {
            return badToken(r);
        } else if (kind < 58) {
            return badBasic(r);
        } else if (kind < 64) {
            return badMethod(r);
        } else if (kind < 72) {
            return badQuery(r);
        } else if (kind < 84) {
            return badLineProtocol(r);
        } else if (kind < 92) {
            return badHeaders(r);
        }
        return randomBytes(r);
    }

    private static String pick(Random r, List<String> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    private static String junk(Random r, int max, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private Request badJson(Random r) {
        String uri = pick(r, CDU_URIS);
        String method = r.nextBoolean() ? "PATCH" : "POST";
        String body = pick(r, JUNK_JSON) + (r.nextBoolean() ? junk(r, 20, "{}[]\",:ab1 ") : "");
        if (body.startsWith("{\"a\":1,}") || body.equals("12") || body.equals("true")) {
            body = "{" + body; // always malformed
        }
        return Request.client("bad JSON " + method + " " + uri, method, uri, body.getBytes(StandardCharsets.UTF_8),
                "Authorization", r.nextBoolean() ? OP : VIEW, "Content-Type", "application/json");
    }

    private Request wrongTypes(Random r) {
        String uri = pick(r, CDU_URIS);
        String body = switch (r.nextInt(4)) {
            case 0 -> "{\"SetPoint\": {\"SetPoint\": \"" + junk(r, 10, "abc") + "\"}}";
            case 1 -> "{\"Name\": " + r.nextInt() + ", \"Id\": []}";
            case 2 -> "[{\"Oem\": null}]";
            default -> "{\"Status\": \"" + junk(r, 5, "xyz") + "\", \"Links\": 4}";
        };
        return Request.client("wrong types PATCH " + uri, "PATCH", uri, body.getBytes(StandardCharsets.UTF_8),
                "Authorization", OP, "Content-Type", "application/json");
    }

    private Request huge(Random r) {
        byte[] body = new byte[(1 << 20) + 1 + r.nextInt(200_000)];
        java.util.Arrays.fill(body, (byte) 'x');
        // The write endpoint reads the body and stops at the limit. Elsewhere the server answers before reading it:
        // the client must then ask with Expect: 100-continue (as curl does for large bodies), otherwise the server
        // closing a connection with unread data resets it (TCP RST) and the client may lose the answer.
        boolean write = r.nextBoolean();
        String path = write ? "/api/v2/write?precision=s" : pick(r, CDU_URIS);
        boolean chunked = r.nextBoolean();
        return new Request("huge body (" + body.length + " B" + (chunked ? ", chunked" : "") + ") " + path, "POST",
                path, List.of("Authorization", OP, "Content-Type", "text/plain"), body, chunked, null, !write);
    }

    private Request unknownPath(Random r) {
        String path = "/" + junk(r, 3, "abr") + "/" + junk(r, 12, "abcdefXYZ0123-_.~");
        if (r.nextBoolean()) {
            path = "/redfish/v1/" + junk(r, 15, "ThermalEquipmentCDUs/") + "Nope";
        }
        String auth = r.nextBoolean() ? VIEW : OP;
        return Request.client("unknown path " + path, "GET", path, null, "Authorization", auth);
    }

    private Request traversal(Random r) {
        String path = pick(r, TRAVERSALS);
        String head = r.nextBoolean() ? "Authorization: " + VIEW + "\r\n" : "";
        return Request.raw("traversal " + path, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + head
                + "Connection: close\r\n\r\n");
    }

    private Request badToken(Random r) {
        String token = junk(r, 60, "abcdefghijklmnopqrstuvwxyz0123456789+/=-_");
        String uri = pick(r, CDU_URIS.subList(0, 4));
        return switch (r.nextInt(4)) {
            case 0 -> Request.client("bad X-Auth-Token", "GET", uri, null, "X-Auth-Token", token);
            case 1 -> Request.client("bad Token", "POST", "/api/v2/write", "m value=1".getBytes(StandardCharsets.UTF_8),
                    "Authorization", "Token " + token);
            case 2 -> Request.client("bad Bearer", "GET", "/metrics", null, "Authorization", "Bearer " + token);
            default -> Request.client("absent credentials", r.nextBoolean() ? "GET" : "PATCH", uri,
                    "{}".getBytes(StandardCharsets.UTF_8));
        };
    }

    private Request badBasic(Random r) {
        String value = switch (r.nextInt(6)) {
            case 0 -> "Basic " + junk(r, 30, "!@#$%^&*()");
            case 1 -> "Basic " + Base64.getEncoder().encodeToString(junk(r, 20, "abc").getBytes(StandardCharsets.UTF_8));
            case 2 -> "Basic " + Base64.getEncoder().encodeToString(("operator:" + junk(r, 12, "xyz"))
                    .getBytes(StandardCharsets.UTF_8));
            case 3 -> "Basic";
            case 4 -> junk(r, 8, "ABCXYZ") + " " + junk(r, 20, "abc");
            default -> "Basic " + Base64.getEncoder().encodeToString(("\u00e9\u4e2d:" + junk(r, 5, "q"))
                    .getBytes(StandardCharsets.UTF_8));
        };
        String uri = r.nextBoolean() ? "/redfish/v1" : pick(r, CDU_URIS);
        return Request.client("bad Basic '" + value + "'", "GET", uri, null, "Authorization", value);
    }

    private Request badMethod(Random r) {
        String method = switch (r.nextInt(5)) {
            case 0 -> "FOO";
            case 1 -> "get";
            case 2 -> "PROPFIND";
            case 3 -> "G\u00c9T";
            default -> junk(r, 300, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        };
        String uri = r.nextBoolean() ? pick(r, CDU_URIS) : "/api/v2/write";
        String auth = r.nextBoolean() ? "Authorization: " + OP + "\r\n" : "";
        return Request.raw("method " + method + " " + uri, method + " " + uri + " HTTP/1.1\r\nHost: x\r\n" + auth
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");
    }

    private Request badQuery(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Request.client("bad precision", "POST", "/api/v2/write?precision=" + junk(r, 6, "hmnxz"),
                    "m value=1 1".getBytes(StandardCharsets.UTF_8), "Authorization", OP);
            case 1 -> Request.raw("bad query encoding", "GET /redfish/v1/ThermalEquipment/CDUs/nope?$select=%zz&"
                    + junk(r, 10, "%&=?#") + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + VIEW
                    + "\r\nConnection: close\r\n\r\n");
            default -> Request.client("query on a missing resource", "GET", "/redfish/v1/Nope?$expand="
                    + junk(r, 5, "*.()") .replace("%", "") + "&$top=-" + r.nextInt(9), null, "Authorization", VIEW);
        };
    }

    private Request badLineProtocol(Random r) {
        StringBuilder body = new StringBuilder();
        int lines = 1 + r.nextInt(20);
        for (int i = 0; i < lines; i++) {
            body.append(switch (r.nextInt(6)) {
                case 0 -> "cdu,host=a supply=" + r.nextDouble() * 50 + " " + (1_784_077_200L + i);
                case 1 -> junk(r, 40, "abc ,=\\\"0123.e-");
                case 2 -> "m,t=v f=\"str\"";
                case 3 -> "m f=1 " + junk(r, 25, "0123456789-");
                case 4 -> "_reserved f=1";
                default -> "m,=x f=NaN";
            }).append('\n');
        }
        body.append("line_without_fields\n"); // always at least one bad line
        String precision = r.nextBoolean() ? "s" : "ns";
        boolean gzip = r.nextInt(5) == 0;
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        if (gzip) { // declared gzip, sent plain: a corrupt stream
            return Request.client("bad gzip", "POST", "/api/v2/write?precision=" + precision, bytes,
                    "Authorization", OP, "Content-Encoding", "gzip");
        }
        return Request.client("bad line protocol", "POST", "/api/v2/write?org=o&bucket=b&precision=" + precision,
                bytes, "Authorization", OP, "Content-Type", "text/plain; charset=utf-8");
    }

    private Request badHeaders(Random r) {
        String uri = pick(r, CDU_URIS);
        String request = switch (r.nextInt(7)) {
            case 0 -> "GET " + uri + " HTTP/1.1\r\nConnection: close\r\n\r\n"; // no Host
            case 1 -> "GET " + uri + " HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n";
            case 2 -> "GET " + uri + " HTTP/1.1\r\nHost: x\r\nBad Header: v\r\nConnection: close\r\n\r\n";
            case 3 -> "POST /api/v2/write HTTP/1.1\r\nHost: x\r\nAuthorization: " + OP
                    + "\r\nContent-Length: abc\r\nConnection: close\r\n\r\nm value=1";
            case 4 -> "POST /api/v2/write HTTP/1.1\r\nHost: x\r\nAuthorization: " + OP
                    + "\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n";
            case 5 -> "GET " + uri + " HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n";
            default -> "GET " + uri + " HTTP/1.1\r\nHost: x\r\nAuthorization: Basic \u00ff\u0001\r\n"
                    + "Connection: close\r\n\r\n";
        };
        return Request.raw("bad headers " + request.substring(0, Math.min(60, request.length())), request);
    }

    private Request randomBytes(Random r) {
        byte[] b = new byte[1 + r.nextInt(200)];
        r.nextBytes(b);
        List<String> parts = new ArrayList<>();
        String junk = new String(b, StandardCharsets.ISO_8859_1).replace("\r\n\r\n", "");
        parts.add(r.nextBoolean() ? junk : "GET /" + junk.replace("\n", "").replace("\r", "") + " HTTP/1.1\r\nHost: x"
                + "\r\nConnection: close");
        return Request.raw("random bytes", String.join("", parts) + "\r\n\r\n");
    }
}
