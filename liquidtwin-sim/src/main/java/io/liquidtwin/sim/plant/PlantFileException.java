package io.liquidtwin.sim.plant;

import java.io.Serial;
import java.util.List;

/**
 * The one exception {@link PlantLoader} throws: every problem found in a plant file, all at once (never just the
 * first). Missing or unreadable files, malformed YAML, unknown fields, bad values, broken references, open loops and
 * equipment that cannot carry its design load all end up here as {@link PlantError}s.
 *
 * <p>{@link #getMessage()} is a header line followed by one line per error, ready to print.
 */
public final class PlantFileException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<PlantError> errors;

    /**
     * @param file   the plant file named in the header
     * @param errors at least one error, in file and line order
     */
    public PlantFileException(String file, List<PlantError> errors) {
        super(message(file, errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a PlantFileException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** @return the errors, in file and line order (unmodifiable, never empty) */
    public List<PlantError> errors() {
        return errors;
    }

    private static String message(String file, List<PlantError> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size() == 1 ? "1 error" : errors.size() + " errors").append(" in plant file ").append(file);
        for (PlantError e : errors) {
            sb.append(System.lineSeparator()).append(e);
        }
        return sb.toString();
    }
}
