package io.liquidtwin.ops.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS file lock on {@code DIR/liquidtwin.lock}: one process (and one store in it) owns a data directory.
 * The OS releases the lock when the process dies, so a killed owner never blocks its successor.
 */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IllegalStateException "another LiquidTwin process owns DIR" when the lock is held */
    static DataDirLock acquire(Path dataDir) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(dataDir.resolve("liquidtwin.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                throw owned(dataDir, null);
            }
            return new DataDirLock(ch, l);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw owned(dataDir, e);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot lock the data directory " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static IllegalStateException owned(Path dataDir, Throwable cause) {
        return new IllegalStateException("another LiquidTwin process owns " + dataDir.toAbsolutePath()
                + " (or this process opened it twice); stop it or choose another data directory", cause);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the lock attempt already failed; nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
