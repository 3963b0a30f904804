package io.liquidtwin.sim.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.fluid.Water;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in catalogue, model overrides, local catalogue entries and the conversion of every kind to SI. */
class CatalogueAndConversionTest {

    @TempDir
    Path dir;

    /** A plant using every equipment kind, every optional section and a local catalogue entry. */
    static final String KITCHEN_SINK = """
            name: kitchen-sink
            description: every kind of equipment once
            formatVersion: 1
            site: {name: test site, designDryBulbC: 30, designWetBulbC: 22, altitudeM: 500}
            catalogue:
              cdus:
                my-cdu:
                  designHeatKw: 800
                  approachK: 2.5
                  secondaryDesignFlowKgS: 20
                  availableHeadKpa: 180
                  secondaryPumpPowerKw: 6
                  primaryDesignFlowLpm: 1100
                  primaryDpKpa: 50
                  primaryValveKv: 120
                  primaryValveCharacteristic: linear
            loops:
              - id: fws
                kind: facility
                supplyTempSetpointC: 30
                designDeltaTK: 8
                staticPressureKpaGauge: 300
                header: {lengthM: 100, diameterMm: 200, roughnessMm: 0.05, minorLossK: 10}
                heatRejectionOrder: [dc, ct, ch]
              - {id: tcs-a, kind: technology, coolant: water, supplyTempSetpointC: 34}
              - {id: tcs-b, kind: technology, coolant: EG30, supplyTempSetpointC: 34}
            equipment:
              pumps:
                - {id: fwp, model: facility-pump-30ls, loop: fws, count: 3, standby: 1, efficiency: 0.8}
              cdus:
                - {id: cdu-a, model: my-cdu, primaryLoop: fws, secondaryLoop: tcs-a,
                   primaryPipe: {lengthM: 10, diameterMm: 80}}
                - {id: cdu-b, model: cdu-1370kw, primaryLoop: fws, secondaryLoop: tcs-b, approachK: 3.5,
                   secondaryDpSetpointKpa: 150}
              coldPlateRacks:
                - {id: cp, model: ocp-cold-plate-rack, loop: tcs-b, itPowerKw: 100, nodes: 8}
              twoPhaseTanks:
                - {id: tp, model: two-phase-tank-160kw, loop: tcs-a, itPowerKw: 120, fluid: fc-72}
              singlePhaseTanks:
                - {id: sp, model: single-phase-tank-100kw, loop: tcs-a, itPowerKw: 80,
                   branchPipe: {lengthM: 5, diameterMm: 50}}
              dryCoolers:
                - {id: dc, model: dry-cooler-500kw, loop: fws, count: 2, adiabatic: true}
              coolingTowers:
                - {id: ct, model: closed-circuit-tower-1mw, loop: fws}
              chillers:
                - {id: ch, model: air-cooled-chiller-1mw, loop: fws}
              heatReuse:
                - {id: hr, loop: fws, designCapacityKw: 100, demandKw: 60, districtReturnC: 25}
            electrical:
              transformer: {ratedKw: 1000, efficiency: 0.99}
              ups: {efficiency: [{loadFraction: 0.5, efficiency: 0.95}, {loadFraction: 1, efficiency: 0.96}]}
              lightingKw: 3
              otherLoadsKw: 4
            controls:
              controlIntervalS: 30
              cduSupplyTempPi: {kpPerK: 0.1, tiS: 90}
              cduPumpPi: {kpPerKpa: 0.01}
              facilityDpSetpointKpa: 80
            """;

    @Test
    void builtInCatalogueHasNoErrors() {
        assertThat(Catalogue.builtInErrors()).isEmpty();
    }

