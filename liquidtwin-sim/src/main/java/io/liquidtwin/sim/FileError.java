package io.liquidtwin.sim;

import java.util.Objects;

/**
 * One problem found in an input file (weather, workload trace); {@link #toString()} reads like a compiler message:
 * {@code boston.epw:17: field 7 (dry-bulb temperature): expected a number, got 'warm'}.
 *
 * @param file    the file as the caller named it
 * @param line    1-based line; 0 when the problem has no line (e.g. a missing file)
 * @param message what is wrong and what was expected
 */
public record FileError(String file, int line, String message) {

    public FileError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
