package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.correlation.CounterflowHx;
import io.liquidtwin.physics.correlation.UaFlowScaling;
import io.liquidtwin.physics.fluid.DielectricCatalogue;
import io.liquidtwin.physics.fluid.Fluid;
import java.util.List;
import org.junit.jupiter.api.Test;

class SinglePhaseImmersionTankTest {

    static final Fluid PAO = DielectricCatalogue.standard().fluid("pao");
    static final double C = 273.15;
    static final UaFlowScaling FIXED_UA = new UaFlowScaling(2 * 4000, 1, 2 * 4000, 1, 0);

    static SinglePhaseImmersionTank tank(List<ImmersedDevice> devices) {
        return new SinglePhaseImmersionTank(PAO, 1.5, 2e5, 0.2, 101_325, 50 + C, FIXED_UA, devices, 30 + C);
    }

    @Test
    void bathApproachesTheClosedFormSteadyStateExponentially() {
        SinglePhaseImmersionTank t = tank(List.of());
        double it = 30e3;
        double mc = 2.0;
        double mw = 1.5;
        double cpw = 4180;
        // one small step: exact exponential with the properties at the start temperature
        double cp = PAO.specificHeatJKgK(30 + C, 101_325);
        double cap = PAO.densityKgM3(30 + C, 101_325) * 1.5 * cp + 2e5;
        double cc = mc * cp;
        double cw = mw * cpw;
        double k = CounterflowHx.effectiveness(4000 / Math.min(cc, cw), Math.min(cc, cw) / Math.max(cc, cw))
                * Math.min(cc, cw);
        double eq = 25 + C + it / k;
        t.step(60, it, mc, 25 + C, mw, cpw);
        assertThat(t.bulkTempK()).isCloseTo(eq + (30 + C - eq) * Math.exp(-k * 60 / cap), within(1e-9));
        // many steps: steady state, heat in = heat out
        for (int i = 0; i < 500; i++) {
            t.step(600, it, mc, 25 + C, mw, cpw);
        }
        assertThat(t.hxHeatW()).isCloseTo(it, within(it * 1e-9));
        assertThat(mc * PAO.specificHeatJKgK(t.bulkTempK(), 101_325) * (t.bulkTempK() - t.returnTempK()))
                .isCloseTo(it, within(it * 1e-6));
        assertThat(cw * (t.waterOutletTempK() - 25 - C)).isCloseTo(it, within(it * 1e-6));
    }

    @Test
    void deviceSurfaceTemperatureFromGivenOrFlatPlateConvection() {
        ImmersedDevice given = new ImmersedDevice("cpu", 0.01, 0.1, 800, 0, 85 + C);
        ImmersedDevice plate = new ImmersedDevice("gpu", 0.02, 0.2, 0, 0.1, 85 + C);
        SinglePhaseImmersionTank t = tank(List.of(given, plate));
        t.step(1, 10e3, 3.0, 25 + C, 2, 4180);
        double tb = t.bulkTempK();
        assertThat(t.deviceSurfaceTempK(0)).isCloseTo(tb + 1000 / 0.01 / 800, within(1e-9));
        double rho = PAO.densityKgM3(tb, 101_325);
        double mu = PAO.viscosityPaS(tb, 101_325);
        double k = PAO.conductivityWMK(tb, 101_325);
        double pr = PAO.specificHeatJKgK(tb, 101_325) * mu / k;
        double v = 3.0 / (rho * 0.2);
        double h = 0.664 * Math.sqrt(rho * v * 0.1 / mu) * Math.cbrt(pr) * k / 0.1;
        assertThat(t.deviceSurfaceTempK(1)).isCloseTo(tb + 2000 / 0.02 / h, within(1e-6));
        assertThat(t.deviceOverTemperature(1)).isEqualTo(t.deviceSurfaceTempK(1) > 85 + C);
        assertThat(t.bulkOverTemperature()).isFalse();
    }

    @Test
    void stoppedCirculationHeatsTheBathLinearlyAndLimitsAreEnforced() {
        SinglePhaseImmersionTank t = tank(List.of());
        double cap = PAO.densityKgM3(30 + C, 101_325) * 1.5 * PAO.specificHeatJKgK(30 + C, 101_325) + 2e5;
        t.step(100, 20e3, 0, 25 + C, 1, 4180);
        assertThat(t.bulkTempK()).isCloseTo(30 + C + 20e3 * 100 / cap, within(1e-9));
        assertThat(t.hxHeatW()).isZero();
        assertThatThrownBy(() -> t.step(1e6, 20e3, 0, 25 + C, 1, 4180)).isInstanceOf(OutOfRangeException.class);
        ImmersedDevice plate = new ImmersedDevice("gpu", 0.02, 0.2, 0, 0.1, 85 + C);
        SinglePhaseImmersionTank still = tank(List.of(plate));
        assertThatThrownBy(() -> still.step(1, 1e3, 0, 25 + C, 1, 4180)).isInstanceOf(OutOfRangeException.class)
                .hasMessageContaining("surface temperature");
    }
}
