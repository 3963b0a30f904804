package io.liquidtwin.sim.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.engine.EventTimeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Studies end to end on the example plant: energy bookkeeping, events, sweeps and the workload's energy. */
class StudyTest {

    static final Path EXAMPLES = Path.of("../examples");
    /** The Qingdao example's IT: 6 tanks × 160 kW. */
    static final double DESIGN_IT_KW = 960;

    @TempDir
    Path dir;

    private Path scenario(String body) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "plant: " + EXAMPLES.toAbsolutePath().resolve("qingdao-two-phase-1mw.yaml") + "\n"
                + body);
        return f;
    }

    @Test
    void constantLoadGivesTheClosedFormItEnergyAndHoursAddUpToTheRun() throws IOException {
        Scenario sc = ScenarioReader.read(scenario("""
                site: qingdao
                period: {start: 03-01, duration: 48h, step: 1h}
                workload: {kind: constant, fraction: 0.8}
                """));
        StudyResult r = Study.run(sc, f -> { }).runs().get(0);
        assertThat(r.hours()).hasSize(48);
        // IT energy = fraction × design IT power × time, independent of the engine
        double expectedKWh = 0.8 * DESIGN_IT_KW * 48;
        assertThat(r.annual().totals().itEnergyKWh()).isCloseTo(expectedKWh, within(expectedKWh * 1e-9));
        double sumIt = 0;
        double sumFacility = 0;
        for (HourSample h : r.hours()) {
            sumIt += h.itKw();
            sumFacility += h.facilityKw();
            assertThat(h.facilityKw()).isGreaterThan(h.itKw());
            assertThat(List.of(h.dryBulbC(), h.wetBulbC(), h.pumpsKw(), h.fansKw(), h.facilitySupplyC(),
                    h.facilityReturnC(), h.peakDeviceC(), h.peakChfRatio())).allMatch(Double::isFinite);
            assertThat(h.wetBulbC()).isLessThanOrEqualTo(h.dryBulbC());
        }
        assertThat(sumIt).isCloseTo(expectedKWh, within(expectedKWh * 1e-9)); // hourly kW × 1 h
        assertThat(r.annual().pue()).isCloseTo(sumFacility / sumIt, within(1e-9));
        assertThat(r.monthly()).containsOnlyKeys(java.time.Month.MARCH);
        assertThat(r.chillerFreeHours()).isEqualTo(48); // the plant has no chiller
        assertThat(r.events()).isEmpty();
        assertThat(r.response()).isEmpty();
    }

    @Test
    void theDemoScenarioOverThreeJulyDaysFiresThePumpTripAndRecordsTheResponse() {
        Scenario sc = ScenarioReader.read(EXAMPLES.resolve("studies/qingdao-year.yaml")).withPeriod("07-14", 3 * 86_400.0);
        assertThat(sc.events()).hasSize(2);
        assertThat(sc.events().get(0).atS()).isEqualTo(86_400 + 14 * 3600.0); // 15 July 14:00 from 14 July 00:00
        Study.Outcome out = Study.run(sc, f -> { });
        StudyResult r = out.runs().get(0);
        assertThat(r.events()).extracting(EventTimeline.FiredEvent::description)
                .containsExactly("pump cdu.pump-1 trips", "pump cdu.pump-1 restored");
        // minute samples from 15 min before the trip to 3 h after the restore
        double trip = sc.events().get(0).atS();
        assertThat(r.response()).isNotEmpty();
        assertThat(r.response().get(0).timeS()).isBetween(trip - StudyRunner.BEFORE_EVENT_S, trip);
        assertThat(r.response().get(r.response().size() - 1).timeS())
                .isCloseTo(trip + 1800 + StudyRunner.AFTER_EVENT_S, within(61.0));
        for (int i = 1; i < r.response().size(); i++) {
            assertThat(r.response().get(i).timeS() - r.response().get(i - 1).timeS()).isLessThanOrEqualTo(60.0 + 1e-6);
        }
        // the standby pump takes over: the tanks stay below their relief pressure and no device passes its limit
        assertThat(r.response()).allMatch(s -> Double.isFinite(s.peakDeviceC()) && s.tankPressureKpa() > 0);
        assertThat(r.monthly()).containsOnlyKeys(java.time.Month.JULY);
    }

    @Test
    void aSweepRunsEveryValueAndTheWarmerSetpointRaisesTheFacilitySupply() throws IOException {
        Scenario sc = ScenarioReader.read(scenario("""
                site: qingdao
                period: {start: 04-01, duration: 24h}
                workload: {kind: constant, fraction: 0.7}
                sweep: {parameter: loops.fws.supplyTempSetpointC, values: [28, 32]}
                """));
        List<Double> progress = new ArrayList<>();
        Study.Outcome out = Study.run(sc, f -> {
            synchronized (progress) {
                progress.add(f);
            }
        });
        SweepResult sweep = out.sweep().orElseThrow();
        assertThat(sweep.runs()).extracting(StudyResult::sweepValue).containsExactly(28.0, 32.0);
        assertThat(sweep.unit()).isEqualTo("°C");
        double cold = sweep.runs().get(0).hours().get(23).facilitySupplyC();
        double warm = sweep.runs().get(1).hours().get(23).facilitySupplyC();
        assertThat(cold).isCloseTo(28, within(0.5));
        assertThat(warm).isCloseTo(32, within(0.5));
        assertThat(progress).isNotEmpty().allMatch(f -> f >= 0 && f <= 1);
    }

    @Test
    void aSweepValueThePlantRefusesIsReportedAsAPlantError() throws IOException {
        Scenario sc = ScenarioReader.read(scenario("""
                period: {duration: 24h}
                sweep: {parameter: loops.fws.supplyTempSetpointC, values: [500]}
                """));
        assertThatThrownBy(() -> Study.run(sc, f -> { })).hasMessageContaining("loops.fws.supplyTempSetpointC = 500");
        Scenario missing = ScenarioReader.read(scenario("""
                period: {duration: 24h}
                sweep: {parameter: loops.fws.supplyTemp, values: [30]}
                """));
        assertThatThrownBy(() -> Study.run(missing, f -> { })).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("no field 'supplyTemp'");
    }

    @Test
    void anEventNamingAnUnknownPumpIsRefusedBeforeTheRun() throws IOException {
        Scenario sc = ScenarioReader.read(scenario("""
                period: {duration: 24h}
                events:
                  - {at: 2h, type: pump-trip, pump: nope}
                """));
        assertThatThrownBy(() -> Study.run(sc, f -> { })).hasMessageContaining("nope").hasMessageContaining("fwp-1");
    }

    @Test
    void theKthTraceDrivesTheTanksAndItsEnergyIsTheProfilesEnergy() throws IOException {
        Path trace = Path.of("../../shared/data/traces/KTH-SP2-1996-2.1-cln.swf.gz").toAbsolutePath();
        Scenario sc = ScenarioReader.read(scenario("period: {duration: 72h}\nworkload: {kind: swf, file: " + trace
                + ", policy: easy}\n"));
        List<String> notices = new ArrayList<>();
        Workloads.Built w = Workloads.build(sc, io.liquidtwin.sim.plant.PlantLoader.load(sc.plantFile()), notices);
        double expectedKWh = 0;
        for (int h = 0; h < 72; h++) {
            for (int c = 0; c < w.profile().consumerIds().size(); c++) {
                expectedKWh += w.profile().fraction(c, h) * DESIGN_IT_KW / 6; // 160 kW per tank, 1 h
            }
        }
        StudyResult r = Study.run(sc, f -> { }).runs().get(0);
        assertThat(r.workloadName()).contains("KTH-SP2").contains("EASY");
        assertThat(r.annual().totals().itEnergyKWh()).isCloseTo(expectedKWh, within(expectedKWh * 1e-9));
        assertThat(r.hours().stream().mapToDouble(HourSample::itKw).distinct().count()).isGreaterThan(30); // it varies
    }

    @Test
    void withoutASiteTheScenarioUsesThePlantFilesWeather() throws IOException {
        StudyResult builtIn = Study.run(ScenarioReader.read(scenario("period: {start: 08-01, duration: 24h}\n")),
                f -> { }).runs().get(0);
        assertThat(builtIn.siteName()).containsIgnoringCase("qingdao");
        // the same plant naming an EPW file: August in Beijing, hour by hour from the file
        Path epw = Path.of("../../shared/data/weather/CHN_Beijing.Beijing.545110_IWEC.epw").toAbsolutePath();
        String plant = Files.readString(EXAMPLES.resolve("qingdao-two-phase-1mw.yaml"))
                .replace("weather: qingdao", "weather: " + epw);
        Files.writeString(dir.resolve("beijing.yaml"), plant);
        Path sc = dir.resolve("b.yaml");
        Files.writeString(sc, "plant: beijing.yaml\nperiod: {start: 08-01, duration: 24h}\n");
        StudyResult fromFile = Study.run(ScenarioReader.read(sc), f -> { }).runs().get(0);
        assertThat(fromFile.siteName()).containsIgnoringCase("beijing");
        var hour0 = io.liquidtwin.sim.weather.EpwReader.read(epw).hour(212 * 24); // 1 August 00:00
        assertThat(fromFile.hours().get(0).dryBulbC()).isCloseTo(hour0.dryBulbK() - 273.15, within(1e-9));
    }
}
