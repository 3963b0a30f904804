package io.liquidtwin.sim.plant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared test data: the example plants and a minimal valid plant to break. */
final class Fixtures {

    /** The example plant files, by name. */
    static final List<String> EXAMPLES = List.of("qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml",
            "frontier-like.yaml", "summit-like.yaml");

    /**
     * A minimal valid plant (also the minimal example of docs/plant-format.md). Line numbers matter to the tests:
     * line 3 is the facility loop, 4 the technology loop, 7 the pump, 9 the CDU, 11 the racks, 13 the dry coolers.
     */
    static final String MINIMAL = """
            name: minimal
            loops:
              - {id: fws, kind: facility, supplyTempSetpointC: 32}
              - {id: tcs-1, kind: technology, coolant: PG25, supplyTempSetpointC: 36}
            equipment:
              pumps:
                - {id: fwp, model: facility-pump-30ls, loop: fws, count: 2, standby: 1}
              cdus:
                - {id: cdu-1, model: cdu-1370kw, primaryLoop: fws, secondaryLoop: tcs-1}
              coldPlateRacks:
                - {id: rack, model: ocp-cold-plate-rack, loop: tcs-1, count: 4, itPowerKw: 130}
              dryCoolers:
                - {id: dc, model: dry-cooler-500kw, loop: fws, count: 2}
            """;

    private Fixtures() {
    }

    /** @return the repository's examples directory (searched upward from the working directory) */
    static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolve("examples").resolve(EXAMPLES.get(0));
            if (Files.isRegularFile(candidate)) {
                return candidate.getParent();
            }
            p = p.getParent();
        }
        throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes yaml to dir/plant.yaml, loads it and returns the errors (failing if it loads). */
    static List<PlantError> errors(Path dir, String yaml) {
        Path file = write(dir, "plant.yaml", yaml);
        PlantFileException[] caught = new PlantFileException[1];
        assertThatThrownBy(() -> PlantLoader.load(file)).isInstanceOfSatisfying(PlantFileException.class,
                e -> caught[0] = e);
        return caught[0].errors();
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return MINIMAL with the first occurrence of {@code from} replaced (which must exist) */
    static String minimalWith(String from, String to) {
        if (!MINIMAL.contains(from)) {
            throw new IllegalArgumentException("not in MINIMAL: " + from);
        }
        return MINIMAL.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }
}