    @Test
    void everyKindLoadsAndIsConvertedToSi() {
        Plant p = PlantLoader.load(Fixtures.write(dir, "plant.yaml", KITCHEN_SINK));
        double atm = 101_325 * Math.pow(1 - 2.25577e-5 * 500, 5.25588);
        Site site = p.site().orElseThrow();
        assertThat(site.designDryBulbK()).isCloseTo(303.15, within(1e-9));
        assertThat(site.atmosphericPressurePa()).isCloseTo(atm, within(1e-6));

        Loop fws = p.loop("fws").orElseThrow();
        assertThat(fws.staticPressurePa()).isCloseTo(atm + 300e3, within(1e-6));
        assertThat(fws.designDeltaTK()).isEqualTo(8);
        assertThat(fws.header().orElseThrow().diameterM()).isCloseTo(0.2, within(1e-15));
        assertThat(fws.header().orElseThrow().roughnessM()).isCloseTo(0.05e-3, within(1e-15));
        assertThat(fws.header().orElseThrow().minorLossK()).isEqualTo(10);
        assertThat(fws.heatRejectionOrder()).containsExactly("dc", "ct", "ch");
        assertThat(fws.coolant().fluid()).isSameAs(Water.iapws());
        assertThat(p.loop("tcs-b").orElseThrow().coolant().id()).isEqualTo("EG30");
        assertThat(p.loop("tcs-a").orElseThrow().designDeltaTK()).isZero();

        Pump pump = p.pumps().get(0);
        assertThat(pump.runningCount()).isEqualTo(2);
        assertThat(pump.ratedFlowM3s()).isCloseTo(0.03, within(1e-12));
        assertThat(pump.efficiency()).isEqualTo(0.8); // overridden
        assertThat(pump.headPa(0)).isEqualTo(260e3);
        assertThat(pump.headPa(0.03)).isCloseTo(200e3, within(1e-6));
        assertThat(pump.model()).contains("facility-pump-30ls");

        Cdu a = p.cdus().get(0);
        assertThat(a.model()).contains("my-cdu");
        assertThat(a.secondaryDesignFlowKgS()).isEqualTo(20);
        double rho = Water.iapws().densityKgM3(307.15, atm + 200e3);
        assertThat(a.secondaryDesignFlowM3s()).isCloseTo(20 / rho, within(1e-12));
        assertThat(a.primaryValveCoefficient()).isCloseTo(120 / 3600.0 / Math.sqrt(1e5), within(1e-15));
        assertThat(a.primaryValveCharacteristic()).isEqualTo(ValveCharacteristic.LINEAR);
        assertThat(a.secondarySupplySetpointK()).isCloseTo(307.15, within(1e-9));
        Pipe pipe = a.primaryPipe().orElseThrow();
        assertThat(pipe.lengthM()).isEqualTo(10);
        assertThat(pipe.diameterM()).isCloseTo(0.08, within(1e-15));
        assertThat(pipe.roughnessM()).isCloseTo(0.045e-3, within(1e-15));
        assertThat(pipe.minorLossK()).isZero();
        Cdu b = p.cdus().get(1);
        assertThat(b.approachK()).isEqualTo(3.5); // override of the catalogue's 4 K
        assertThat(b.secondaryDpSetpointPa()).isEqualTo(150e3);
        // default valve: a third of the primary pressure drop at design flow across the open valve
        assertThat(b.primaryValveCoefficient()).isCloseTo(0.02 / Math.sqrt(70e3 / 3), within(1e-12));
        assertThat(b.filterDpGrowthPaPerS()).isCloseTo(2e3 / 3.6e6, within(1e-15));

        ColdPlateRack cp = p.coldPlateRacks().get(0);
        ThermalResistanceFit fit = cp.caseResistance().orElseThrow();
        assertThat(fit.resistanceKPerW(1.2 / 60_000)).isCloseTo(0.012 + 0.0116 * Math.pow(1.2, -0.8), within(1e-15));
        assertThat(fit.resistanceKPerW(0)).isEqualTo(fit.resistanceKPerW(0.3 / 60_000)); // held below the fit
        assertThat(fit.minimumFitFlowM3s()).isCloseTo(0.3 / 60_000, within(1e-18));
        assertThat(cp.maxCaseTempK()).isCloseTo(358.15, within(1e-9));

        TwoPhaseTank tp = p.twoPhaseTanks().get(0);
        assertThat(tp.fluidId()).isEqualTo("fc-72"); // overridden
        assertThat(tp.vapourSpaceVolumeM3()).isCloseTo(0.4, within(1e-12));
        assertThat(tp.deviceAreaM2()).isCloseTo(0.015, within(1e-12));
        assertThat(tp.vapourLossKgPerS()).isCloseTo(5 / (365.25 * 86_400), within(1e-15));

        SinglePhaseTank sp = p.singlePhaseTanks().get(0);
        assertThat(sp.fluidId()).isEqualTo("pao");
        assertThat(sp.hxUaWPerK()).isEqualTo(20e3);
        assertThat(sp.branchPipe()).isPresent();

        assertThat(p.dryCoolers().get(0).adiabaticAboveK()).isCloseTo(298.15, within(1e-9));
        assertThat(p.coolingTowers().get(0).driftFraction()).isEqualTo(0.00002);
        assertThat(p.chillers().get(0).economiser()).isTrue();
        HeatReuse hr = p.heatReuse().get(0);
        assertThat(hr.demandW()).isEqualTo(60e3);
        assertThat(hr.approachK()).isEqualTo(3);

        Electrical e = p.electrical();
        assertThat(e.transformer().ratedPowerW()).isEqualTo(1e6);
        assertThat(e.transformer().efficiencyAt(5e5)).isEqualTo(0.99);
        assertThat(e.ups().ratedPowerW()).isCloseTo(p.totalItPowerW() / 0.8, within(1e-6));
        assertThat(e.ups().efficiencyAt(0.75 * e.ups().ratedPowerW())).isCloseTo(0.955, within(1e-12));
        assertThat(e.pdu().points()).isNotEmpty();
        assertThat(e.lightingW()).isEqualTo(3e3);

        Controls c = p.controls();
        assertThat(c.controlIntervalS()).isEqualTo(30);
        assertThat(c.cduSupplyTemp()).isEqualTo(new PiGains(0.1, 90));
        assertThat(c.cduPump()).isEqualTo(new PiGains(1e-5, 30));
        assertThat(c.facilityDpSetpointPa()).isEqualTo(80e3);
        assertThat(p.totalItPowerW()).isEqualTo(300e3);
    }

