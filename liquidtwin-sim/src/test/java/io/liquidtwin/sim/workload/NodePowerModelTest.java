package io.liquidtwin.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Idle and peak node power against hand arithmetic from PHYSICS.md §5. Chain: components (DC) → node converter
 * (η 0.98) → rectifier (η 0.96) → wall, i.e. P_wall = P_dc / (0.98 · 0.96) = P_dc / 0.9408.
 */
class NodePowerModelTest {

    @Test
    void frontierIdleAndPeak() {
        NodePowerModel f = NodePowerModel.frontierNode();
        // peak DC: 280 + 4·560 + 74 + 4·20 + 30 = 280 + 2240 + 74 + 80 + 30 = 2704 W
        assertThat(f.componentPowerW(1, 1)).isCloseTo(2704.0, within(1e-9));
        // 2704 / 0.9408 = 2874.1496598639… W
        assertThat(f.peakWallPowerW()).isCloseTo(2874.14966, within(1e-5));
        // idle DC: 90 + 4·88 + 74 + 4·20 + 30 = 90 + 352 + 74 + 80 + 30 = 626 W; 626 / 0.9408 = 665.3911564… W
        assertThat(f.componentPowerW(0, 0)).isCloseTo(626.0, within(1e-9));
        assertThat(f.idleWallPowerW()).isCloseTo(665.39116, within(1e-5));
        // CPU idle, GPUs at half: 90 + 4·(88 + 0.5·472) + 184 = 90 + 1296 + 184 = 1570 W
        assertThat(f.componentPowerW(0, 0.5)).isCloseTo(1570.0, within(1e-9));
    }

    @Test
    void summitIdleAndPeakWithoutConversionLosses() {
        NodePowerModel s = NodePowerModel.summitNode();
        // peak: 2·300 + 6·300 + 74.26 + 2·21 + 45 = 600 + 1800 + 74.26 + 42 + 45 = 2561.26 W
        assertThat(s.peakWallPowerW()).isCloseTo(2561.26, within(1e-9));
        // idle: 2·47.25 + 6·75 + 74.26 + 42 + 45 = 94.5 + 450 + 161.26 = 705.76 W
        assertThat(s.idleWallPowerW()).isCloseTo(705.76, within(1e-9));
        // with Frontier's chain: 2561.26 / 0.9408 = 2722.4277211 W
        assertThat(s.withEfficiencies(0.96, 0.98).peakWallPowerW()).isCloseTo(2722.42772, within(1e-5));
    }

    @Test
    void isLinearInUtilisation() {
        NodePowerModel f = NodePowerModel.frontierNode();
        double mid = f.wallPowerW(0.3, 0.7);
        assertThat(mid).isCloseTo(f.wallPowerW(0, 0) + 0.3 * (f.wallPowerW(1, 0) - f.wallPowerW(0, 0))
                + 0.7 * (f.wallPowerW(0, 1) - f.wallPowerW(0, 0)), within(1e-9));
    }

    @Test
    void rejectsUtilisationOutsideZeroToOne() {
        NodePowerModel f = NodePowerModel.frontierNode();
        assertThatThrownBy(() -> f.wallPowerW(1.01, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cpuUtil");
        assertThatThrownBy(() -> f.wallPowerW(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gpuUtil");
        assertThatThrownBy(() -> f.withEfficiencies(0, 0.98)).isInstanceOf(IllegalArgumentException.class);
    }
}
