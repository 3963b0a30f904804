package io.liquidtwin.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.ingest.InfluxWriteRoutes;
import io.liquidtwin.server.metrics.MetricsRoutes;
import io.liquidtwin.server.redfish.RedfishRoutes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness: 10,000 generated malformed requests (fixed seed) against a server carrying every module of this branch.
 * Every answer must be 4xx, never 5xx, with a Redfish error body ({@code error.@Message.ExtendedInfo}), including
 * what Jetty refuses before Javalin (sent over raw sockets: bad encodings, bad request lines, bad headers), and the
 * service must still answer afterwards.
 */
class MalformedRequestFuzzTest {

    static final long SEED = 0x5EED_6A7EL;
    static final int REQUESTS = 10_000;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    TestServer s;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        InfluxWriteRoutes write = new InfluxWriteRoutes();
        s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(),
                List.of(new RedfishRoutes(), write, new MetricsRoutes(write::stats)));
    }

    @AfterEach
    void stop() {
        s.close();
    }

    /** What was sent and what came back. */
    record Outcome(String what, int status, String contentType, String body) {
    }

    @Test
    void tenThousandMalformedRequestsAreAll4xxWithRedfishErrorBodies() throws Exception {
        Requests gen = new Requests(s);
        AtomicIntegerArray byStatus = new AtomicIntegerArray(600);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = thread; i < REQUESTS; i += 4) {
                    Requests.Request r = gen.next(new Random(SEED + i));
                    Outcome o;
                    try {
                        o = r.raw() != null ? raw(r) : client(r);
                    } catch (IOException | InterruptedException e) {
                        failures.add("#" + i + " " + r.what() + ": no answer: " + e);
                        continue;
                    }
                    byStatus.incrementAndGet(Math.min(599, Math.max(0, o.status())));
                    String problem = check(o);
                    if (problem != null) {
                        failures.add("#" + i + " " + r.what() + ": " + problem);
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        StringBuilder histogram = new StringBuilder();
        for (int st = 0; st < 600; st++) {
            if (byStatus.get(st) > 0) {
                histogram.append(st).append('×').append(byStatus.get(st)).append(' ');
            }
        }
        System.out.println("fuzz statuses: " + histogram);
        assertThat(failures).as("requests answered wrongly (statuses: " + histogram + ")")
                .hasSizeLessThanOrEqualTo(0);
        TestServer.Reply root = s.send("GET", "/redfish/v1", null);
        assertThat(root.status()).isEqualTo(200);
        assertThat(s.get("/redfish/v1/ThermalEquipment/CDUs/cdu", TestServer.VIEWER).status()).isEqualTo(200);
    }

    /** @return null if the answer is a 4xx with a Redfish error body, else what is wrong */
    static String check(Outcome o) {
        // 505 is what HTTP prescribes for an unknown protocol version (RFC 9110 §15.6.6): Jetty answers it, with our body
        boolean versionRefused = o.status() == 505 && o.what().contains("HTTP/9.9");
        if ((o.status() < 400 || o.status() > 499) && !versionRefused) {
            return "status " + o.status() + " " + abbreviate(o.body());
        }
        if (o.contentType() == null || !o.contentType().startsWith("application/json")) {
            return "status " + o.status() + " with Content-Type " + o.contentType() + ": " + abbreviate(o.body());
        }
        try {
            JsonNode info = JSON.readTree(o.body()).at("/error/@Message.ExtendedInfo");
            if (!info.isArray() || info.isEmpty() || !info.get(0).path("MessageId").asText().startsWith("Base.")) {
                return "status " + o.status() + " without @Message.ExtendedInfo: " + abbreviate(o.body());
            }
        } catch (IOException e) {
            return "status " + o.status() + " body is not JSON: " + abbreviate(o.body());
        }
        return null;
    }

    static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private Outcome client(Requests.Request r) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + r.path()))
                .timeout(Duration.ofSeconds(20)).expectContinue(r.expectContinue())
                .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : r.chunked() ? HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(r.body()))
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        for (int i = 0; i + 1 < r.headers().size(); i += 2) {
            b.header(r.headers().get(i), r.headers().get(i + 1));
        }
        HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Outcome(r.what(), resp.statusCode(), resp.headers().firstValue("Content-Type").orElse(null),
                resp.body());
    }

    private Outcome raw(Requests.Request r) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", s.server.port()), 5_000);
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(r.raw());
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return RawResponse.read(r.what(), socket.getInputStream());
        }
    }

    /** Reads one HTTP/1.1 response until the server closes (requests are sent with Connection: close). */
    static final class RawResponse {
        static Outcome read(String what, InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                throw new IOException("not an HTTP response: " + abbreviate(text));
            }
            int status = Integer.parseInt(text.substring(9, 12));
            String head = text.substring(0, end);
            String contentType = null;
            boolean chunked = false;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).trim();
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            byte[] rest = java.util.Arrays.copyOfRange(all.toByteArray(), end + 4, all.size());
            String body = new String(chunked ? dechunk(rest) : rest, StandardCharsets.UTF_8);
            return new Outcome(what, status, contentType, body);
        }

        static byte[] dechunk(byte[] b) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int p = 0;
            while (p < b.length) {
                int eol = p;
                while (eol + 1 < b.length && !(b[eol] == '\r' && b[eol + 1] == '\n')) {
                    eol++;
                }
                String size = new String(b, p, eol - p, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
                if (n == 0) {
                    break;
                }
                out.write(b, eol + 2, Math.min(n, b.length - eol - 2));
                p = eol + 2 + n + 2;
            }
            return out.toByteArray();
        }
    }
}
