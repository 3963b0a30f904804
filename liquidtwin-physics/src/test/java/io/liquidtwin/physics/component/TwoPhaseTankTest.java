package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.correlation.Cooper;
import io.liquidtwin.physics.correlation.NusseltCondensation;
import io.liquidtwin.physics.correlation.Rohsenow;
import io.liquidtwin.physics.correlation.ZuberChf;
import io.liquidtwin.physics.fluid.DielectricCatalogue;
import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoPhaseTankTest {

    static final TwoPhaseFluid FK = DielectricCatalogue.standard().twoPhase("fk-5-1-12");
    static final double R = 8.31446261815324;
    static final double WATER_CP = 4180;
    static final double C = 273.15;

    static TwoPhaseTankParameters tank(double poolHeatCapacityJK, CondenserCoil coil, ReliefValve relief,
                                       double leakKgS, List<BoilingDevice> devices) {
        return new TwoPhaseTankParameters(FK, 0.5, 700, poolHeatCapacityJK, 101_325, coil, relief, leakKgS, 100,
                devices);
    }

    static List<BoilingDevice> gpus() {
        return List.of(new BoilingDevice("gpu0", 8e-3, 0.3, BoilingCorrelation.rohsenow(0.0055, 1.7)),
                new BoilingDevice("cpu0", 5e-3, 0.1, BoilingCorrelation.rohsenow(0.004, 1.7), ZuberChf.LIENHARD_DHIR_K));
    }

    /** Vapour mass from the ideal-gas law on the saturation curve, independently of the tank's code. */
    static double vapourMass(double pressurePa, double volumeM3) {
        return pressurePa * FK.molarMassKgMol() * volumeM3 / (R * FK.saturationTemperatureK(pressurePa));
    }

    @Test
    void steadyStateBoilsAndCondensesTheItHeatAtTheClosedFormTemperature() {
        double pool = TwoPhaseTankParameters.liquidHeatCapacityJK(FK, 500, 322);
        TwoPhaseTank t = new TwoPhaseTank(tank(pool, CondenserCoil.fixedUa(5000), new ReliefValve(200e3, 0.05), 0,
                gpus()));
        double it = 50e3;
        double tw = 35 + C;
        double mw = 2.0;
        for (int i = 0; i < 360; i++) {
            t.step(10, it, tw, mw, WATER_CP);
        }
        assertThat(t.boilingHeatW()).isCloseTo(it, within(it * 1e-6));
        assertThat(t.condenserHeatW()).isCloseTo(it, within(it * 1e-6));
        assertThat(t.saturationTemperatureK()).isCloseTo(FK.saturationTemperatureK(t.pressurePa()), within(1e-9));
        // Cr = 0 condenser: IT = (1 − e^(−UA/Cw))·Cw·(Tsat − Tw,in)
        double cw = mw * WATER_CP;
        double expected = tw + it / (cw * (1 - Math.exp(-5000 / cw)));
        assertThat(t.saturationTemperatureK()).isCloseTo(expected, within(1e-5));
        assertThat(t.vapourMassKg()).isCloseTo(vapourMass(t.pressurePa(), 0.5), within(1e-9));
        assertThat(t.reliefOpen()).isFalse();
        assertThat(t.fluidInventoryKg()).isEqualTo(700);

        TwoPhaseTank direct = new TwoPhaseTank(tank(pool, CondenserCoil.fixedUa(5000), new ReliefValve(200e3, 0.05),
                0, gpus()));
        direct.initialiseSteadyState(it, tw, mw, WATER_CP);
        assertThat(direct.saturationTemperatureK()).isCloseTo(expected, within(1e-8));
        // one step of an hour from the initial state lands on the same steady state
        TwoPhaseTank hour = new TwoPhaseTank(tank(pool, CondenserCoil.fixedUa(5000), new ReliefValve(200e3, 0.05), 0,
                gpus()));
        hour.step(3600, it, tw, mw, WATER_CP);
        assertThat(hour.saturationTemperatureK()).isCloseTo(expected, within(1e-4));
    }

    @Test
    void withoutCondenserWaterThePressureReachesReliefAtTheClosedFormTime() {
        double relief = 150e3;
        double q = 1000;
        double t = timeToRelief(0, relief, q);
        double p0 = 101_325;
        double t0 = FK.saturationTemperatureK(p0);
        double tr = FK.saturationTemperatureK(relief);
        // h_fg from the fluid's Watson relation at the mean of the start and relief saturation temperatures
        double hfg = FK.latentHeatJKg(0.5 * (t0 + tr));
        double closedForm = (vapourMass(relief, 0.5) - vapourMass(p0, 0.5)) * hfg / q;
        System.out.printf("two-phase tank relief time: model %.3f s, closed form %.3f s (%+.3f %%)%n", t, closedForm,
                100 * (t / closedForm - 1));
        assertThat(t).isCloseTo(closedForm, within(0.01 * closedForm));
        // and against ∫ h_fg dm_v by a fine trapezoid rule (the model's h_fg varies with T_sat)
        double integral = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double pa = p0 + (relief - p0) * i / n;
            double pb = p0 + (relief - p0) * (i + 1) / n;
            double ha = FK.latentHeatJKg(FK.saturationTemperatureK(pa));
            double hb = FK.latentHeatJKg(FK.saturationTemperatureK(pb));
            integral += 0.5 * (ha + hb) * (vapourMass(pb, 0.5) - vapourMass(pa, 0.5));
        }
        assertThat(t).isCloseTo(integral / q, within(0.001 * integral / q));
    }

    @Test
    void poolHeatCapacityAddsItsSensibleHeatToTheTimeToRelief() {
        double relief = 150e3;
        double q = 20e3;
        double pool = 400e3;
        double t = timeToRelief(pool, relief, q);
        double p0 = 101_325;
        double t0 = FK.saturationTemperatureK(p0);
        double tr = FK.saturationTemperatureK(relief);
        double hfg = FK.latentHeatJKg(0.5 * (t0 + tr));
        double closedForm = ((vapourMass(relief, 0.5) - vapourMass(p0, 0.5)) * hfg + pool * (tr - t0)) / q;
        assertThat(t).isCloseTo(closedForm, within(0.01 * closedForm));
    }

    /** Steps of 0.25 s with the condenser water stopped; the crossing time is interpolated linearly in p. */
    private static double timeToRelief(double pool, double relief, double q) {
        TwoPhaseTank t = new TwoPhaseTank(tank(pool, CondenserCoil.fixedUa(5000), new ReliefValve(relief, 0.05), 0,
                gpus()));
        double dt = 0.25;
        double time = 0;
        double pPrev = t.pressurePa();
        for (int i = 0; i < 1_000_000; i++) {
            t.step(dt, q, 35 + C, 0, WATER_CP);
            time += dt;
            assertThat(t.condenserHeatW()).isZero();
            if (t.pressurePa() >= relief) {
                return time - dt * (t.pressurePa() - relief) / (t.pressurePa() - pPrev);
            }
            pPrev = t.pressurePa();
        }
        throw new AssertionError("relief pressure never reached");
    }

    @Test
    void reliefVentsTheVapourTheHeatMakesAndTheInventoryFallsByWhatLeaves() {
        double leak = 1e-5;
        TwoPhaseTank t = new TwoPhaseTank(tank(0, CondenserCoil.fixedUa(5000), new ReliefValve(150e3, 0.05), leak,
                gpus()));
        double q = 2000;
        for (int i = 0; i < 400; i++) {
            t.step(30, q, 35 + C, 0, WATER_CP);
        }
        assertThat(t.reliefOpen()).isTrue();
        // steady venting: h_fg(T)·(ṁ_relief + ṁ_leak) = Q
        double hfg = FK.latentHeatJKg(t.saturationTemperatureK());
        assertThat(t.vapourLossRateKgS() * hfg).isCloseTo(q, within(q * 1e-6));
        assertThat(t.reliefFlowKgS()).isCloseTo(0.05 * (t.pressurePa() - 150e3) / 15e3, within(1e-12));
        assertThat(t.leakedMassKg()).isCloseTo(leak * 12_000, within(1e-12));
        assertThat(t.fluidInventoryKg()).isCloseTo(700 - t.ventedMassKg() - t.leakedMassKg(), within(1e-9));
        assertThat(t.liquidInventoryKg()).isCloseTo(t.fluidInventoryKg() - t.vapourMassKg(), within(1e-12));
    }

    @Test
    void deviceSurfaceTemperaturesInvertTheBoilingCorrelationsAndChfMarginUsesZuber() {
        TwoPhaseTank t = new TwoPhaseTank(tank(0, CondenserCoil.fixedUa(5000), new ReliefValve(200e3, 0.05), 0,
                gpus()));
        double it = 20e3;
        t.initialiseSteadyState(it, 35 + C, 2, WATER_CP);
        double ts = t.saturationTemperatureK();
        double p = t.pressurePa();
        double q0 = 0.3 * it / 8e-3;
        assertThat(t.deviceHeatFluxWM2(0)).isCloseTo(q0, within(1e-9 * q0));
        // both Rohsenow devices: the forward correlation at the reported ΔTe gives back q
        double dte0 = t.deviceSurfaceTemperatureK(0) - ts;
        assertThat(rohsenow(ts, p, dte0, 0.0055)).isCloseTo(q0, within(1e-9 * q0));
        double q1 = 0.1 * it / 5e-3;
        double dte1 = t.deviceSurfaceTemperatureK(1) - ts;
        assertThat(rohsenow(ts, p, dte1, 0.004)).isCloseTo(q1, within(1e-9 * q1));
        double chf1 = ZuberChf.criticalHeatFluxWM2(FK.surfaceTensionNM(ts), FK.latentHeatJKg(ts),
                FK.saturatedLiquidDensityKgM3(ts), FK.vapourDensityKgM3(ts), ZuberChf.LIENHARD_DHIR_K);
        assertThat(t.deviceChfMargin(1)).isCloseTo(q1 / chf1, within(1e-12));
        double chf0 = ZuberChf.criticalHeatFluxWM2(FK.surfaceTensionNM(ts), FK.latentHeatJKg(ts),
                FK.saturatedLiquidDensityKgM3(ts), FK.vapourDensityKgM3(ts), ZuberChf.ZUBER_K);
        assertThat(t.deviceChfMargin(0)).isCloseTo(q0 / chf0, within(1e-12));
        assertThat(t.deviceChfWarning(0)).isEqualTo(q0 / chf0 > 0.7);
        // 0.3 × 20 kW over 8 cm² = 75 W/cm² is far above FK-5-1-12's ~14 W/cm² Zuber CHF: flagged
        assertThat(t.deviceChfMargin(0)).isGreaterThan(0.7);
        assertThat(t.deviceChfWarning(0)).isTrue();
        assertThat(t.deviceSurfaceTemperatureK(0)).isGreaterThan(ts);
    }

    @Test
    void cooperRefusesTheHeavyDielectricsAndInvertsItsDeltaTeFormForWater() {
        assertThatThrownBy(() -> BoilingCorrelation.cooper().excessTemperatureK(FK, 322, 101_325, 1e4))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("molar mass");
        io.liquidtwin.physics.fluid.Water w = io.liquidtwin.physics.fluid.Water.iapws();
        double ts = 373.124;
        double p = w.saturationPressurePa(ts);
        double q = 2e5;
        double dte = BoilingCorrelation.cooper().excessTemperatureK(w, ts, p, q);
        double h = Cooper.heatTransferCoefficientFromSuperheatWM2K(p / w.criticalPressurePa(), w.molarMassKgMol(),
                Cooper.DEFAULT_ROUGHNESS_M, dte);
        assertThat(h * dte).isCloseTo(q, within(1e-6 * q));
        assertThat(BoilingCorrelation.cooper().excessTemperatureK(w, ts, p, 0)).isZero();
    }

    private static double rohsenow(double ts, double p, double dte, double csf) {
        return Rohsenow.heatFluxWM2(FK.saturatedLiquidDensityKgM3(ts), FK.vapourDensityKgM3(ts),
                FK.viscosityPaS(ts, p), FK.conductivityWMK(ts, p), FK.specificHeatJKgK(ts, p), FK.latentHeatJKg(ts),
                FK.surfaceTensionNM(ts), dte, csf, 1.7);
    }

    @Test
    void nusseltCoilSatisfiesTheWallBalance() {
        CondenserCoil coil = CondenserCoil.nusseltHorizontalTubes(2.0, 0.0127, 4, 8000, 2.0);
        double tsat = 50 + C;
        double tw = 35 + C;
        double mw = 1.5;
        double cw = mw * WATER_CP;
        double q = coil.heatW(FK, tsat, tw, mw, cw);
        double waterHa = 8000 * Math.pow(mw / 2.0, 0.8);
        double eW = (1 - Math.exp(-waterHa / cw)) * cw;
        double wall = tw + q / eW;
        double p = FK.saturationPressurePa(tsat);
        double h = NusseltCondensation.horizontalTubeWM2K(tsat, wall, FK.vapourDensityKgM3(tsat),
                FK.saturatedLiquidDensityKgM3(tsat), FK.conductivityWMK(tsat, p), FK.viscosityPaS(tsat, p),
                FK.latentHeatJKg(tsat), 0.0127) * Math.pow(4, -1.0 / 6.0);
        assertThat(h * 2.0 * (tsat - wall)).isCloseTo(q, within(1e-9 * q));
        assertThat(q).isGreaterThan(0).isLessThan(cw * (tsat - tw));
        assertThat(coil.heatW(FK, tsat, tsat + 1, mw, cw)).isZero();
        assertThat(coil.heatW(FK, tsat, tw, 0, 0)).isZero();
    }

    @Test
    void nusseltCoilTankReachesTheSteadyStateItsCoilBalances() {
        CondenserCoil coil = CondenserCoil.nusseltHorizontalTubes(3.0, 0.0127, 6, 12_000, 2.0);
        TwoPhaseTank t = new TwoPhaseTank(tank(3e5, coil, new ReliefValve(200e3, 0.05), 0, gpus()));
        double it = 30e3;
        for (int i = 0; i < 120; i++) {
            t.step(60, it, 32 + C, 2.0, WATER_CP);
        }
        assertThat(t.condenserHeatW()).isCloseTo(it, within(it * 1e-6));
        assertThat(t.boilingHeatW()).isCloseTo(it, within(it * 1e-6));
        // the coil's own relation at the tank's T_sat gives the same heat, and the effective UA reproduces it
        double q = coil.heatW(FK, t.saturationTemperatureK(), 32 + C, 2.0, 2.0 * WATER_CP);
        assertThat(q).isCloseTo(it, within(it * 1e-6));
        double cw = 2.0 * WATER_CP;
        assertThat((1 - Math.exp(-t.condenserUaWK() / cw)) * cw * (t.saturationTemperatureK() - 32 - C))
                .isCloseTo(it, within(it * 1e-6));
        TwoPhaseTank direct = new TwoPhaseTank(tank(3e5, coil, new ReliefValve(200e3, 0.05), 0, gpus()));
        direct.initialiseSteadyState(it, 32 + C, 2.0, WATER_CP);
        assertThat(direct.saturationTemperatureK()).isCloseTo(t.saturationTemperatureK(), within(1e-6));
    }

    @Test
    void otherCatalogueFluidsWork() {
        for (String id : new String[] {"hfe-7100", "fc-72", "fc-3284"}) {
            TwoPhaseFluid f = DielectricCatalogue.standard().twoPhase(id);
            double p0 = f.saturationPressurePa(f.saturationTemperatureK(101_325));
            TwoPhaseTank t = new TwoPhaseTank(new TwoPhaseTankParameters(f, 0.5, 700, 2e5, p0,
                    CondenserCoil.fixedUa(4000), new ReliefValve(180e3, 0.05), 0, 50,
                    List.of(new BoilingDevice("d", 0.01, 0.5, BoilingCorrelation.rohsenow(0.005, 1.7)))));
            t.step(3600, 20e3, 30 + C, 2.0, WATER_CP);
            double cw = 2.0 * WATER_CP;
            double expected = 30 + C + 20e3 / (cw * (1 - Math.exp(-4000 / cw)));
            assertThat(t.saturationTemperatureK()).as(id).isCloseTo(expected, within(1e-3));
            assertThat(t.deviceSurfaceTemperatureK(0)).as(id).isGreaterThan(expected);
        }
    }

    @Test
    void setVapourMassSolvesTheImplicitPressureRelation() {
        TwoPhaseTank t = new TwoPhaseTank(tank(0, CondenserCoil.fixedUa(5000), new ReliefValve(200e3, 0.05), 0,
                gpus()));
        double m = vapourMass(130e3, 0.5);
        t.setVapourMassKg(m);
        assertThat(t.pressurePa()).isCloseTo(130e3, within(1e-4));
        assertThat(t.vapourMassAtPressureKg(130e3)).isCloseTo(m, within(1e-12));
        assertThatThrownBy(() -> t.setVapourMassKg(1000)).isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("saturation temperature");
    }

    @Test
    void badInputsAndExhaustedInventoryAreRefused() {
        TwoPhaseTank t = new TwoPhaseTank(tank(0, CondenserCoil.fixedUa(5000), new ReliefValve(200e3, 0.05), 0,
                gpus()));
        assertThatThrownBy(() -> t.step(1, Double.NaN, 300, 1, WATER_CP)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> t.step(-1, 0, 300, 1, WATER_CP)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> t.step(1, 0, 300, -1, WATER_CP)).isInstanceOf(OutOfRangeException.class);
        // a huge heat with no condenser drives T_sat past the fluid's 80 °C limit
        assertThatThrownBy(() -> t.step(3600, 1e6, 300, 0, WATER_CP)).isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("saturation temperature");
        assertThat(t.pressurePa()).isEqualTo(101_325, within(1e-6)); // a failed step leaves the state unchanged
        assertThat(t.fluidInventoryKg()).isEqualTo(700);
        TwoPhaseTank leaky = new TwoPhaseTank(new TwoPhaseTankParameters(FK, 0.5, 10, 0, 101_325,
                CondenserCoil.fixedUa(5000), new ReliefValve(200e3, 0), 1e-3, 1, gpus()));
        leaky.initialiseSteadyState(5000, 35 + C, 2, WATER_CP);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 300; i++) {
                leaky.step(60, 5000, 35 + C, 2, WATER_CP);
                assertThat(leaky.liquidLow()).isEqualTo(leaky.liquidInventoryKg() < 1);
            }
        }).isInstanceOf(OutOfRangeException.class).hasMessageContaining("liquid inventory");
    }
}
