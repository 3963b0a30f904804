package io.liquidtwin.sim.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads the two real EPW files of ../shared/data/weather. */
class EpwRealFilesTest {

    @ParameterizedTest
    @CsvSource({
        EpwFixtures.BOSTON + ", 10.0, 11.0",   // Boston Logan TMY3: annual mean ≈ 10.6 °C
        EpwFixtures.BEIJING + ", 12.0, 13.0",  // Beijing IWEC: annual mean ≈ 12.8 °C
    })
    void readsSiteAndAPlausibleYear(String name, double meanMinC, double meanMaxC) throws IOException {
        Path file = EpwFixtures.sharedWeatherFile(name);
        WeatherYear year = EpwReader.read(file);

        // the LOCATION line, read here independently of the reader
        String location;
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            location = lines.findFirst().orElseThrow();
        }
        String[] f = location.split(",");
        assertThat(year.site().name()).isEqualTo(f[1].trim());
        assertThat(year.site().country()).isEqualTo(f[3].trim());
        assertThat(year.site().latitudeDeg()).isEqualTo(Double.parseDouble(f[6]));
        assertThat(year.site().longitudeDeg()).isEqualTo(Double.parseDouble(f[7]));
        assertThat(year.site().elevationM()).isEqualTo(Double.parseDouble(f[9]));

        assertThat(year.hourCount()).isEqualTo(8760);
        assertThat(year.hour(0)).extracting(WeatherHour::month, WeatherHour::day, WeatherHour::hour)
                .containsExactly(1, 1, 1);
        assertThat(year.hour(8759)).extracting(WeatherHour::month, WeatherHour::day, WeatherHour::hour)
                .containsExactly(12, 31, 24);
        assertThat(year.meanDryBulbK() - 273.15).isBetween(meanMinC, meanMaxC);
        assertThat(year.filled().total()).isLessThan(876);
        for (WeatherHour h : year.hours()) {
            double twb = h.wetBulbK();
            assertThat(twb).isFinite().isLessThanOrEqualTo(h.dryBulbK());
            assertThat(h.relativeHumidity()).isBetween(0.0, 1.0);
            assertThat(h.pressurePa()).isBetween(80_000.0, 110_000.0);
        }
    }

    @ParameterizedTest
    @CsvSource({EpwFixtures.BOSTON, EpwFixtures.BEIJING})
    void firstHourIsConvertedToSi(String name) throws IOException {
        Path file = EpwFixtures.sharedWeatherFile(name);
        String[] first = Files.readAllLines(file, StandardCharsets.ISO_8859_1).get(8).split(",");
        WeatherHour h = EpwReader.read(file).hour(0);
        assertThat(h.dryBulbK()).isCloseTo(Double.parseDouble(first[6]) + 273.15, within(1e-9));
        assertThat(h.dewPointK()).isCloseTo(Double.parseDouble(first[7]) + 273.15, within(1e-9));
        assertThat(h.relativeHumidity()).isCloseTo(Double.parseDouble(first[8]) / 100, within(1e-12));
        assertThat(h.pressurePa()).isEqualTo(Double.parseDouble(first[9]));
    }
}
