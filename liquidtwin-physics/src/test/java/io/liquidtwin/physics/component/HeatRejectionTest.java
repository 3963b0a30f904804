package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.correlation.CrossflowUnmixedHx;
import io.liquidtwin.physics.correlation.FlowArrangement;
import org.junit.jupiter.api.Test;

/** Dry cooler, cooling tower, chiller, economiser and heat reuse. */
class HeatRejectionTest {

    static final double C = 273.15;

    static DryCooler dryCooler(double pad) {
        return new DryCooler(new DryCoolerParameters(60e3, 40, 15, 0.75, 0.5, 12e3, pad,
                FlowArrangement.CROSSFLOW_UNMIXED));
    }

    @Test
    void dryCoolerAtDesignIsCrossflowEffectivenessNtu() {
        DryCooler d = dryCooler(0);
        double q = d.rate(15, 4000, 45 + C, 30 + C, 22 + C, 1.0, false);
        double cAir = 40 * 1006;
        double cLiq = 15 * 4000;
        double cmin = Math.min(cAir, cLiq);
        double eff = CrossflowUnmixedHx.effectiveness(60e3 / cmin, cmin / Math.max(cAir, cLiq));
        assertThat(d.uaWK()).isCloseTo(60e3, within(1e-6));
        assertThat(q).isCloseTo(eff * cmin * 15, within(1e-6));
        assertThat(cLiq * (45 + C - d.liquidOutletTempK())).isCloseTo(q, within(1e-6));
        assertThat(cAir * (d.airOutletTempK() - 30 - C)).isCloseTo(q, within(1e-6));
        assertThat(d.fanPowerW()).isCloseTo(12e3, within(1e-9));
        assertThat(d.waterEvaporatedKgS()).isZero();
    }

    @Test
    void dryCoolerFanLawsAndUaScaling() {
        DryCooler d = dryCooler(0);
        d.rate(7.5, 4000, 45 + C, 30 + C, 22 + C, 0.5, false);
        assertThat(d.fanPowerW()).isCloseTo(12e3 / 8, within(1e-9));
        double air = 60e3 / 0.75 * Math.sqrt(0.5);
        double liquid = 60e3 / 0.25 * Math.pow(0.5, 0.8);
        assertThat(d.uaWK()).isCloseTo(1 / (1 / air + 1 / liquid), within(1e-6));
        assertThat(d.rate(7.5, 4000, 45 + C, 30 + C, 22 + C, 0, false)).isZero();
        assertThat(d.liquidOutletTempK()).isEqualTo(45 + C);
    }

    @Test
    void adiabaticPadsCoolTheAirTowardWetBulbAndEvaporateTheMatchingWater() {
        DryCooler wet = dryCooler(0.85);
        DryCooler dry = dryCooler(0.85);
        double qWet = wet.rate(15, 4000, 40 + C, 35 + C, 21 + C, 1.0, true);
        double qDry = dry.rate(15, 4000, 40 + C, 35 + C, 21 + C, 1.0, false);
        assertThat(wet.airInletTempK()).isCloseTo(35 + C - 0.85 * 14, within(1e-9));
        assertThat(qWet).isGreaterThan(qDry);
        // sensible heat given up by the air = latent heat taken by the water (h_fg(21 °C) ≈ 2451 kJ/kg)
        assertThat(wet.waterEvaporatedKgS() * 2451.2e3).isCloseTo(40 * 1006 * 0.85 * 14, within(40 * 1006 * 12 * 2e-3));
        // frozen pads are not wetted
        wet.rate(15, 4000, 40 + C, 2 + C, -1 + C, 1.0, true);
        assertThat(wet.waterEvaporatedKgS()).isZero();
        assertThatThrownBy(() -> wet.rate(15, 4000, 40 + C, 20 + C, 21 + C, 1, true))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("wet-bulb");
    }

    static CoolingTower tower() {
        return new CoolingTower(new CoolingTowerParameters(CoolingTowerType.OPEN, 2.0, -0.6, 30, 15e3, 0, 2e-5, 4,
                101_325));
    }

    @Test
    void coolingTowerWaterBalanceAndWetBulbDependence() {
        CoolingTower t = tower();
        double q = t.rate(40, 4180, 35 + C, 22 + C, 1.0);
        assertThat(q).isPositive();
        assertThat(40 * 4180 * (35 + C - t.waterOutletTempK())).isCloseTo(q, within(1e-6 * q));
        assertThat(t.waterOutletTempK()).isGreaterThan(22 + C).isLessThan(35 + C);
        // water balance: make-up = evaporation + drift + blow-down; solids: COC = M/(B + D)
        assertThat(t.makeupKgS()).isCloseTo(t.evaporationKgS() + t.driftKgS() + t.blowdownKgS(), within(1e-15));
        assertThat(t.makeupKgS() / (t.blowdownKgS() + t.driftKgS())).isCloseTo(4, within(1e-12));
        assertThat(t.driftKgS()).isCloseTo(40 * 2e-5, within(1e-15));
        double hfg = 2_501_000 - 2369 * (0.5 * (35 + C + t.waterOutletTempK()) - C);
        assertThat(t.evaporationKgS()).isCloseTo(q / hfg, within(1e-12));
        // a lower wet-bulb gives colder leaving water; dry-bulb is not an input at all
        double warm = t.waterOutletTempK();
        t.rate(40, 4180, 35 + C, 15 + C, 1.0);
        assertThat(t.waterOutletTempK()).isLessThan(warm);
        t.rate(40, 4180, 35 + C, -10 + C, 1.0);
        assertThat(t.waterOutletTempK()).isLessThan(warm).isGreaterThan(-10 + C);
        // fan law
        t.rate(40, 4180, 35 + C, 22 + C, 0.6);
        assertThat(t.fanPowerW()).isCloseTo(15e3 * 0.216, within(1e-9));
        assertThat(t.waterOutletTempK()).isGreaterThan(warm);
    }

