package io.liquidtwin.server.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A server-sent events client for tests: collects events (name, id, data) on a background thread. */
final class Sse implements AutoCloseable {

    /** One event; name "message" when the stream gave none, "comment" for a comment line. */
    record Event(String name, String id, String data) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    final HttpResponse<Stream<String>> response;

    /** Opens {@code url}; headers are name, value, … */
    Sse(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            response = http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Thread.ofVirtual().start(this::read);
    }

    private void read() {
        String[] name = {null};
        String[] id = {null};
        StringBuilder data = new StringBuilder();
        try {
            response.body().forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name[0] == null ? "message" : name[0], id[0], data.toString()));
                    }
                    name[0] = null;
                    id[0] = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    events.add(new Event("comment", null, line.substring(1).strip()));
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException e) {
            // closed
        }
    }

    /** @return the next event named {@code name} within the timeout (others are skipped), or fails */
    Event next(String name, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("no '" + name + "' event within " + timeout);
                }
                if (e.name().equals(name)) {
                    return e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Drops the connection. */
    @Override
    public void close() {
        response.body().close();
        http.shutdownNow();
    }
}
