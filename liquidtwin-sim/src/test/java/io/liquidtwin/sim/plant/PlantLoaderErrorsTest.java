package io.liquidtwin.sim.plant;

import static io.liquidtwin.sim.plant.Fixtures.MINIMAL;
import static io.liquidtwin.sim.plant.Fixtures.errors;
import static io.liquidtwin.sim.plant.Fixtures.minimalWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each class of plant-file error: the right file, line, YAML path and message. */
class PlantLoaderErrorsTest {

    @TempDir
    Path dir;

    private static PlantError only(List<PlantError> errors) {
        assertThat(errors).as("errors: %s", errors).hasSize(1);
        return errors.get(0);
    }

    private void assertError(PlantError e, int line, String path, String messagePart) {
        assertThat(e.file()).isEqualTo(dir.resolve("plant.yaml").toString());
        assertThat(e.line()).as("line of %s", e).isEqualTo(line);
        assertThat(e.yamlPath()).as("path of %s", e).isEqualTo(path);
        assertThat(e.message()).as("message of %s", e).contains(messagePart);
    }

    @Test
    void theMinimalPlantLoads() {
        Plant p = PlantLoader.load(Fixtures.write(dir, "plant.yaml", MINIMAL));
        assertThat(p.coldPlateRacks()).extracting(ColdPlateRack::id).containsExactly("rack-1", "rack-2", "rack-3",
                "rack-4");
        assertThat(p.loop("tcs-1").orElseThrow().coolant().id()).isEqualTo("PG25");
    }

    // ---- reading the file ------------------------------------------------------------------------------------

    @Test
    void missingFile() {
        Path missing = dir.resolve("missing.yaml");
        assertThatThrownBy(() -> PlantLoader.load(missing)).isInstanceOfSatisfying(PlantFileException.class, e -> {
            PlantError err = only(e.errors());
            assertThat(err.line()).isZero();
            assertThat(err.toString()).isEqualTo(missing + ": cannot read the plant file: no such file");
        });
    }

    @Test
    void directoryInsteadOfAFile() {
        assertThatThrownBy(() -> PlantLoader.load(dir)).isInstanceOfSatisfying(PlantFileException.class,
                e -> assertThat(only(e.errors()).message()).isEqualTo("cannot read the plant file: it is a directory"));
    }

    @Test
    void byteOrderMarkIsAccepted() {
        assertThat(PlantLoader.load(Fixtures.write(dir, "bom.yaml", "\uFEFF" + MINIMAL)).name()).isEqualTo("minimal");
    }

    @Test
    void malformedYamlNamesTheLine() {
        assertError(only(errors(dir, "name: x\nloops:\n  - {id: fws, kind: [facility\n")), 4, "",
                "not valid YAML");
    }

    @Test
    void emptyFile() {
        assertError(only(errors(dir, "")), 1, "", "the plant file is empty");
        assertError(only(errors(dir, "# only a comment\n")), 1, "", "the plant file is empty");
    }

    @Test
    void wrongTopLevelType() {
        assertError(only(errors(dir, "- a\n- b\n")), 1, "", "must be a mapping of fields");
        assertError(only(errors(dir, "just text\n")), 1, "", "must be a mapping of fields");
    }

