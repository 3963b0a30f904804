package io.liquidtwin.sim.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * RH computed from each hour's dry-bulb, dew point and pressure (ASHRAE Fundamentals ch. 1: vapour pressure =
     * saturation pressure at the dew point → humidity ratio at the station pressure → RH at the dry-bulb) against
     * the file's own RH field. The two files follow different conventions below 0 °C: the IWEC file's RH is relative
     * to ice there (it agrees on every hour that way, and on 66 % relative to water), the TMY3 file's relative to
     * water (NSRDB TMY3 user's manual). The TMY3 file's December comes from 2003, whose RH does not match its dew point
     * (≈ 520 of 744 hours off by more than 1.5 points, whichever convention): that month is checked to be the
     * outlier and left out; every other month must agree.
     */
    @ParameterizedTest
    @CsvSource({EpwFixtures.BOSTON + ", false, 12", EpwFixtures.BEIJING + ", true, 0"})
    void relativeHumidityFromDewPointAgreesWithTheFilesOwnOnNinetyNinePercentOfHours(String name, boolean iceBelowZero,
                                                                                    int inconsistentMonth)
            throws IOException {
        Path file = EpwFixtures.sharedWeatherFile(name);
        List<String> rows = Files.readAllLines(file, StandardCharsets.ISO_8859_1); // the RH column, read here
        WeatherYear year = EpwReader.read(file);
        int agree = 0;
        int counted = 0;
        int[] offPerMonth = new int[13];
        for (int i = 0; i < year.hourCount(); i++) {
            WeatherHour h = year.hour(i);
            double fileRhPercent = Double.parseDouble(rows.get(8 + i).split(",")[8]);
            double pa = h.pressurePa();
            double ew = iceBelowZero ? Psychrometrics.saturationPressurePa(h.dewPointK())
                    : overSupercooledWaterPa(h.dewPointK());
            double w = Psychrometrics.humidityRatio(ew, pa);
            double rhPercent = 100 * (iceBelowZero ? Psychrometrics.relativeHumidity(h.dryBulbK(), w, pa)
                    : Psychrometrics.vapourPressurePa(w, pa) / overSupercooledWaterPa(h.dryBulbK()));
            boolean ok = Math.abs(rhPercent - fileRhPercent) <= 1.5;
            if (!ok) {
                offPerMonth[h.month()]++;
            }
            if (h.month() != inconsistentMonth) {
                counted++;
                agree += ok ? 1 : 0;
            }
        }
        assertThat((double) agree / counted).as("share of hours within 1.5 RH points").isGreaterThanOrEqualTo(0.99);
        if (inconsistentMonth > 0) {
            for (int m = 1; m <= 12; m++) {
                if (m != inconsistentMonth) {
                    assertThat(offPerMonth[inconsistentMonth]).as("the left-out month is the outlier")
                            .isGreaterThan(20 * offPerMonth[m]);
                }
            }
        }
    }

    /**
     * Saturation pressure over liquid water, ASHRAE Fundamentals 2017 ch. 1 eq. (6) (Hyland–Wexler), used below 0 °C
     * too as the WMO convention for RH does (our Psychrometrics keeps eq. 6 to its stated 0–200 °C), Pa.
     */
    private static double overSupercooledWaterPa(double t) {
        return Math.exp(-5.8002206e3 / t + 1.3914993 - 4.8640239e-2 * t + 4.1764768e-5 * t * t
                - 1.4452093e-8 * t * t * t + 6.5459673 * Math.log(t));
    }
}
