package io.liquidtwin.sim.workload;

import io.liquidtwin.sim.FileError;
import java.io.Serial;
import java.util.List;

/**
 * The one exception {@link SwfReader} throws: every problem found in a workload file (up to
 * {@link SwfReader#MAX_ERRORS}), each a {@link FileError} with file and line. {@link #getMessage()} is a header
 * line followed by one line per error.
 */
public final class WorkloadFileException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FileError> errors;

    /**
     * @param file   the workload file named in the header
     * @param errors at least one error, in line order
     */
    public WorkloadFileException(String file, List<FileError> errors) {
        super(message(file, errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a WorkloadFileException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** @return the errors, in line order (unmodifiable, never empty) */
    public List<FileError> errors() {
        return errors;
    }

    private static String message(String file, List<FileError> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size() == 1 ? "1 error" : errors.size() + " errors").append(" in workload file ").append(file);
        for (FileError e : errors) {
            sb.append(System.lineSeparator()).append(e);
        }
        return sb.toString();
    }
}
