package io.liquidtwin.sim.plant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated groups and counts: generated ids, group-local names, omit, merged errors, limits. */
class GroupExpansionTest {

    @TempDir
    Path dir;

    private static final String ROWS = """
            name: rows
            loops:
              - {id: fws, kind: facility, supplyTempSetpointC: 30}
            groups:
              - id: row
                count: 12
                omit: [rack-12-2]
                loops:
                  - {id: tcs, kind: technology, supplyTempSetpointC: 34}
                equipment:
                  cdus:
                    - {id: cdu, model: cdu-1370kw, primaryLoop: fws, secondaryLoop: tcs}
                  coldPlateRacks:
                    - {id: rack, model: ocp-cold-plate-rack, loop: tcs, count: 2, itPowerKw: 100}
            equipment:
              pumps:
                - {id: fwp, model: facility-pump-100ls, loop: fws, count: 2, standby: 1}
              dryCoolers:
                - {id: dc, model: dry-cooler-500kw, loop: fws, count: 6}
            """;

    @Test
    void groupsExpandWithPaddedSuffixes() {
        Plant p = PlantLoader.load(Fixtures.write(dir, "plant.yaml", ROWS));
        assertThat(p.cdus()).extracting(Cdu::id).startsWith("cdu-01", "cdu-02").endsWith("cdu-12").hasSize(12);
        assertThat(p.loops()).extracting(Loop::id).startsWith("fws", "tcs-01").hasSize(13);
        assertThat(p.coldPlateRacks()).extracting(ColdPlateRack::id).startsWith("rack-01-1", "rack-01-2", "rack-02-1")
                .contains("rack-12-1").doesNotContain("rack-12-2").hasSize(23);
        assertThat(p.cdus().get(6).secondaryLoopId()).isEqualTo("tcs-07");
        assertThat(p.cdus().get(6).primaryLoopId()).isEqualTo("fws");
        assertThat(p.coldPlateRacks().get(13).loopId()).isEqualTo("tcs-07");
    }

    @Test
    void omittingAnIdTheGroupDoesNotMakeIsAnError() {
        List<PlantError> errs = Fixtures.errors(dir, ROWS.replace("rack-12-2", "rack-13-1"));
        assertThat(errs).hasSize(1);
        assertThat(errs.get(0).line()).isEqualTo(7);
        assertThat(errs.get(0).yamlPath()).isEqualTo("groups[0].omit[0]");
        assertThat(errs.get(0).message()).startsWith("omit: 'rack-13-1' is not an id this group generates; generated "
                + "ids look like tcs-01 … tcs-12, cdu-01 … cdu-12, rack-01-1 … rack-12-2");
    }

    @Test
    void theSameProblemInEveryCopyIsReportedOnceWithACount() {
        List<PlantError> errs = Fixtures.errors(dir, ROWS.replace("count: 2, itPowerKw: 100",
                "count: 2, itPowerKw: 100, maxCaseTempC: 40"));
        assertThat(errs).hasSize(1);
        assertThat(errs.get(0).line()).isEqualTo(14);
        assertThat(errs.get(0).yamlPath()).isEqualTo("groups[0].equipment.coldPlateRacks[0]");
        assertThat(errs.get(0).message()).startsWith("cold-plate rack 'rack-01-1' cannot carry its design load")
                .endsWith("(and 22 more generated items like it)");
    }

    @Test
    void unknownLoopInAGroupIsReportedOnce() {
        List<PlantError> errs = Fixtures.errors(dir, ROWS.replace("primaryLoop: fws", "primaryLoop: fwz"));
        assertThat(errs).hasSize(1);
        assertThat(errs.get(0).yamlPath()).isEqualTo("groups[0].equipment.cdus[0].primaryLoop");
        assertThat(errs.get(0).message()).startsWith("unknown loop 'fwz' (did you mean 'fws'?); known loops: fws, "
                + "tcs-01, tcs-02");
    }

    @Test
    void hugeCountsAreRefusedNotExpanded() {
        String yaml = ROWS.replace("count: 12", "count: 9000").replace("count: 2, itPowerKw", "count: 9000, itPowerKw");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            List<PlantError> errs = Fixtures.errors(dir, yaml);
            assertThat(errs).extracting(PlantError::message).anyMatch(m -> m.contains("a plant may expand to at most"));
        });
    }
}
