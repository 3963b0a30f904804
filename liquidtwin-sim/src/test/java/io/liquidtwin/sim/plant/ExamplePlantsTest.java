package io.liquidtwin.sim.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The example plants load and hold what they claim; expected values are computed here independently. */
class ExamplePlantsTest {

    private static Plant load(String name) {
        return PlantLoader.load(Fixtures.examples().resolve(name));
    }

    @ParameterizedTest
    @FieldSource("io.liquidtwin.sim.plant.Fixtures#EXAMPLES")
    void everyExampleLoadsWithoutErrors(String name) {
        Plant p = load(name);
        assertThat(p.name()).isEqualTo(name.replace(".yaml", ""));
        assertThat(p.sourceFile()).endsWith(name);
        // Every technology loop is served by a CDU whose primary loop is a facility loop.
        for (Loop l : p.loops(LoopKind.TECHNOLOGY)) {
            assertThat(p.cdusServing(l.id())).as(l.id()).isNotEmpty();
            assertThat(p.loop(p.cdusServing(l.id()).get(0).primaryLoopId()).orElseThrow().kind())
                    .isEqualTo(LoopKind.FACILITY);
        }
    }

    @Test
    void qingdaoIsAboutOneMegawattOfTwoPhaseTanks() {
        Plant p = load("qingdao-two-phase-1mw.yaml");
        assertThat(p.twoPhaseTanks()).extracting(TwoPhaseTank::id)
                .containsExactly("tank-1", "tank-2", "tank-3", "tank-4", "tank-5", "tank-6");
        assertThat(p.totalItPowerW()).isEqualTo(6 * 160e3);
        assertThat(p.totalItPowerW()).isCloseTo(1e6, within(0.05e6));
        TwoPhaseTank t = p.twoPhaseTanks().get(0);
        assertThat(t.fluidId()).isEqualTo("fk-5-1-12");
        assertThat(t.fluid().saturationTemperatureK(101_325) - 273.15).isCloseTo(50, within(2.0));
        assertThat(t.condenserDesignFlowM3s()).isCloseTo(250 / 60_000.0, within(1e-12));
        assertThat(t.condenserUaWPerK()).isEqualTo(30e3);
        // relief 20 kPa gauge over the atmosphere at 76 m (ICAO standard atmosphere)
        double atm = 101_325 * Math.pow(1 - 2.25577e-5 * 76, 5.25588);
        assertThat(t.reliefPressurePa()).isCloseTo(atm + 20e3, within(1e-6));
        assertThat(p.cdus()).singleElement().satisfies(c -> {
            assertThat(c.designHeatW()).isEqualTo(2e6);
            assertThat(c.approachK()).isEqualTo(3);
            assertThat(c.secondaryDesignFlowKgS()).isEqualTo(31.5);
            assertThat(c.secondaryPumpPowerW()).isEqualTo(15e3); // the item overrides the catalogue's 74 kW
            assertThat(c.secondarySupplySetpointK()).isCloseTo(308.15, within(1e-9));
        });
        Loop fws = p.loop("fws").orElseThrow();
        assertThat(fws.heatRejectionOrder()).containsExactly("dc", "ct");
        assertThat(fws.supplyTempSetpointK()).isCloseTo(305.15, within(1e-9));
        assertThat(p.dryCoolers()).singleElement().satisfies(d -> {
            assertThat(d.adiabatic()).isTrue();
            assertThat(d.count()).isEqualTo(3);
        });
        assertThat(p.coolingTowers()).singleElement().extracting(CoolingTower::type)
                .isEqualTo(TowerType.CLOSED_CIRCUIT);
        assertThat(p.chillers()).isEmpty();
    }

