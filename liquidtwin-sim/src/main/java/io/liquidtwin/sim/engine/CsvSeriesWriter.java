package io.liquidtwin.sim.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams channels to a CSV file: a header {@code time [s],name [unit],…} and one row per {@link #write(double)}.
 * Numbers use Java's shortest round-trip decimal form, so a value read back is the value written. The writer
 * reuses one buffer per row and flushes on {@link #close()}.
 */
public final class CsvSeriesWriter implements AutoCloseable {

    private final Writer out;
    private final Channel[] channels;
    private final StringBuilder row = new StringBuilder(256);
    private long rows;

    /** Opens (creating or truncating) the file and writes the header. */
    public CsvSeriesWriter(Path file, List<Channel> channels) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), channels);
    }

    /** Writes to any writer (tests). */
    public CsvSeriesWriter(Writer writer, List<Channel> channels) throws IOException {
        this.out = writer instanceof BufferedWriter ? writer : new BufferedWriter(writer, 1 << 16);
        this.channels = channels.toArray(Channel[]::new);
        row.append("time [s]");
        for (Channel c : this.channels) {
            row.append(',').append(quote(c.header()));
        }
        row.append('\n');
        out.write(row.toString());
        row.setLength(0);
    }

    private static String quote(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Appends one row: the simulated time (s) and every channel's current value. */
    public void write(double timeS) {
        row.setLength(0);
        row.append(timeS);
        for (Channel c : channels) {
            row.append(',').append(c.source().getAsDouble());
        }
        row.append('\n');
        try {
            out.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException("writing time series row at t = " + timeS + " s", e);
        }
        rows++;
    }

    /** @return rows written so far */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
