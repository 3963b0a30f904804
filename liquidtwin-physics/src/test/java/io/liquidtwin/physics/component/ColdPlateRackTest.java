package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.fluid.GlycolWater;
import org.junit.jupiter.api.Test;

class ColdPlateRackTest {

    static final double C = 273.15;

    @Test
    void onePointFiveLitresPerMinutePerKilowattOfPg25GivesAboutTenKelvin() {
        GlycolWater pg = GlycolWater.propylene(0.25);
        ColdPlateRackParameters p = new ColdPlateRackParameters(1.0, 60e3, 1.5, 48, 0.01, 0.025, 0.7, 3e-6, 2);
        double inlet = 35 + C;
        double rho = pg.densityKgM3(inlet, 3e5);
        ColdPlateRack rack = new ColdPlateRack(p, rho, inlet);
        double itW = 60e3;
        double flowM3s = 1.5 * 60 / 60_000.0; // 1.5 L/min per kW × 60 kW
        double m = flowM3s * rho;
        // cp at the mean of inlet and outlet, iterated once from the inlet
        double out = rack.outletTemperatureK(inlet, m, pg.specificHeatJKgK(inlet, 3e5), itW);
        out = rack.outletTemperatureK(inlet, m, pg.specificHeatJKgK(0.5 * (inlet + out), 3e5), itW);
        assertThat(out - inlet).isCloseTo(10.0, within(0.5));
        // and exactly the energy balance q = ṁ·cp·ΔT
        assertThat(m * pg.specificHeatJKgK(0.5 * (inlet + out), 3e5) * (out - inlet)).isCloseTo(itW, within(1.0));
    }

    @Test
    void captureSplitsTheItPower() {
        ColdPlateRack rack = new ColdPlateRack(ColdPlateRackParameters.illustrativeGpuRack(), 1014, 310);
        assertThat(rack.heatToLiquidW(100e3)).isCloseTo(94.5e3, within(1e-9));
        assertThat(rack.heatToAirW(100e3) + rack.heatToLiquidW(100e3)).isCloseTo(100e3, within(1e-9));
        assertThat(rack.outletTemperatureK(310, 0, 3900, 1e5)).isEqualTo(310);
    }

    @Test
    void caseTemperatureFollowsTheResistanceFitWithAnExactFirstOrderLag() {
        ColdPlateRackParameters p = ColdPlateRackParameters.illustrativeGpuRack();
        ColdPlateRack rack = new ColdPlateRack(p, 1014, 308.15);
        double plateLpm = 1.5;
        double rackFlow = plateLpm * 48 / 60_000.0;
        double r = 0.010 + 0.025 * Math.pow(plateLpm, -0.7);
        double target = 308.15 + 700 * r;
        assertThat(rack.steadyCaseTemperatureK(308.15, rackFlow, 700)).isCloseTo(target, within(1e-9));
        double t = 0;
        for (double dt : new double[] {0.1, 0.5, 1.3, 4.0}) {
            rack.advance(dt, 308.15, rackFlow, 700);
            t += dt;
            assertThat(rack.caseTemperatureK()).isCloseTo(target + (308.15 - target) * Math.exp(-t / 2.0),
                    within(1e-9));
        }
        // below the fitted range the resistance is held at its value at the lowest fitted flow
        assertThat(p.thermalResistanceKW(0)).isCloseTo(0.010 + 0.025 * Math.pow(0.2, -0.7), within(1e-12));
        // pressure drop at the design flow
        assertThat(rack.pressureDropPa(1.2 / 1014)).isCloseTo(60e3, within(60e3 * 1e-8));
    }
}
