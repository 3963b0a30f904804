package io.liquidtwin.physics.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.liquidtwin.physics.OutOfRangeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken catalogue files name source, line, fluid and field; out-of-range inputs name quantity, value and range. */
class DielectricBadCatalogueTest {

    private static final String POINTS = """
                  - {temperatureC: 20, value: 30}
                  - {temperatureC: 55, value: 101.325}
            """;

    @TempDir
    Path dir;

    /** A valid two-phase catalogue with one record; saturation points given as indented YAML list lines. */
    static String twoPhaseRecord(String id, String saturationPoints) {
        return String.join("\n", List.of(
                "catalogueVersion: 1",
                "fluids:",
                "  - id: " + id,
                "    name: Test fluid",
                "    phase: two-phase",
                "    temperatureRangeC: {min: 0, max: 100}",
                "    pressureRangeKpa: {min: 1, max: 1000}",
                "    densityKgM3:",
                "      - {temperatureC: 0, value: 1600}",
                "      - {temperatureC: 100, value: 1400}",
                "    specificHeatJKgK:",
                "      - {temperatureC: 0, value: 1050}",
                "      - {temperatureC: 100, value: 1200}",
                "    viscosityMpaS:",
                "      - {temperatureC: 0, value: 0.9}",
                "      - {temperatureC: 100, value: 0.3}",
                "    conductivityWMK:",
                "      - {temperatureC: 0, value: 0.062}",
                "      - {temperatureC: 100, value: 0.05}",
                "    molarMassGMol: 300",
                "    criticalTemperatureC: 200",
                "    criticalPressureKpa: 1900",
                "    saturationRangeC: {min: 0, max: 100}",
                "    saturationPressureKpa:",
                saturationPoints.stripTrailing(),
                "    latentHeatKjKg: {temperatureC: 55, value: 100}",
                "    surfaceTensionMnM:",
                "      - {temperatureC: 25, value: 12}",
                ""));
    }