    @Test
    void coolingTowerWithHugeNtuSaturatesTheAirAtTheWaterInletEnthalpy() {
        // NTU → ∞ with m* < 1: ε_a = 1, Q = ṁ_a·(h_s(T_w,in) − h_s(T_wb)); ASHRAE Fundamentals Table 2 gives
        // h_s(30 °C) = 100.0 kJ/kg and h_s(20 °C) = 57.54 kJ/kg (with the enhancement factor; ±0.5 % here)
        CoolingTower t = new CoolingTower(new CoolingTowerParameters(CoolingTowerType.OPEN, 500, 0, 10, 1, 0, 0, 3,
                101_325));
        double q = t.rate(200, 4180, 30 + C, 20 + C, 1.0);
        assertThat(q).isCloseTo(10 * (100.0e3 - 57.54e3), within(10 * 42.46e3 * 0.01));
    }

    @Test
    void chillerEnergyBalanceIsExactAndCopFollowsCarnotAndPartLoad() {
        Chiller ch = new Chiller(ChillerParameters.waterCooledCentrifugal(1e6));
        double evap = 7 + C;
        double cond = 30 + C;
        ch.run(1e6, evap, cond);
        assertThat(ch.condenserHeatW()).isEqualTo(ch.evaporatorHeatW() + ch.workW());
        assertThat(ch.fullLoadCop()).isCloseTo(0.55 * evap / 23, within(1e-12));
        assertThat(ch.cop()).isCloseTo(ch.fullLoadCop(), within(1e-12));
        ch.run(5e5, evap, cond);
        double eir = 0.222 + 0.313 * 0.5 + 0.465 * 0.25;
        assertThat(ch.cop()).isCloseTo(0.5 * ch.fullLoadCop() / eir, within(1e-12));
        assertThat(ch.condenserHeatW()).isEqualTo(ch.evaporatorHeatW() + ch.workW());
        ch.run(1.2e6, evap, cond);
        assertThat(ch.unmetLoadW()).isCloseTo(2e5, within(1e-6));
        ch.run(0, evap, cond);
        assertThat(ch.workW()).isZero();
        assertThat(ch.cop()).isZero();
        // tiny lift: COP capped, never infinite
        ch.run(1e6, evap, evap - 3);
        assertThat(ch.fullLoadCop()).isEqualTo(12.0);
    }

    @Test
    void economiserSwitchesOnTheWetBulbPlusApproachWithHysteresis() {
        Economiser e = new Economiser(5.0, 1.0, 0.5);
        double set = 18 + C;
        double ret = 28 + C;
        assertThat(e.update(25 + C, set, ret)).isEqualTo(EconomiserMode.MECHANICAL); // 30 ≥ 27
        assertThat(e.update(21.6 + C, set, ret)).isEqualTo(EconomiserMode.MECHANICAL); // 26.6 > 26.5: in the band
        assertThat(e.update(21 + C, set, ret)).isEqualTo(EconomiserMode.PARTIAL);
        assertThat(e.update(21.9 + C, set, ret)).isEqualTo(EconomiserMode.PARTIAL); // stays until 27
        assertThat(e.update(12.8 + C, set, ret)).isEqualTo(EconomiserMode.PARTIAL); // 17.8 > 17.5
        assertThat(e.update(12.4 + C, set, ret)).isEqualTo(EconomiserMode.FREE_COOLING);
        assertThat(e.update(12.9 + C, set, ret)).isEqualTo(EconomiserMode.FREE_COOLING); // 17.9 ≤ 18
        assertThat(e.update(13.1 + C, set, ret)).isEqualTo(EconomiserMode.PARTIAL);
        assertThat(e.freeCoolingTempK()).isCloseTo(18.1 + C, within(1e-9));
        assertThat(e.update(22.1 + C, set, ret)).isEqualTo(EconomiserMode.MECHANICAL);
    }

    @Test
    void heatReuseIsCappedByDemandAndByTheExchanger() {
        HeatReuseExchanger r = HeatReuseExchanger.fixedUa(30e3);
        // C = 10 kW/K both sides, NTU 3, Cr 1: ε = 0.75, available 0.75·10e3·(45 − 35) = 75 kW
        assertThat(r.rate(2.5, 4000, 45 + C, 2.5, 4000, 35 + C, 1e6)).isCloseTo(75e3, within(1e-6));
        assertThat(r.hotOutletTempK()).isCloseTo(37.5 + C, within(1e-9));
        assertThat(r.rate(2.5, 4000, 45 + C, 2.5, 4000, 35 + C, 40e3)).isCloseTo(40e3, within(1e-9));
        assertThat(r.availableW()).isCloseTo(75e3, within(1e-6));
        assertThat(r.districtOutletTempK()).isCloseTo(39 + C, within(1e-9));
        // a district loop warmer than the waste heat takes nothing
        assertThat(r.rate(2.5, 4000, 30 + C, 2.5, 4000, 35 + C, 1e6)).isZero();
    }
}
