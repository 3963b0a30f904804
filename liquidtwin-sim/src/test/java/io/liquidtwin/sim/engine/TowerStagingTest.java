package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Tower cells are staged so running fans stay at or above their minimum speed and the demand is kept. */
class TowerStagingTest {

    @Property(tries = 500)
    void stagingKeepsTheDemandAndTheMinimumFanSpeed(@ForAll @DoubleRange(min = 0, max = 1) double share,
                                                    @ForAll @IntRange(min = 1, max = 12) int cells) {
        Elements.TowerBank x = new Elements.TowerBank("ct", null, 0, null, cells);
        HeatRejection.stageCells(x, share);
        assertThat(x.cellsOn).isBetween(0, cells);
        if (share == 0) {
            assertThat(x.cellsOn).isZero();
            return;
        }
        assertThat(x.cellsOn).isPositive();
        assertThat(x.cellFanFraction).isLessThanOrEqualTo(1.0);
        double cellSpeeds = share * cells;
        if (cellSpeeds >= HeatRejection.MIN_CELL_FAN) {
            // running fans never below the minimum, and together they deliver the demanded air (speed·cells)
            assertThat(x.cellFanFraction).isGreaterThanOrEqualTo(HeatRejection.MIN_CELL_FAN - 1e-12);
            assertThat(x.cellFanFraction * x.cellsOn).isCloseTo(cellSpeeds, within(1e-9));
        } else {
            assertThat(x.cellsOn).isEqualTo(1); // less demand than one fan's minimum: one cell runs slower
            assertThat(x.cellFanFraction).isCloseTo(cellSpeeds, within(1e-12));
        }
    }
}
