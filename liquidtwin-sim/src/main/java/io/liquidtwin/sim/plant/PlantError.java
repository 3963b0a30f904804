package io.liquidtwin.sim.plant;

import java.util.Objects;

/**
 * One problem found in a plant file (or in an equipment catalogue it uses).
 *
 * <p>{@link #toString()} reads like a compiler message:
 * {@code plant.yaml:42: equipment.cdus[1].secondaryLoop: unknown loop 'tcs-9'; known loops: fws, tcs-1}.
 *
 * @param file     the file (or resource) the problem is in, as the caller named it
 * @param line     1-based line of the offending value; 0 when the problem has no line (e.g. a missing file)
 * @param yamlPath dotted path of the offending value, e.g. {@code equipment.cdus[1].secondaryLoop}; empty for the
 *                 whole document
 * @param message  what is wrong and what was expected, for a data-centre engineer
 */
public record PlantError(String file, int line, String yamlPath, String message) {

    public PlantError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(yamlPath, "yamlPath");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!yamlPath.isEmpty()) {
            sb.append(yamlPath).append(": ");
        }
        return sb.append(message).toString();
    }
}
