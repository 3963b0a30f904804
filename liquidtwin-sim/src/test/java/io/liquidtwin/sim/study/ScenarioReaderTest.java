package io.liquidtwin.sim.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.sim.fault.FaultEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Files.writeString(dir.resolve("plant.yaml"), "name: p\n");
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void readsEveryPartOfAScenario() throws IOException {
        Scenario s = ScenarioReader.read(write("""
                name: demo
                plant: plant.yaml
                site: qingdao
                period: {start: 07-01, duration: 31d, step: 15min}
                workload: {kind: constant, fraction: 0.8, swing: {periodS: 60, depthFraction: 0.3, rampS: 5}}
                economics: {tariffPerKwh: 0.1, gridKgCo2PerKwh: 0.58}
                events:
                  - {at: 07-15 14:00, type: pump-trip, pump: fwp-1}
                  - {at: 10h, type: leak, cdu: cdu, rateLpm: 2}
                  - {at: 11h, type: sensor-failure, sensor: cdu.supply, mode: drift, magnitude: 0.5}
                  - {at: 12h, type: load-spike, factor: 1.2, duration: 30min}
                  - {at: 13h, type: valve-stuck, cdu: cdu, openingPercent: 40}
                sweep: {parameter: loops.fws.supplyTempSetpointC, values: [28, 30, 32]}
                """));
        assertThat(s.name()).isEqualTo("demo");
        assertThat(s.site()).isEqualTo(new Scenario.SiteChoice.BuiltIn("qingdao"));
        assertThat(s.startS()).isEqualTo(181 * 86_400.0); // 1 July is day 182 of a non-leap year
        assertThat(s.durationS()).isEqualTo(31 * 86_400.0);
        assertThat(s.stepS()).isEqualTo(900);
        assertThat(s.tariffPerKWh()).hasValue(0.1);
        assertThat(s.events()).hasSize(5);
        // 15 July 14:00 is 14 days and 14 hours after the 1 July start
        assertThat(s.events().get(0)).isEqualTo(new FaultEvent.PumpTrip(14 * 86_400.0 + 14 * 3600, "fwp-1"));
        assertThat(s.events().get(1)).isEqualTo(new FaultEvent.Leak(36_000, "cdu", 2));
        assertThat(s.events().get(2)).isEqualTo(
                new FaultEvent.SensorFailure(39_600, "cdu.supply", FaultEvent.SensorMode.DRIFT, 0.5));
        assertThat(s.events().get(3)).isEqualTo(new FaultEvent.LoadSpike(43_200, 1800, 1.2));
        assertThat(s.events().get(4)).isEqualTo(new FaultEvent.ValveStuck(46_800, "cdu", 0.4));
        assertThat(s.sweep()).get().satisfies(w -> {
            assertThat(w.values()).containsExactly(28.0, 30.0, 32.0);
            assertThat(w.unit()).isEqualTo("°C");
        });
        assertThat(s.workload().swing()).get().satisfies(a -> assertThat(a).containsExactly(60, 0.3, 5));
    }

    @Test
    void reportsEveryProblemWithItsLineAndField() throws IOException {
        Path f = write("""
                name: bad
                plant: missing.yaml
                site: atlantis
                period: {duration: 2y, stepp: 1h}
                workload: {kind: swf, policy: lifo}
                events:
                  - {at: 07-32, type: pump-trip, pump: x}
                  - {at: 1h, type: explode}
                  - {at: 1h, type: leak, cdu: c}
                sweep: {parameter: a.b, values: [1, 1]}
                """);
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(ScenarioFileException.class)
                .satisfies(e -> {
                    var p = ((ScenarioFileException) e).problems();
                    assertThat(p).anyMatch(l -> l.contains(":2: plant: no file"));
                    assertThat(p).anyMatch(l -> l.contains(":3: site: 'atlantis'"));
                    assertThat(p).anyMatch(l -> l.contains(":4: period.stepp: unknown key"));
                    assertThat(p).anyMatch(l -> l.contains("period.duration: must be between"));
                    assertThat(p).anyMatch(l -> l.contains("workload.policy: 'lifo'"));
                    assertThat(p).anyMatch(l -> l.contains("workload.file") && l.contains("needs 'file'"));
                    assertThat(p).anyMatch(l -> l.contains(":7: events[0].at") && l.contains("JULY has days 1–31"));
                    assertThat(p).anyMatch(l -> l.contains(":8: events[1].type: 'explode' is not one of"));
                    assertThat(p).anyMatch(l -> l.contains(":9: events[2].rateLpm: missing"));
                    assertThat(p).anyMatch(l -> l.contains(":10: sweep.values: value 1 given twice"));
                });
    }

    @Test
    void eventAfterTheEndIsRefused() throws IOException {
        Path f = write("plant: plant.yaml\nperiod: {duration: 24h}\nevents:\n  - {at: 25h, type: cdu-loss, cdu: c}\n");
        assertThatThrownBy(() -> ScenarioReader.read(f)).hasMessageContaining(":4: events[0].at: falls at 25 h");
    }

    @Test
    void notYamlOrNotAMappingIsAClearError() throws IOException {
        assertThatThrownBy(() -> ScenarioReader.read(write("plant: [unclosed\n")))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> ScenarioReader.read(write("- a\n- b\n")))
                .hasMessageContaining("a scenario is a YAML mapping");
        assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("nope.yaml"))).hasMessageContaining("no such file");
    }

    @Test
    void durationsAndCalendarTimes() {
        assertThat(SimTime.duration("196d 14h")).isEqualTo(196 * 86_400.0 + 14 * 3600);
        assertThat(SimTime.duration("30min")).isEqualTo(1800);
        assertThat(SimTime.duration("1y")).isEqualTo(365 * 86_400.0);
        assertThat(SimTime.calendar("01-01")).isZero();
        assertThat(SimTime.calendar("12-31 23:00")).isEqualTo(364 * 86_400.0 + 23 * 3600);
        assertThatThrownBy(() -> SimTime.duration("5 parsecs")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> SimTime.calendar("02-29")).hasMessageContaining("FEBRUARY has days 1–28");
    }

    @Test
    void plantOverrideChangesOnlyTheNamedField() {
        String yaml = "loops:\n  - id: fws\n    supplyTempSetpointC: 32\n  - id: c\n    supplyTempSetpointC: 35\n";
        String out = PlantOverride.apply(yaml, "loops.fws.supplyTempSetpointC", 28.5);
        assertThat(out).contains("28.5").contains("35");
        assertThatThrownBy(() -> PlantOverride.apply(yaml, "loops.fws.supplyTempC", 1))
                .hasMessageContaining("no field 'supplyTempC'").hasMessageContaining("supplyTempSetpointC");
        assertThatThrownBy(() -> PlantOverride.apply(yaml, "loops.x.supplyTempSetpointC", 1))
                .hasMessageContaining("no element with id 'x'");
    }
}
