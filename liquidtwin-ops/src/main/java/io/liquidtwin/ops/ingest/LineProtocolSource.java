package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;
import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A {@link TelemetrySource} reading line protocol from a chunk stream (an HTTP write endpoint's queue, a socket
 * framed into bodies, a file). Each chunk is a whole body, as one {@code /api/v2/write} request: it is parsed on its
 * own, lines without a timestamp get the clock's time at poll, and its bad lines are counted and kept (the last
 * {@link #RECENT_ERRORS}) while its good lines are delivered. Line numbers in errors count within the chunk, and each
 * error carries the chunk's sequence number (1, 2, … over the source's life, across reconnects). If the
 * stream fails after some chunks of a poll were read, the poll returns their samples and the next poll reports the
 * failure (unless the source is closed or reconnected first).
 */
public final class LineProtocolSource implements TelemetrySource {

    /** How many recent parse errors are kept. */
    public static final int RECENT_ERRORS = 100;

    /** An open stream of bodies. */
    public interface ChunkStream extends AutoCloseable {
        /** @return the next body, or null if none is waiting now */
        byte[] next() throws IOException;

        @Override
        default void close() {
        }
    }

    /**
     * A parse error of one chunk.
     *
     * @param chunk sequence number of the chunk (the first chunk this source read is 1; not reset on reconnect)
     * @param error the error; its line number counts within the chunk
     */
    public record ChunkError(long chunk, LineError error) {
    }

    /** Opens the stream; called on every (re)connect. */
    @FunctionalInterface
    public interface Connector {
        ChunkStream open() throws IOException;
    }

    private final String name;
    private final Connector connector;
    private final Precision precision;
    private final InstantSource clock;
    private final int maxChunksPerPoll;
    private final Deque<ChunkError> recentErrors = new ArrayDeque<>();
    private long chunksRead;
    private ChunkStream stream;
    private long parseErrors;
    /** A failure of the stream met after chunks of the same poll had been consumed; thrown by the next poll. */
    private Exception pendingFailure;

    /**
     * @param precision        unit of the timestamps in the bodies
     * @param clock            gives the timestamp of lines without one
     * @param maxChunksPerPoll most bodies read by one poll (≥ 1), so one busy source cannot starve the others
     */
    public LineProtocolSource(String name, Connector connector, Precision precision, InstantSource clock,
                              int maxChunksPerPoll) {
        if (maxChunksPerPoll < 1) {
            throw new IllegalArgumentException("maxChunksPerPoll must be ≥ 1, got " + maxChunksPerPoll);
        }
        this.name = name;
        this.connector = connector;
        this.precision = precision;
        this.clock = clock;
        this.maxChunksPerPoll = maxChunksPerPoll;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void connect() throws IOException {
        close();
        stream = connector.open();
    }

    @Override
    public List<Sample> poll() throws IOException {
        if (stream == null) {
            throw new IOException(name + ": not connected");
        }
        if (pendingFailure != null) {
            Exception e = pendingFailure;
            pendingFailure = null;
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < maxChunksPerPoll; i++) {
            byte[] body;
            try {
                body = stream.next();
            } catch (IOException | RuntimeException e) {
                if (out.isEmpty()) {
                    throw e;
                }
                pendingFailure = e; // the chunks read so far are consumed: deliver them, fail on the next poll
                break;
            }
            if (body == null) {
                break;
            }
            long chunk = ++chunksRead;
            long nowMicros = Math.multiplyExact(clock.millis(), 1000L);
            ParseResult r = LineProtocol.parse(body, precision, nowMicros);
            out.addAll(r.samples());
            for (LineError e : r.errors()) {
                parseErrors++;
                if (recentErrors.size() == RECENT_ERRORS) {
                    recentErrors.removeFirst();
                }
                recentErrors.addLast(new ChunkError(chunk, e));
            }
        }
        return out;
    }

    /** @return how many lines or fields were rejected by the parser */
    public long parseErrors() {
        return parseErrors;
    }

    /** @return the last {@link #RECENT_ERRORS} parse errors with their chunk numbers, oldest first */
    public List<ChunkError> recentErrors() {
        return List.copyOf(recentErrors);
    }

    @Override
    public void close() {
        pendingFailure = null;
        if (stream != null) {
            try {
                stream.close();
            } catch (Exception ignored) {
                // closing is best effort; the stream is dropped either way
            }
            stream = null;
        }
    }
}