    @Test
    void aiPodHasEightRacksOf132KwWith115KwToLiquid() {
        Plant p = load("ai-pod-cold-plate.yaml");
        assertThat(p.coldPlateRacks()).hasSize(8);
        assertThat(p.coldPlateRacks()).extracting(ColdPlateRack::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 8).mapToObj(i -> "rack-" + i).toList());
        for (ColdPlateRack r : p.coldPlateRacks()) {
            assertThat(r.itPowerW()).isEqualTo(132e3);
            assertThat(r.heatToLiquidW()).isCloseTo(115e3, within(0.5e3));
            assertThat(r.designFlowM3s()).isCloseTo(150 / 60_000.0, within(1e-12));
            assertThat(r.branchPipe()).isPresent();
        }
        assertThat(p.cdus()).singleElement().satisfies(c -> {
            assertThat(c.designHeatW()).isEqualTo(1.37e6);
            assertThat(c.secondaryDesignFlowM3s()).isCloseTo(0.02, within(1e-12));
            assertThat(c.availableHeadPa()).isEqualTo(244e3);
        });
        assertThat(p.loop("tcs").orElseThrow().coolant().id()).isEqualTo("PG25");
        Loop fws = p.loop("fws").orElseThrow();
        assertThat(fws.ashraeClass()).contains(AshraeClass.W45);
        assertThat(fws.supplyTempSetpointK()).isLessThanOrEqualTo(45 + 273.15);
        assertThat(p.dryCoolers()).isNotEmpty();
        assertThat(p.coolingTowers()).isEmpty();
    }

    @Test
    void frontierHas25CdusOf3RacksWithOneEmptyPosition() {
        Plant p = load("frontier-like.yaml");
        assertThat(p.cdus()).hasSize(25);
        assertThat(p.loops()).hasSize(26);
        assertThat(p.coldPlateRacks()).hasSize(74);
        assertThat(p.cdus().get(0).id()).isEqualTo("cdu-01");
        assertThat(p.cdus().get(24).id()).isEqualTo("cdu-25");
        assertThat(p.cdusServing("tcs-07")).extracting(Cdu::id).containsExactly("cdu-07");
        assertThat(p.coldPlateRacks()).extracting(ColdPlateRack::id).contains("rack-01-1", "rack-25-2")
                .doesNotContain("rack-25-3");
        assertThat(p.coldPlateRacks().stream().mapToInt(ColdPlateRack::nodes).sum()).isEqualTo(9_472);
        // Rack peak from the RAPS node numbers (PHYSICS.md section 5), computed independently.
        double node = 280 + 4 * 560 + 74.26 + 4 * 20 + 30;
        double nodeIn = (node + 13) / 0.98;
        double chassisDc = 16 * nodeIn + 4 * 250;
        double rack = 8 * 4 * ((chassisDc / 4 + 17) / 0.96);
        for (ColdPlateRack r : p.coldPlateRacks()) {
            assertThat(r.itPowerW()).isCloseTo(rack, within(50.0));
            assertThat(r.captureFraction()).isEqualTo(0.945);
        }
        assertThat(p.totalItPowerW()).isCloseTo(74 * rack, within(74 * 50.0));
        assertThat(p.cdus()).allSatisfy(c -> assertThat(c.secondaryPumpPowerW()).isEqualTo(8_473));
        assertThat(p.site().orElseThrow().designWetBulbK()).isCloseTo(290, within(1e-9));
        assertThat(p.coolingTowers()).isNotEmpty();
        assertThat(p.controls().controlIntervalS()).isEqualTo(15);
    }

    @Test
    void summitHas257CdusOfOneRackOf18Nodes() {
        Plant p = load("summit-like.yaml");
        assertThat(p.cdus()).hasSize(257);
        assertThat(p.loops(LoopKind.TECHNOLOGY)).hasSize(257);
        assertThat(p.loops(LoopKind.FACILITY)).hasSize(1);
        assertThat(p.coldPlateRacks()).hasSize(257);
        assertThat(p.cdus().get(0).id()).isEqualTo("cdu-001");
        assertThat(p.cdus().get(256).id()).isEqualTo("cdu-257");
        assertThat(p.cdusServing("tcs-123")).extracting(Cdu::id).containsExactly("cdu-123");
        double node = 2 * 300 + 6 * 300 + 74.26 + 2 * 21 + 45;
        for (ColdPlateRack r : p.coldPlateRacks()) {
            assertThat(r.nodes()).isEqualTo(18);
            assertThat(r.itPowerW()).isCloseTo(18 * node, within(1.0));
        }
        assertThat(p.totalItPowerW()).isCloseTo(257 * 18 * node, within(257.0));
        assertThat(p.controls().controlIntervalS()).isEqualTo(10);
    }

    @Test
    void theSpeedBenchmarkLoadsQuickly() {
        Path summit = Fixtures.examples().resolve("summit-like.yaml");
        PlantLoader.load(summit); // warm up
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> PlantLoader.load(summit));
    }
}
