package io.liquidtwin.physics.fluid;

/**
 * A dielectric-fluid catalogue that cannot be read: malformed YAML, a missing or unknown field, a value of the wrong
 * type or sign, too few or non-monotonic points, an empty range. The message names the source, the line (when the
 * YAML parser reports one), the fluid record and the field, e.g.
 * {@code "my-fluids.yaml:42: fluid 'hfe-7100', field 'densityKgM3[1].value': must be a positive number, got -3"}.
 */
public final class DielectricCatalogueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String fluidId;
    private final String field;
    private final int line;

    DielectricCatalogueException(String source, String fluidId, String field, int line, String problem,
                                 Throwable cause) {
        super(message(source, fluidId, field, line, problem), cause);
        this.source = source;
        this.fluidId = fluidId;
        this.field = field;
        this.line = line;
    }

    private static String message(String source, String fluidId, String field, int line, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (fluidId != null) {
            sb.append("fluid '").append(fluidId).append("', ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(problem).toString();
    }

    /** @return the catalogue's source name (file path or resource name) */
    public String source() {
        return source;
    }

    /** @return the id of the fluid record at fault, or null for an error outside any record */
    public String fluidId() {
        return fluidId;
    }

    /** @return the field at fault, relative to the record (e.g. {@code "saturationPressureKpa[2].value"}) */
    public String field() {
        return field;
    }

    /** @return the 1-based line of the YAML source, or -1 when unknown */
    public int line() {
        return line;
    }
}
