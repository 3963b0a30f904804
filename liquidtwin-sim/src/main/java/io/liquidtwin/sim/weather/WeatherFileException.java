package io.liquidtwin.sim.weather;

import java.io.Serial;
import java.util.List;

/**
 * The one exception {@link EpwReader} throws: every problem found in a weather file (up to
 * {@link EpwReader#MAX_ERRORS}), each a {@link WeatherError} with file and line. {@link #getMessage()} is a header
 * line followed by one line per error.
 */
public final class WeatherFileException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<WeatherError> errors;

    /**
     * @param file   the weather file named in the header
     * @param errors at least one error, in line order
     */
    public WeatherFileException(String file, List<WeatherError> errors) {
        super(message(file, errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a WeatherFileException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** @return the errors, in line order (unmodifiable, never empty) */
    public List<WeatherError> errors() {
        return errors;
    }

    private static String message(String file, List<WeatherError> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size() == 1 ? "1 error" : errors.size() + " errors").append(" in weather file ").append(file);
        for (WeatherError e : errors) {
            sb.append(System.lineSeparator()).append(e);
        }
        return sb.toString();
    }
}
