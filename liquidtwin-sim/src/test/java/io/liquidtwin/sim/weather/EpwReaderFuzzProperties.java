package io.liquidtwin.sim.weather;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Whatever a field or a line is replaced with, the reader returns a year or throws WeatherFileException only. */
class EpwReaderFuzzProperties {

    private static final List<String> VALID = EpwFixtures.validLines();

    @Property(tries = 60)
    void onlyWeatherFileExceptionEscapes(@ForAll @IntRange(min = 1, max = 8768) int line,
                                         @ForAll @IntRange(min = 0, max = 40) int field,
                                         @ForAll @StringLength(max = 12) String value) throws IOException {
        List<String> lines = new java.util.ArrayList<>(VALID);
        String[] f = lines.get(line - 1).split(",", -1);
        if (field < f.length) {
            f[field] = value;
            lines.set(line - 1, String.join(",", f));
        } else {
            lines.set(line - 1, value);
        }
        Path dir = Files.createTempDirectory("epw-fuzz");
        Path file = EpwFixtures.write(dir, "fuzz.epw", lines);
        try {
            EpwReader.read(file);
        } catch (WeatherFileException expected) {
            // fine: reported
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }
}
