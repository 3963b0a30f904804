package io.liquidtwin.sim.plant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Loads plant files (YAML, documented field by field in {@code docs/plant-format.md}) into {@link Plant} records
 * with SI values.
 *
 * <p>The loader checks everything it can and reports every problem at once in one {@link PlantFileException}, each
 * as a {@link PlantError} naming file, line, YAML path and what was expected: types and units, required fields,
 * ranges, unknown fields (with a did-you-mean), duplicate ids, unknown references (loops, catalogue models, fluids),
 * open loops, racks and tanks without a cooling path, and equipment that cannot carry its design load. It throws
 * nothing else (missing files and malformed YAML included) and refuses hostile input (alias bombs, deep nesting,
 * huge documents) quickly. Thread-safe; every call is independent.
 */
public final class PlantLoader {

    /** Largest plant file accepted, bytes. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private PlantLoader() {
    }

    /**
     * Loads and checks a plant file; errors name the file as given.
     *
     * @throws PlantFileException for every problem, including a missing or unreadable file
     */
    public static Plant load(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw fail(name, "cannot read the plant file: it is a directory");
        }
        if (!Files.exists(file)) {
            throw fail(name, "cannot read the plant file: no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw fail(name, "cannot read the plant file: not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw fail(name, "cannot read the plant file: no such file");
        } catch (AccessDeniedException e) {
            throw fail(name, "cannot read the plant file: permission denied");
        } catch (IOException | SecurityException e) {
            throw fail(name, "cannot read the plant file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw fail(name, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; a plant file is "
                    + "short (use groups and counts for repeated equipment)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fail(name, "the file is not UTF-8 text");
        }
        return load(text, name);
    }

    /**
     * Loads and checks a plant given as text.
     *
     * @param yaml       the plant document
     * @param sourceName how errors name the source, e.g. a file name
     * @throws PlantFileException for every problem
     */
    public static Plant load(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            return PlantReader.read(yaml, sourceName);
        } catch (PlantFileException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in the loader, not in the file: still reported as a PlantFileException so callers see one type.
            throw fail(sourceName, "internal error while checking this plant file (please report it): " + e);
        }
    }

    private static PlantFileException fail(String file, String message) {
        return new PlantFileException(file, List.of(new PlantError(file, 0, "", message)));
    }
}
