package io.liquidtwin.ops.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The retention horizon of a store, epoch µs, in one small text file: written to a temporary file, forced to disk
 * and renamed atomically over the old one, so a crash leaves either the old or the new horizon.
 */
final class RetentionFloor {

    private final Path file;

    RetentionFloor(Path file) {
        this.file = file;
    }

    /** @return the stored horizon, or the earliest timestamp if none; an unreadable file is reported, not fatal */
    long read(List<String> report) {
        try {
            if (!Files.exists(file)) {
                return StoreChecks.MIN_EPOCH_MICROS;
            }
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            report.add("retention floor " + file + " unreadable (" + e.getMessage() + "): nothing is hidden until"
                    + " the next applyRetention");
            return StoreChecks.MIN_EPOCH_MICROS;
        }
    }

    void write(long floorMicros) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap((floorMicros + "\n").getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tmp, e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("cannot replace " + file + " atomically", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }
}
