package io.liquidtwin.sim.workload;

import java.util.Objects;

/**
 * One problem found in a workload file; {@link #toString()} reads like a compiler message:
 * {@code kth.swf:17: field 4 (run time): expected an integer, got 'abc'}.
 *
 * @param file    the file as the caller named it
 * @param line    1-based line; 0 when the problem has no line (e.g. a missing file)
 * @param message what is wrong and what was expected
 */
public record WorkloadError(String file, int line, String message) {

    public WorkloadError {
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
