package io.liquidtwin.server.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.http.TestServer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Walks a running service from {@code /redfish/v1}: every {@code @odata.id} (members, links) and every
 * {@code DataSourceUri}, GET as a user (Basic credentials, or a session's token). Every GET must answer 200 with
 * JSON; problems are collected, not thrown.
 */
final class RedfishCrawler {

    final Map<String, ObjectNode> payloads = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    RedfishCrawler(TestServer s, String user) {
        this(s, "Authorization", TestServer.basic(user, TestServer.PASSWORD));
    }

    /** @return a crawl as {@code user} through a session it opens first (X-Auth-Token), as a Redfish client does */
    static RedfishCrawler withSession(TestServer s, String user) {
        TestServer.Reply login = s.send("POST", RedfishModel.SESSIONS, "{\"UserName\":\"" + user
                + "\",\"Password\":\"" + TestServer.PASSWORD + "\"}");
        if (login.status() != 201 || login.header("X-Auth-Token") == null) {
            throw new IllegalStateException("login as " + user + ": HTTP " + login.status() + " " + login.text());
        }
        return new RedfishCrawler(s, "X-Auth-Token", login.header("X-Auth-Token"));
    }

    private RedfishCrawler(TestServer s, String header, String credential) {
        Deque<String> todo = new ArrayDeque<>(List.of(RedfishModel.ROOT));
        while (!todo.isEmpty()) {
            String uri = todo.pop();
            if (payloads.containsKey(uri)) {
                continue;
            }
            TestServer.Reply r = s.send("GET", uri, null, header, credential);
            if (r.status() != 200 || !(r.json() instanceof ObjectNode o)) {
                problems.add(uri + ": HTTP " + r.status());
                payloads.put(uri, null);
                continue;
            }
            payloads.put(uri, o);
            walk(o, (key, value) -> {
                if (key.equals("@odata.id") || key.equals("DataSourceUri")) {
                    String u = value.endsWith("/") && value.length() > 1 ? value.substring(0, value.length() - 1)
                            : value;
                    if (!payloads.containsKey(u)) {
                        todo.add(u);
                    }
                }
            });
        }
        payloads.values().removeIf(java.util.Objects::isNull);
    }

    /** Calls {@code visit(key, text)} for every textual property anywhere in {@code n}. */
    static void walk(JsonNode n, BiConsumer<String, String> visit) {
        if (n.isObject()) {
            n.properties().forEach(e -> {
                if (e.getValue().isTextual()) {
                    visit.accept(e.getKey(), e.getValue().asText());
                }
                walk(e.getValue(), visit);
            });
        } else if (n.isArray()) {
            n.forEach(x -> walk(x, visit));
        }
    }
}
