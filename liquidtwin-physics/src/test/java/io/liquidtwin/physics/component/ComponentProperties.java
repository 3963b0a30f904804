package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.physics.correlation.FlowArrangement;
import io.liquidtwin.physics.correlation.UaFlowScaling;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Monotonicity, bounds and finiteness of the component models over random inputs. */
class ComponentProperties {

    static final double C = 273.15;

    @Property(tries = 1000)
    void pumpRiseFallsWithFlowUpToRunOut(@ForAll @DoubleRange(min = 5e4, max = 5e5) double a0,
                                         @ForAll @DoubleRange(min = -1e6, max = 0) double a1,
                                         @ForAll @DoubleRange(min = -1e9, max = -1e5) double a2,
                                         @ForAll @DoubleRange(min = 0.2, max = 1.0) double speed,
                                         @ForAll @DoubleRange(min = 0, max = 1) double u,
                                         @ForAll @DoubleRange(min = 0, max = 1) double v) {
        PumpCurve c = new PumpCurve(a0, a1, a2, 0.5 * new PumpCurve(a0, a1, a2, 1, 0.8).runOutFlowM3s(), 0.8);
        Pump p = new Pump(c, new PumpDrive(0.95, 0.97, 0.2, 1.0, 5));
        p.setSpeed(speed);
        double runOut = speed * c.runOutFlowM3s(); // affinity: s²·Δp_rated(Q/s) = 0 at Q = s·Q_run-out
        double q1 = Math.min(u, v) * runOut;
        double q2 = Math.max(u, v) * runOut;
        assertThat(c.risePa(q2, speed)).isLessThanOrEqualTo(c.risePa(q1, speed));
        assertThat(p.pressureDropPa(q2)).isGreaterThanOrEqualTo(p.pressureDropPa(q1));
        assertThat(p.pressureDropDerivative(q1)).isPositive();
        assertThat(p.electricPowerW(q1)).isFinite().isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 1000)
    void valveDropRisesWithFlowAndFallsWithOpening(@ForAll ValveCharacteristic characteristic,
                                                   @ForAll @DoubleRange(min = 0.1, max = 500) double kv,
                                                   @ForAll @DoubleRange(min = 0, max = 1) double x1,
                                                   @ForAll @DoubleRange(min = 0, max = 1) double x2,
                                                   @ForAll @DoubleRange(min = -0.05, max = 0.05) double q1,
                                                   @ForAll @DoubleRange(min = -0.05, max = 0.05) double q2) {
        Valve a = new Valve(new ValveParameters(kv, characteristic, 50, 30, 1e-4), Math.min(x1, x2));
        Valve b = new Valve(new ValveParameters(kv, characteristic, 50, 30, 1e-4), Math.max(x1, x2));
        double lo = Math.min(q1, q2);
        double hi = Math.max(q1, q2);
        assertThat(a.pressureDropPa(hi)).isGreaterThanOrEqualTo(a.pressureDropPa(lo));
        assertThat(a.pressureDropDerivative(lo)).isPositive().isFinite();
        // at the same flow, the more open valve has the smaller |Δp|
        assertThat(Math.abs(b.pressureDropPa(hi))).isLessThanOrEqualTo(Math.abs(a.pressureDropPa(hi)));
    }

    @Property(tries = 300)
    void twoPhaseTankStaysFiniteOnItsSaturationCurveAndConservesEnergyPerStep(
            @ForAll @DoubleRange(min = 0, max = 50e3) double itW,
            @ForAll @DoubleRange(min = 20, max = 40) double waterC,
            @ForAll @DoubleRange(min = 0.5, max = 5) double waterKgS,
            @ForAll @DoubleRange(min = 1, max = 3600) double dtS,
            @ForAll @IntRange(min = 1, max = 5) int steps,
            @ForAll @DoubleRange(min = 0, max = 1e6) double pool) {
        TwoPhaseTank t = new TwoPhaseTank(TwoPhaseTankTest.tank(pool, CondenserCoil.fixedUa(5000),
                new ReliefValve(200e3, 0.05), 1e-6, TwoPhaseTankTest.gpus()));
        for (int i = 0; i < steps; i++) {
            double mOld = t.vapourMassKg();
            t.step(dtS, itW, waterC + C, waterKgS, 4180);
            double ts = t.saturationTemperatureK();
            assertThat(t.pressurePa()).isFinite().isPositive();
            assertThat(ts).isCloseTo(TwoPhaseTankTest.FK.saturationTemperatureK(t.pressurePa()),
                    org.assertj.core.api.Assertions.within(1e-9));
            for (double v : new double[] {t.boilingHeatW(), t.condenserHeatW(), t.vapourLossRateKgS(),
                t.fluidInventoryKg(), t.deviceSurfaceTemperatureK(0), t.deviceChfMargin(1), t.condenserUaWK()}) {
                assertThat(v).isFinite();
            }
            if (dtS <= TwoPhaseTankParameters.DEFAULT_MAX_SUBSTEP_S) {
                // one substep: h_fg(T)·Δm_v/Δt = Q_boil − Q_cond − h_fg(T)·(ṁ_relief + ṁ_leak)
                double hfg = TwoPhaseTankTest.FK.latentHeatJKg(ts);
                double lhs = hfg * (t.vapourMassKg() - mOld) / dtS;
                double rhs = t.boilingHeatW() - t.condenserHeatW() - hfg * t.vapourLossRateKgS();
                assertThat(lhs).isCloseTo(rhs, org.assertj.core.api.Assertions.within(1e-6 * (itW + 1e3)));
            }
        }
    }

