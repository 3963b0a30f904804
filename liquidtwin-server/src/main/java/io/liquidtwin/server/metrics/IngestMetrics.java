package io.liquidtwin.server.metrics;

import io.liquidtwin.server.ingest.HttpIngestStats;
import io.liquidtwin.server.live.LiveTwin;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/** Ingest counters: the twin's own sensor feed (its source supervisor) and the HTTP write endpoint. */
final class IngestMetrics {

    private IngestMetrics() {
    }

    static void bind(MeterRegistry r, LiveTwin twin, Supplier<HttpIngestStats> http) {
        counter(r, "liquidtwin.ingest.http.requests", "HTTP write requests", http, s -> s.requests());
        counter(r, "liquidtwin.ingest.http.samples", "Samples acknowledged over HTTP writes", http,
                s -> s.samplesWritten());
        counter(r, "liquidtwin.ingest.http.line.errors", "Bad lines and fields reported to HTTP writers", http,
                s -> s.lineErrors());
        counter(r, "liquidtwin.ingest.http.store.failures", "HTTP writes answered 503 because the store failed", http,
                s -> s.storeFailures());
        counter(r, "liquidtwin.ingest.http.string.fields", "String fields in HTTP writes, passed over (not stored)",
                http, s -> s.stringFields());
        // Micrometer holds the state object weakly: the twin (held by the server) is the state, not a new lambda
        FunctionCounter.builder("liquidtwin.ingest.twin.samples", twin, t -> t.ingest().stats().accepted())
                .description("Twin sensor samples appended to the store").register(r);
        FunctionCounter.builder("liquidtwin.ingest.twin.lost", twin, t -> t.ingest().stats().lostToStore())
                .description("Twin samples not stored because the store failed").register(r);
        Gauge.builder("liquidtwin.ingest.twin.stale.series", twin, t -> t.ingest().stats().staleSeriesNow())
                .description("Twin series marked stale now").register(r);
    }

    /** {@code stats} must be strongly held elsewhere (the routes module holds it for the server's life). */
    private static <T> void counter(MeterRegistry r, String name, String help, Supplier<T> stats,
                                    ToDoubleFunction<T> value) {
        FunctionCounter.builder(name, stats, s -> value.applyAsDouble(s.get())).description(help).register(r);
    }
}
