package io.liquidtwin.sim.weather;

import io.liquidtwin.sim.FileError;
import java.io.Serial;
import java.util.List;

/**
 * The one exception {@link EpwReader} throws: every problem found in a weather file (up to
 * {@link EpwReader#MAX_ERRORS}), each a {@link FileError} with file and line. {@link #getMessage()} is a header
 * line followed by one line per error.
 */
public final class WeatherFileException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FileError> errors;

    /**
     * @param file   the weather file named in the header
     * @param errors at least one error, in line order
     */
    public WeatherFileException(String file, List<FileError> errors) {
        super(message(file, errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a WeatherFileException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** @return the errors, in line order (unmodifiable, never empty) */
    public List<FileError> errors() {
        return errors;
    }

    private static String message(String file, List<FileError> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size() == 1 ? "1 error" : errors.size() + " errors").append(" in weather file ").append(file);
        for (FileError e : errors) {
            sb.append(System.lineSeparator()).append(e);
        }
        return sb.toString();
    }
}
