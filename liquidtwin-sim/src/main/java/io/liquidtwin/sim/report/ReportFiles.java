package io.liquidtwin.sim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/** Creates output directories and replaces files atomically (temporary file in the same directory, then a move). */
final class ReportFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportFiles() {
    }

    /**
     * @param dir the directory to create (with its parents) if missing
     * @return the directory
     * @throws IOException naming the directory if it cannot be created or is not a writable directory
     */
    static Path directory(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("report output " + dir + " exists and is not a directory", e);
        } catch (IOException e) {
            throw new IOException("cannot create report directory " + dir + ": " + describe(e), e);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("report output " + dir + " is not a directory");
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("report directory " + dir + " is not writable");
        }
        return dir;
    }

    /**
     * Writes {@code content} as UTF-8 to {@code target}: first to a temporary file beside it, then moved over the
     * target (atomically where the file system supports it), so readers see the old file or the whole new one.
     *
     * @throws IOException naming the target if any step fails; the temporary file is removed
     */
    static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // Not Files.createTempFile: its files are owner-only (0600); this one gets the usual umask-based mode.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("cannot write " + target + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