    private DielectricCatalogueException failure(String yaml) throws IOException {
        Path file = dir.resolve("bad-fluids.yaml");
        Files.writeString(file, yaml);
        DielectricCatalogueException e = catchThrowableOfType(DielectricCatalogueException.class,
                () -> DielectricCatalogue.load(file));
        assertThat(e).as("expected a DielectricCatalogueException").isNotNull();
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ": ");
        return e;
    }

    /** 1-based line of the first line containing text. */
    private static int lineOf(String yaml, String text) {
        List<String> lines = Arrays.asList(yaml.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in test YAML");
    }

    private static void assertNames(DielectricCatalogueException e, String id, String field) {
        assertThat(e.fluidId()).isEqualTo(id);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains("fluid '" + id + "'").contains("field '" + field + "'");
    }

    @Test
    void theValidTemplateLoads() {
        assertThat(DielectricCatalogue.load(new java.io.ByteArrayInputStream(twoPhaseRecord("ok", POINTS)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ok.yaml").ids()).containsExactly("ok");
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        String yaml = twoPhaseRecord("t1", POINTS).replace("    molarMassGMol: 300\n", "");
        DielectricCatalogueException e = failure(yaml);
        assertNames(e, "t1", "molarMassGMol");
        assertThat(e.getMessage()).contains("missing");
        assertThat(e.line()).isEqualTo(lineOf(yaml, "- id: t1"));
    }

    @Test
    void nonPositiveValueIsNamedWithItsLine() throws IOException {
        String yaml = twoPhaseRecord("t2", POINTS).replace("value: 1400}", "value: -1400}");
        DielectricCatalogueException e = failure(yaml);
        assertNames(e, "t2", "densityKgM3[1].value");
        assertThat(e.getMessage()).contains("positive").contains("-1400");
        assertThat(e.line()).isEqualTo(lineOf(yaml, "value: -1400"));
    }

    @Test
    void fewerThanTwoSaturationPointsIsRefused() throws IOException {
        DielectricCatalogueException e = failure(twoPhaseRecord("t3", "      - {temperatureC: 20, value: 30}"));
        assertNames(e, "t3", "saturationPressureKpa");
        assertThat(e.getMessage()).contains("at least 2 points");
    }

    @Test
    void nonMonotonicSaturationPressuresAreRefused() throws IOException {
        String yaml = twoPhaseRecord("t4", """
                      - {temperatureC: 20, value: 30}
                      - {temperatureC: 40, value: 25}
                """);
        DielectricCatalogueException e = failure(yaml);
        assertNames(e, "t4", "saturationPressureKpa[1].value");
        assertThat(e.getMessage()).contains("non-monotonic");
        assertThat(e.line()).isEqualTo(lineOf(yaml, "value: 25}"));
    }

    @Test
    void nonMonotonicTemperaturesAreRefused() throws IOException {
        DielectricCatalogueException e = failure(twoPhaseRecord("t5", """
                      - {temperatureC: 40, value: 30}
                      - {temperatureC: 20, value: 60}
                """));
        assertNames(e, "t5", "saturationPressureKpa[1].temperatureC");
        assertThat(e.getMessage()).contains("increase strictly");
    }

    @Test
    void rangeWithMinNotBelowMaxIsRefused() throws IOException {
        String yaml = twoPhaseRecord("t6", POINTS).replace("temperatureRangeC: {min: 0, max: 100}",
                "temperatureRangeC: {min: 100, max: 100}");
        DielectricCatalogueException e = failure(yaml);
        assertNames(e, "t6", "temperatureRangeC");
        assertThat(e.getMessage()).contains("min must be < max");
        assertThat(e.line()).isEqualTo(lineOf(yaml, "temperatureRangeC"));
    }

    @Test
    void unknownFieldIsNamed() throws IOException {
        DielectricCatalogueException e = failure(twoPhaseRecord("t7", POINTS).replace("densityKgM3", "densityKgm3"));
        assertNames(e, "t7", "densityKgm3");
        assertThat(e.getMessage()).contains("unknown field");
    }

    @Test
    void textWhereANumberBelongsIsRefused() throws IOException {
        DielectricCatalogueException e = failure(twoPhaseRecord("t8", POINTS)
                .replace("criticalPressureKpa: 1900", "criticalPressureKpa: high"));
        assertNames(e, "t8", "criticalPressureKpa");
        assertThat(e.getMessage()).contains("finite number");
    }

    @Test
    void twoPhaseFieldsInASinglePhaseRecordAreRefused() throws IOException {
        DielectricCatalogueException e = failure(twoPhaseRecord("t9", POINTS)
                .replace("phase: two-phase", "phase: single-phase"));
        assertThat(e.fluidId()).isEqualTo("t9");
        assertThat(e.getMessage()).contains("only applies to two-phase fluids");
    }

    @Test
    void saturationRangeOutsideTheLiquidRangeIsRefused() throws IOException {
        DielectricCatalogueException e = failure(twoPhaseRecord("t10", POINTS)
                .replace("saturationRangeC: {min: 0, max: 100}", "saturationRangeC: {min: 0, max: 120}"));
        assertNames(e, "t10", "saturationRangeC");
    }

    @Test
    void aTableThatTurnsNegativeInsideTheRangeIsRefused() throws IOException {
        DielectricCatalogueException e = failure(twoPhaseRecord("t11", POINTS)
                .replace("{temperatureC: 100, value: 0.05}", "{temperatureC: 10, value: 0.05}"));
        assertNames(e, "t11", "conductivityWMK");
        assertThat(e.getMessage()).contains("extended to 100 °C");
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        String one = twoPhaseRecord("twin", POINTS);
        String record = one.substring(one.indexOf("  - id: twin"));
        DielectricCatalogueException e = failure(one + record);
        assertNames(e, "twin", "id");
        assertThat(e.getMessage()).contains("duplicate");
    }

    @Test
    void malformedYamlNamesSourceAndLine() throws IOException {
        String yaml = twoPhaseRecord("t12", POINTS).replace("    name: Test fluid", "    name: [Test fluid");
        DielectricCatalogueException e = failure(yaml);
        assertThat(e.getMessage()).contains("not valid YAML");
        assertThat(e.line()).isPositive();
    }

    @Test
    void missingIdNamesTheRecordByPosition() throws IOException {
        DielectricCatalogueException e = failure(twoPhaseRecord("x", POINTS).replace("  - id: x\n    name:",
                "  - name:"));
        assertThat(e.fluidId()).isEqualTo("#1 (no id)");
        assertThat(e.field()).isEqualTo("id");
    }

    @Test
    void outOfRangeTemperatureNamesQuantityValueAndRange() {
        TwoPhaseFluid f = DielectricCatalogue.standard().twoPhase("hfe-7100");
        OutOfRangeException e = catchThrowableOfType(OutOfRangeException.class, () -> f.densityKgM3(500, 1e5));
        assertThat(e.quantity()).isEqualTo("temperature");
        assertThat(e.value()).isEqualTo(500);
        assertThat(e.min()).isEqualTo(273.15);
        assertThat(e.max()).isEqualTo(353.15);
        assertThat(e.getMessage()).startsWith("temperature = 500 K is outside the valid range [273.15, 353.15] K of "
                + "HFE-7100").contains("hfe-7100");
        assertThatThrownBy(() -> f.viscosityPaS(Double.NaN, 1e5)).isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("temperature = NaN K");
        assertThatThrownBy(() -> f.conductivityWMK(300, Double.NaN)).isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("pressure = NaN Pa");
        assertThatThrownBy(() -> f.specificHeatJKgK(300, 5e6)).isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("pressure = 5e+06 Pa is outside the valid range [1000, 1e+06] Pa");
    }

    @Test
    void outOfRangeSaturationInputsAreRefused() {
        TwoPhaseFluid f = DielectricCatalogue.standard().twoPhase("fc-72");
        assertThatThrownBy(() -> f.saturationPressurePa(400)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("saturation temperature = 400 K is outside the valid range [283.15, 353.15] K");
        assertThatThrownBy(() -> f.saturationTemperatureK(5e6)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("saturation pressure = 5e+06 Pa is outside the valid range");
        assertThatThrownBy(() -> f.latentHeatJKg(Double.NaN)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> f.surfaceTensionNM(273.15)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> f.vapourDensityKgM3(Double.POSITIVE_INFINITY))
                .isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> f.saturatedLiquidDensityKgM3(360)).isInstanceOf(OutOfRangeException.class);
    }
}