    @Test
    void localCatalogueEntriesAreCheckedWithTheirOwnLines() {
        String yaml = KITCHEN_SINK.replace("approachK: 2.5", "approachK: -1");
        List<PlantError> errs = Fixtures.errors(dir, yaml);
        assertThat(errs).hasSize(1);
        assertThat(errs.get(0).line()).isEqualTo(9);
        assertThat(errs.get(0).yamlPath()).isEqualTo("catalogue.cdus.my-cdu.approachK");
        assertThat(errs.get(0).message()).contains("-1 K is out of range");
    }

    @Test
    void localCatalogueMayNotShadowTheBuiltInOne() {
        String yaml = KITCHEN_SINK.replace("my-cdu", "cdu-2mw");
        assertThat(Fixtures.errors(dir, yaml)).extracting(PlantError::message)
                .containsExactly("CDU model 'cdu-2mw' is already in the built-in catalogue; choose another name, or "
                        + "name the built-in model with 'model:' and override fields on the item");
    }

    @Test
    void placementFieldsDoNotBelongInTheCatalogue() {
        String yaml = KITCHEN_SINK.replace("      primaryValveCharacteristic: linear",
                "      primaryValveCharacteristic: linear\n      primaryLoop: fws");
        PlantError e = Fixtures.errors(dir, yaml).get(0);
        assertThat(e.yamlPath()).isEqualTo("catalogue.cdus.my-cdu.primaryLoop");
        assertThat(e.message()).startsWith("unknown field 'primaryLoop'");
    }
}
