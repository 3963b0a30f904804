package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.correlation.FlowArrangement;
import io.liquidtwin.physics.correlation.UaFlowScaling;
import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.physics.fluid.GlycolWater;
import io.liquidtwin.physics.fluid.Water;
import org.junit.jupiter.api.Test;

class PlateHeatExchangerTest {

    static final double C = 273.15;

    /**
     * Acceptance: PG25 1500 L/min entering at 40 °C (hot), water 1600 L/min entering at 25 °C (cold), UA 200 kW/K,
     * counterflow → 1034 kW ± 0.5 %, outlets ≈ 29.70 / 34.33 °C. Volumetric flows are converted with the inlet
     * densities; cp at each stream's mean temperature. We get 1032.9 kW, 29.66 / 34.29 °C: the reference outlets
     * correspond to ASHRAE's PG25 density 1014.5 kg/m³ at 40 °C, ours (Melinder) is 1009.9 (0.45 % lower, inside
     * the 0.5 % band of PHYSICS.md §1), hence the 0.04 K difference, inside the 0.05 K asserted.
     */
    @Test
    void cduAcceptanceCase() {
        Fluid pg = GlycolWater.propylene(0.25);
        Fluid water = Water.iapws();
        double p = 3e5;
        double hotKgS = 1500.0 / 60_000 * pg.densityKgM3(40 + C, p);
        double coldKgS = 1600.0 / 60_000 * water.densityKgM3(25 + C, p);
        PlateHeatExchanger hx = PlateHeatExchanger.fixedUa(200e3);
        double q = hx.rate(pg, hotKgS, 40 + C, water, coldKgS, 25 + C, p);
        System.out.printf("CDU acceptance: Q = %.2f kW, hot out %.3f °C, cold out %.3f °C%n", q / 1e3,
                hx.hotOutletTempK() - C, hx.coldOutletTempK() - C);
        assertThat(q).isCloseTo(1034e3, within(0.005 * 1034e3));
        assertThat(hx.hotOutletTempK() - C).isCloseTo(29.70, within(0.05));
        assertThat(hx.coldOutletTempK() - C).isCloseTo(34.33, within(0.05));
        // energy balance on both streams with the cp the rating used
        assertThat(hotKgS * hx.hotCpJKgK() * (40 + C - hx.hotOutletTempK())).isCloseTo(q, within(1e-6 * q));
        assertThat(coldKgS * hx.coldCpJKgK() * (hx.coldOutletTempK() - 25 - C)).isCloseTo(q, within(1e-6 * q));
        // the cp are those at the mean stream temperatures
        assertThat(hx.hotCpJKgK()).isCloseTo(pg.specificHeatJKgK(0.5 * (40 + C + hx.hotOutletTempK()), p),
                within(1e-6));
    }

    @Test
    void closedFormCounterflowWithEqualCapacityRates() {
        // Cr = 1: ε = NTU/(1 + NTU); C = 10 kW/K, UA = 30 kW/K → ε = 0.75, Q = 0.75·10e3·20
        PlateHeatExchanger hx = PlateHeatExchanger.fixedUa(30e3);
        double q = hx.rate(2.5, 4000, 320, 2.0, 5000, 300);
        assertThat(q).isCloseTo(150e3, within(1e-6));
        assertThat(hx.hotOutletTempK()).isCloseTo(305, within(1e-9));
        assertThat(hx.coldOutletTempK()).isCloseTo(315, within(1e-9));
        // reversed temperatures give the same magnitude, negative
        assertThat(hx.rate(2.5, 4000, 300, 2.0, 5000, 320)).isCloseTo(-150e3, within(1e-6));
    }

    @Test
    void zeroFlowTransfersNothingAndUaScalesWithFlow() {
        PlateHeatExchanger hx = new PlateHeatExchanger(new UaFlowScaling(1e5, 10, 1e5, 10));
        assertThat(hx.rate(0, 4000, 320, 10, 4180, 300)).isZero();
        assertThat(hx.hotOutletTempK()).isEqualTo(320);
        assertThat(hx.coldOutletTempK()).isEqualTo(300);
        hx.rate(5, 4000, 320, 5, 4180, 300);
        assertThat(hx.uaWK()).isCloseTo(5e4 * Math.pow(0.5, 0.8), within(1e-6));
        PlateHeatExchanger cross = new PlateHeatExchanger(new UaFlowScaling(1e9, 1, 1e9, 1),
                FlowArrangement.CROSSFLOW_UNMIXED);
        assertThat(cross.rate(1, 1000, 320, 1, 1000, 300)).isCloseTo(1000 * 20 * cross.effectiveness(), within(1e-6));
        assertThatThrownBy(() -> hx.rate(-1, 4000, 320, 5, 4180, 300)).isInstanceOf(OutOfRangeException.class);
    }

    @Test
    void cduRecordsReproduceTheirStatedApproach() {
        for (CduDesign d : new CduDesign[] {CduDesign.twoMegawatt(), CduDesign.onePointThreeSevenMegawatt()}) {
            double ua = d.designUaWK();
            PlateHeatExchanger hx = PlateHeatExchanger.fixedUa(ua);
            double q = hx.rate(d.secondaryFluid(), d.secondaryMassFlowKgS(), d.secondaryReturnTempK(), d.primaryFluid(),
                    d.primaryMassFlowKgS(), d.primarySupplyTempK(), d.pressurePa());
            assertThat(hx.hotOutletTempK() - d.primarySupplyTempK()).as(d.name()).isCloseTo(d.approachK(),
                    within(1e-6));
            assertThat(q).as(d.name()).isCloseTo(d.designHeatW(), within(1e-6 * d.designHeatW()));
            // the flow-scaled version gives the same UA at the design flows
            assertThat(d.uaScaling(0.5).uaWK(d.secondaryMassFlowKgS(), d.primaryMassFlowKgS())).isCloseTo(ua,
                    within(1e-6 * ua));
        }
        CduDesign two = CduDesign.twoMegawatt();
        assertThat(two.secondaryMassFlowKgS()).isEqualTo(31.5);
        assertThat(two.secondaryPumpPowerW()).isEqualTo(74e3);
        CduDesign small = CduDesign.onePointThreeSevenMegawatt();
        assertThat(small.availablePressurePa()).isEqualTo(244e3);
        assertThat(small.secondaryMassFlowKgS() / small.secondaryFluid().densityKgM3(309.15, 3e5) * 60_000)
                .isCloseTo(1200, within(1e-9));
        // a smaller approach needs a larger UA
        CduDesign tighter = new CduDesign("t", 2e6, 2.0, two.secondaryFluid(), 31.5, two.primaryFluid(), 31.5,
                305.15, 0, 0, 3e5);
        assertThat(tighter.designUaWK()).isGreaterThan(two.designUaWK());
    }
}