    @Test
    void notUtf8() throws Exception {
        Path f = dir.resolve("plant.yaml");
        Files.write(f, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> PlantLoader.load(f)).isInstanceOfSatisfying(PlantFileException.class,
                e -> assertThat(only(e.errors()).message()).contains("not UTF-8"));
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                sb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            sb.append("]\n");
        }
        String bomb = sb.toString();
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            PlantError e = only(errors(dir, bomb));
            assertThat(e.message()).containsAnyOf("too large", "aliases");
        });
    }

    @Test
    void recursiveAliasIsRefused() {
        assertThat(errors(dir, "name: &n [a, *n]\n")).isNotEmpty();
        assertThat(errors(dir, "loops: &l\n  - *l\n")).isNotEmpty();
    }

    // ---- values ----------------------------------------------------------------------------------------------

    @Test
    void wrongType() {
        assertError(only(errors(dir, minimalWith("itPowerKw: 130", "itPowerKw: abc"))), 11,
                "equipment.coldPlateRacks[0].itPowerKw", "expected a number in kW, found 'abc'");
    }

    @Test
    void unitWrittenIntoTheValue() {
        assertError(only(errors(dir, minimalWith("itPowerKw: 130", "itPowerKw: 130 kW"))), 11,
                "equipment.coldPlateRacks[0].itPowerKw", "write the number alone");
    }

    @Test
    void nonFiniteNumber() {
        assertError(only(errors(dir, minimalWith("itPowerKw: 130", "itPowerKw: .inf"))), 11,
                "equipment.coldPlateRacks[0].itPowerKw", "finite");
    }

    @Test
    void outOfRange() {
        assertError(only(errors(dir, minimalWith("itPowerKw: 130", "itPowerKw: 130, captureFraction: 1.2"))), 11,
                "equipment.coldPlateRacks[0].captureFraction", "1.2 is out of range: expected between 0 and 1");
        assertError(only(errors(dir, minimalWith("supplyTempSetpointC: 32", "supplyTempSetpointC: -40"))), 3,
                "loops[0].supplyTempSetpointC", "-40 °C is out of range: expected between 5 °C and 70 °C");
    }

    @Test
    void missingRequiredField() {
        assertError(only(errors(dir, minimalWith(", itPowerKw: 130", ""))), 11, "equipment.coldPlateRacks[0]",
                "missing field 'itPowerKw' (a number in kW)");
    }

    @Test
    void missingModelFieldWithoutACatalogueModel() {
        List<PlantError> errs = errors(dir, minimalWith("model: cdu-1370kw, ", ""));
        assertThat(errs).extracting(PlantError::message).contains("missing field 'approachK' (a number in K); give it "
                + "here or name a catalogue model with 'model:'");
        assertThat(errs).allSatisfy(e -> assertError(e, 9, "equipment.cdus[0]", "missing field"));
    }

    @Test
    void unknownFieldWithDidYouMean() {
        assertError(only(errors(dir, minimalWith("itPowerKw: 130", "itPowerKw: 130, captureFracton: 0.9"))), 11,
                "equipment.coldPlateRacks[0].captureFracton",
                "unknown field 'captureFracton' (did you mean 'captureFraction'?)");
        assertError(only(errors(dir, minimalWith("name: minimal", "name: minimal\nloop: []"))), 2, "loop",
                "unknown field 'loop' (did you mean 'loops'?)");
    }

    @Test
    void duplicateField() {
        assertError(only(errors(dir, minimalWith("name: minimal", "name: minimal\nname: again"))), 2, "name",
                "duplicate field 'name' (first given at line 1)");
    }

    @Test
    void mergeKeysAreRefusedWithAHint() {
        assertThat(errors(dir, minimalWith("name: minimal", "name: minimal\nx: &x {a: 1}\n<<: *x")))
                .extracting(PlantError::message).anyMatch(m -> m.contains("merge keys"));
    }

    // ---- ids and references ----------------------------------------------------------------------------------

    @Test
    void duplicateIds() {
        String yaml = minimalWith("    - {id: dc,", "    - {id: fwp, model: dry-cooler-500kw, loop: fws}\n    - {id: dc,");
        assertError(only(errors(dir, yaml)), 13, "equipment.dryCoolers[0].id",
                "duplicate equipment id 'fwp' (also used by the pump bank at line 7)");
        String twice = minimalWith("  - {id: tcs-1,", "  - {id: fws, kind: facility, supplyTempSetpointC: 30}\n"
                + "  - {id: tcs-1,");
        assertError(only(errors(dir, twice)), 4, "loops[1].id", "duplicate loop id 'fws' (also defined at line 3)");
    }

    @Test
    void unknownLoopReadsLikeACompilerMessage() {
        // the CDU whose loop is unknown might serve tcs-1: "tcs-1 is served by no CDU" is not reported on top
        PlantError e = only(errors(dir, minimalWith("secondaryLoop: tcs-1", "secondaryLoop: tcs-9")));
        assertError(e, 9, "equipment.cdus[0].secondaryLoop", "unknown loop 'tcs-9'");
        assertThat(e.toString()).isEqualTo(dir.resolve("plant.yaml") + ":9: equipment.cdus[0].secondaryLoop: "
                + "unknown loop 'tcs-9' (did you mean 'tcs-1'?); known loops: fws, tcs-1");
    }

    @Test
    void wrongLoopKind() {
        assertError(only(errors(dir, minimalWith("loop: tcs-1, count: 4", "loop: fws, count: 4"))), 11,
                "equipment.coldPlateRacks[0].loop",
                "'fws' is a facility loop, but cold-plate racks sit on a technology loop behind a CDU");
    }

    @Test
    void unknownCatalogueModel() {
        assertError(only(errors(dir, minimalWith("model: cdu-1370kw", "model: cdu-3mw"))), 9,
                "equipment.cdus[0].model", "unknown CDU model 'cdu-3mw' (did you mean 'cdu-2mw'?); catalogue cdus: "
                        + "cdu-2mw, cdu-1370kw");
    }

    @Test
    void unknownCoolantAndFluids() {
        assertError(only(errors(dir, minimalWith("coolant: PG25", "coolant: PG75"))), 4, "loops[1].coolant",
                "outside the modelled 10–60 %");
        assertError(only(errors(dir, minimalWith("coolant: PG25", "coolant: glycol"))), 4, "loops[1].coolant",
                "unknown coolant 'glycol'");
        assertError(only(errors(dir, minimalWith("coolant: PG25", "coolant: hfe-7100"))), 4, "loops[1].coolant",
                "is a two-phase fluid");
        String tank = MINIMAL + "  twoPhaseTanks:\n    - {id: t, model: two-phase-tank-160kw, loop: tcs-1, "
                + "itPowerKw: 100, fluid: novec-7000}\n";
        assertError(only(errors(dir, tank)), 15, "equipment.twoPhaseTanks[0].fluid",
                "unknown dielectric fluid 'novec-7000'");
        String oil = tank.replace("novec-7000", "pao");
        assertError(only(errors(dir, oil)), 15, "equipment.twoPhaseTanks[0].fluid", "is single-phase");
    }

    @Test
    void ashraeClassLimit() {
        assertError(only(errors(dir, minimalWith("supplyTempSetpointC: 32}", "supplyTempSetpointC: 32, "
                + "ashraeClass: W27}"))), 3, "loops[0].supplyTempSetpointC", "above the W27 class limit of 27 °C");
    }

    // ---- topology --------------------------------------------------------------------------------------------

    @Test
    void facilityLoopWithoutPumps() {
        List<PlantError> errs = errors(dir, minimalWith("    - {id: fwp, model: facility-pump-30ls, loop: fws, "
                + "count: 2, standby: 1}\n", ""));
        assertThat(errs).hasSize(2);
        assertError(errs.get(0), 3, "loops[0]", "open loop: facility loop 'fws' has no pumps");
        assertError(errs.get(1), 10, "equipment.coldPlateRacks[0]", "has no cooling path");
    }

    @Test
    void facilityLoopWithoutHeatRejection() {
        List<PlantError> errs = errors(dir, minimalWith("  dryCoolers:\n    - {id: dc, model: dry-cooler-500kw, "
                + "loop: fws, count: 2}\n", ""));
        assertError(errs.get(0), 3, "loops[0]", "facility loop 'fws' has no heat rejection");
        // and so no rack has a cooling path: one error for the four copies of the rack
        assertThat(errs).hasSize(2);
        assertError(errs.get(1), 11, "equipment.coldPlateRacks[0]", "cold-plate rack 'rack-1' has no cooling path: "
                + "the facility loop(s) of its CDUs (fws) lack pumps or heat rejection (and 3 more generated items "
                + "like it)");
    }

    @Test
    void technologyLoopNotServedByACduAndRackWithoutCoolingPath() {
        String yaml = MINIMAL.replace("  dryCoolers:", "    - {id: lonely, model: ocp-cold-plate-rack, loop: tcs-2, "
                + "itPowerKw: 50}\n  dryCoolers:").replace("loops:\n", "loops:\n  - {id: tcs-2, kind: technology, "
                + "supplyTempSetpointC: 36}\n");
        List<PlantError> errs = errors(dir, yaml);
        assertThat(errs).hasSize(2);
        assertError(errs.get(0), 3, "loops[0]", "open loop: technology loop 'tcs-2' is served by no CDU");
        assertError(errs.get(1), 13, "equipment.coldPlateRacks[1]",
                "cold-plate rack 'lonely' has no cooling path: its loop 'tcs-2' is served by no CDU");
    }

    @Test
    void loopsWithoutConsumers() {
        String yaml = MINIMAL.replace("loops:\n", "loops:\n  - {id: tcs-2, kind: technology, supplyTempSetpointC: 36}\n"
                + "  - {id: fws-2, kind: facility, supplyTempSetpointC: 30}\n");
        List<PlantError> errs = errors(dir, yaml);
        assertThat(errs).extracting(PlantError::message).containsExactlyInAnyOrder(
                "open loop: technology loop 'tcs-2' is served by no CDU (none has secondaryLoop: tcs-2), so nothing "
                        + "pumps or cools it",
                "open loop: technology loop 'tcs-2' has no consumers (coldPlateRacks, twoPhaseTanks or "
                        + "singlePhaseTanks with loop: tcs-2)",
                "open loop: facility loop 'fws-2' has no pumps (add an equipment.pumps item with loop: fws-2)",
                "open loop: facility loop 'fws-2' has no consumers (no CDU has primaryLoop: fws-2 and no heat-reuse "
                        + "exchanger sits on it)",
                "facility loop 'fws-2' has no heat rejection (dryCoolers, coolingTowers or chillers with loop: fws-2): "
                        + "its heat has nowhere to go");
    }

    @Test
    void heatRejectionOrderMustListTheLoopsUnits() {
        String yaml = minimalWith("supplyTempSetpointC: 32}", "supplyTempSetpointC: 32, heatRejectionOrder: "
                + "[dx, cdu-1]}");
        List<PlantError> errs = errors(dir, yaml);
        assertThat(errs).extracting(PlantError::message).containsExactly(
                "unknown equipment 'dx' in heatRejectionOrder (did you mean 'dc'?); heat-rejection units on loop "
                        + "'fws': dc",
                "'cdu-1' is a CDU, not a heat-rejection unit (dry cooler, cooling tower or chiller)",
                "heatRejectionOrder leaves out dc; list every heat-rejection unit of the loop once, in the order the "
                        + "water meets them");
    }

    // ---- design load -----------------------------------------------------------------------------------------

    @Test
    void cdusCannotCarryTheHeat() {
        PlantError e = only(errors(dir, minimalWith("secondaryLoop: tcs-1", "secondaryLoop: tcs-1, designHeatKw: "
                + "400")));
        // 4 racks x 130 kW x 0.87 = 452.4 kW > 400 kW
        assertError(e, 4, "loops[1]", "technology loop 'tcs-1' carries 452.4 kW of IT heat to liquid, more than its "
                + "CDUs are rated for: 400 kW (cdu-1 400 kW)");
    }

    @Test
    void cdusCannotDeliverTheFlow() {
        PlantError e = only(errors(dir, minimalWith("count: 4, itPowerKw: 130", "count: 9, itPowerKw: 80")));
        assertError(e, 4, "loops[1]", "need 1350 L/min at their design flows, more than its CDUs' rated secondary "
                + "flow 1200 L/min");
    }

    @Test
    void cdusCannotDeliverTheHead() {
        PlantError e = only(errors(dir, minimalWith("itPowerKw: 130", "itPowerKw: 130, designDpKpa: 300")));
        assertError(e, 4, "loops[1]", "'rack-1' needs 300 kPa at its design flow, more than the 244 kPa its CDUs "
                + "make available");
    }

    @Test
    void cduCannotReachItsSetpoint() {
        PlantError e = only(errors(dir, minimalWith("secondaryLoop: tcs-1", "secondaryLoop: tcs-1, "
                + "secondarySupplySetpointC: 34")));
        assertError(e, 9, "equipment.cdus[0]", "CDU 'cdu-1' cannot reach its secondary supply setpoint 34 °C: "
                + "facility supply 32 °C + approach 4 K = 36 °C");
    }

    @Test
    void heatRejectionTooSmallAtDesignAmbient() {
        String yaml = minimalWith("name: minimal", "name: minimal\nsite: {designDryBulbC: 35, designWetBulbC: 24}")
                .replace("loop: fws, count: 2}", "loop: fws, count: 1}");
        PlantError e = only(errors(dir, yaml));
        // return 42 degC, air 35 degC: 500 kW x (42 - 35) / (45 - 25) = 175 kW < 452.4 kW + 12 kW
        assertError(e, 4, "loops[0]", "facility loop 'fws' must reject 464.4 kW (IT heat to liquid 452.4 kW + CDU "
                + "pumps 12 kW) but its heat rejection carries 175 kW at design conditions");
    }

    @Test
    void pumpsCannotDeliverTheFlow() {
        PlantError e = only(errors(dir, minimalWith("count: 2, standby: 1}", "count: 2, standby: 1, ratedFlowLpm: "
                + "300}")));
        assertError(e, 3, "loops[0]", "but its 1 running pumps deliver 300 L/min at rated flow");
    }

    @Test
    void pumpsCannotDeliverTheHead() {
        PlantError e = only(errors(dir, minimalWith("count: 2, standby: 1}", "count: 2, standby: 1, ratedHeadKpa: "
                + "20, shutoffHeadKpa: 25}")));
        assertError(e, 3, "loops[0]", "facility pumps make ");
        assertThat(e.message()).contains("worst CDU branch cdu-1");
    }

    @Test
    void rackCaseTooHot() {
        PlantError e = only(errors(dir, minimalWith("itPowerKw: 130", "itPowerKw: 130, maxCaseTempC: 50")));
        assertError(e, 11, "equipment.coldPlateRacks[0]", "cold-plate rack 'rack-1' cannot carry its design load: "
                + "case temperature");
        assertThat(e.message()).contains("(and 3 more generated items like it)");
    }

    @Test
    void twoPhaseTankLimits() {
        String base = MINIMAL.replace("count: 4, itPowerKw: 130", "count: 2, itPowerKw: 130")
                + "  twoPhaseTanks:\n    - {id: t, model: two-phase-tank-160kw, loop: tcs-1, itPowerKw: 150}\n";
        assertThat(PlantLoader.load(Fixtures.write(dir, "ok.yaml", base)).twoPhaseTanks()).hasSize(1);
        assertError(only(errors(dir, base.replace("itPowerKw: 150}", "itPowerKw: 150, condenserUaKwPerK: 5}"))), 15,
                "equipment.twoPhaseTanks[0]", "cannot condense its design load below the relief setting");
        assertError(only(errors(dir, base.replace("itPowerKw: 150}", "itPowerKw: 150, deviceAreaMm2: 800}"))), 15,
                "equipment.twoPhaseTanks[0]", "reaches the critical heat flux");
        assertThat(errors(dir, base.replace("itPowerKw: 150}", "itPowerKw: 170}"))).extracting(PlantError::message)
                .anyMatch(m -> m.contains("170 kW of IT heat exceeds the tank's design heat 160 kW"));
    }

    // ---- all at once -----------------------------------------------------------------------------------------

    @Test
    void severalErrorsAreAllReportedInLineOrder() {
        String yaml = """
                name: several
                loops:
                  - {id: fws, kind: facilty, supplyTempSetpointC: 32}
                  - {id: tcs-1, kind: technology, coolant: PG25, supplyTempSetpointC: 360}
                equipment:
                  pumps:
                    - {id: fwp, model: facility-pump-30ls, loop: fws, count: 2, standby: 2}
                  cdus:
                    - {id: cdu-1, model: cdu-3mw, primaryLoop: fws, secondaryLoop: tcs-9}
                  coldPlateRacks:
                    - {id: rack, model: ocp-cold-plate-rack, loop: tcs-1, count: 4, itPowerKw: -130, nodez: 3}
                  dryCoolers:
                    - {id: dc, model: dry-cooler-500kw, loop: fws, count: 2, adiabatic: maybe}
                """;
        List<PlantError> errs = errors(dir, yaml);
        assertThat(errs).extracting(PlantError::line).containsExactly(3, 4, 7, 9, 9, 11, 11, 13);
        assertThat(errs).extracting(PlantError::yamlPath).containsExactly("loops[0].kind",
                "loops[1].supplyTempSetpointC", "equipment.pumps[0].standby", "equipment.cdus[0].model",
                "equipment.cdus[0].secondaryLoop", "equipment.coldPlateRacks[0].itPowerKw",
                "equipment.coldPlateRacks[0].nodez", "equipment.dryCoolers[0].adiabatic");
        assertThat(errs.get(0).message()).isEqualTo("'facilty' is not one of facility, technology (did you mean "
                + "'facility'?)");
        assertThat(errs.get(6).message()).isEqualTo("unknown field 'nodez' (did you mean 'nodes'?)");
    }

    @Test
    void exceptionMessageListsEveryError() {
        Path f = Fixtures.write(dir, "plant.yaml", minimalWith("itPowerKw: 130", "itPowerKw: x, foo: 1"));
        assertThatThrownBy(() -> PlantLoader.load(f)).isInstanceOf(PlantFileException.class)
                .hasMessageStartingWith("2 errors in plant file " + f)
                .hasMessageContaining(f + ":11: equipment.coldPlateRacks[0].foo: unknown field 'foo'")
                .hasMessageContaining(f + ":11: equipment.coldPlateRacks[0].itPowerKw: expected a number in kW");
    }

    @Test
    void loadingFromTextNamesTheSource() {
        assertThatThrownBy(() -> PlantLoader.load("name: [", "inline.yaml"))
                .isInstanceOfSatisfying(PlantFileException.class,
                        e -> assertThat(e.errors().get(0).file()).isEqualTo("inline.yaml"));
        assertThat(PlantLoader.load(MINIMAL, "inline.yaml").sourceFile()).isEqualTo("inline.yaml");
    }
}