    @Property(tries = 1000)
    void dryCoolerHeatIsBoundedByTheMinimumCapacityRate(
            @ForAll @DoubleRange(min = 0, max = 30) double liquidKgS,
            @ForAll @DoubleRange(min = 10, max = 60) double liquidC,
            @ForAll @DoubleRange(min = -20, max = 45) double dryBulbC,
            @ForAll @DoubleRange(min = 0, max = 1) double depression,
            @ForAll @DoubleRange(min = 0, max = 1) double fan,
            @ForAll boolean pads) {
        DryCooler d = HeatRejectionTest.dryCooler(0.8);
        double wetBulbC = dryBulbC - depression * 15;
        double q = d.rate(liquidKgS, 3900, liquidC + C, dryBulbC + C, wetBulbC + C, fan, pads);
        double cMin = Math.min(liquidKgS * 3900, fan * 40 * 1006);
        double dtMax = liquidC + C - d.airInletTempK();
        assertThat(Math.abs(q)).isLessThanOrEqualTo(cMin * Math.abs(dtMax) * (1 + 1e-12) + 1e-9);
        assertThat(q * dtMax).isGreaterThanOrEqualTo(0);
        assertThat(d.airInletTempK()).isBetween(wetBulbC + C, dryBulbC + C);
        assertThat(d.waterEvaporatedKgS()).isGreaterThanOrEqualTo(0);
    }

    @Property(tries = 500)
    void coolingTowerLeavingWaterLiesBetweenWetBulbAndInlet(
            @ForAll @DoubleRange(min = 1, max = 200) double waterKgS,
            @ForAll @DoubleRange(min = 15, max = 50) double inletC,
            @ForAll @DoubleRange(min = -25, max = 30) double wetBulbC,
            @ForAll @DoubleRange(min = 0.05, max = 1) double fan) {
        CoolingTower t = HeatRejectionTest.tower();
        t.rate(waterKgS, 4180, inletC + C, wetBulbC + C, fan);
        double lo = Math.min(inletC, wetBulbC) + C;
        double hi = Math.max(inletC, wetBulbC) + C;
        assertThat(t.waterOutletTempK()).isBetween(lo - 1e-9, hi + 1e-9);
        assertThat(t.makeupKgS()).isCloseTo(t.evaporationKgS() + t.driftKgS() + t.blowdownKgS(),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(t.heatW()).isFinite();
    }

    @Property(tries = 1000)
    void heatExchangerRespectsTheSecondLawAndBalancesBothStreams(
            @ForAll @DoubleRange(min = 0, max = 50) double hotKgS,
            @ForAll @DoubleRange(min = 0, max = 50) double coldKgS,
            @ForAll @DoubleRange(min = 280, max = 360) double hotK,
            @ForAll @DoubleRange(min = 280, max = 360) double coldK,
            @ForAll @DoubleRange(min = 1, max = 1e6) double ua,
            @ForAll FlowArrangement arrangement) {
        PlateHeatExchanger hx = new PlateHeatExchanger(UaFlowScaling.fromDesignUa(ua, 0.5, 10, 10), arrangement);
        double q = hx.rate(hotKgS, 3900, hotK, coldKgS, 4180, coldK);
        double cMin = Math.min(hotKgS * 3900, coldKgS * 4180);
        assertThat(Math.abs(q)).isLessThanOrEqualTo(cMin * Math.abs(hotK - coldK) * (1 + 1e-12) + 1e-9);
        // (hotK − T_out) is a difference of ~300 K values: its rounding (ulp ≈ 6e-14 K) times C_hot bounds the error
        assertThat(hotKgS * 3900 * (hotK - hx.hotOutletTempK())).isCloseTo(q,
                org.assertj.core.api.Assertions.within(1e-9 * Math.abs(q) + hotKgS * 3900 * 1e-12 * 400));
        // outlets never cross the other stream's inlet
        assertThat(hx.hotOutletTempK()).isBetween(Math.min(hotK, coldK) - 1e-9, Math.max(hotK, coldK) + 1e-9);
    }

    @Property(tries = 500)
    void passiveElementsHavePositiveSlopesEverywhere(@ForAll @DoubleRange(min = -0.2, max = 0.2) double q,
                                                    @ForAll @DoubleRange(min = 1, max = 2) double n,
                                                    @ForAll @DoubleRange(min = 0.01, max = 0.5) double diameter) {
        PowerLawResistance r = new PowerLawResistance(5e4, 2.0, n, 1000);
        Pipe pipe = new Pipe(new PipeGeometry(30, diameter, 4.5e-5, 2.0), 1000, 1e-3);
        for (FlowLaw law : List.<FlowLaw>of(r, pipe)) {
            assertThat(law.pressureDropDerivative(q)).isPositive().isFinite();
            assertThat(law.pressureDropPa(q) * q).isGreaterThanOrEqualTo(0);
            assertThat(law.pressureDropPa(q + 1e-3)).isGreaterThan(law.pressureDropPa(q));
        }
    }
}
