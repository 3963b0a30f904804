package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;
import java.io.IOException;
import java.util.List;

/**
 * A source of samples driven by a {@link SourceSupervisor}: the supervisor connects it, polls it on every tick, and
 * after a failure closes it and connects it again with exponential back-off. Push sources (a broker callback, a
 * socket) buffer what arrives and hand it over in {@link #poll} (see {@link PushSource}); poll sources read their
 * peer in {@link #poll}. A source is used by one thread at a time.
 */
public interface TelemetrySource extends AutoCloseable {

    /** @return a short name for logs and status, e.g. {@code lp:rack-17} */
    String name();

    /**
     * Opens the connection (again, after a failure or {@link #close}).
     *
     * @throws IOException if the peer cannot be reached; the supervisor retries after its back-off
     */
    void connect() throws IOException;

    /**
     * @return the samples that arrived since the last poll, in arrival order (may be empty)
     * @throws IOException if the connection is lost; the supervisor closes the source and reconnects after back-off
     */
    List<Sample> poll() throws IOException;

    /** Releases the connection; idempotent, never throws. */
    @Override
    void close();
}
