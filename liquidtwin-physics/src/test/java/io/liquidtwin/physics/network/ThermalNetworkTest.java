package io.liquidtwin.physics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The thermal integrator against closed forms: exponential relaxation, a two-loop exchanger chain, stability. */
class ThermalNetworkTest {

    private static final double RHO = 1000;
    private static final double CP = 4180;

    /** A loop: tank (reference) → pump (massless) → junction → volume (mass M) → tank. */
    private record Loop(HydraulicNetwork net, int pump, int volume) {
        static Loop create(double flowK) {
            HydraulicNetwork.Builder b = HydraulicNetwork.builder();
            int tank = b.reference("tank", 2e5);
            int a = b.junction("a");
            int pump = b.link("pump", tank, a, new TestLaws.Pump(2e5, -2e9));
            int volume = b.link("volume", a, tank, new TestLaws.Quadratic(flowK));
            HydraulicNetwork net = b.build();
            net.solve();
            return new Loop(net, pump, volume);
        }
    }

    @Test
    void aSingleVolumeRelaxesExponentiallyTowardAmbient() {
        Loop loop = Loop.create(6e9);
        double mass = 500;
        double g = 2000; // W/K to ambient
        double ambient = 300;
        ThermalNetwork th = ThermalNetwork.on(loop.net()).fluid(loop.pump(), RHO, CP, 0)
                .fluid(loop.volume(), RHO, CP, mass).initialTemperatureK(340).build();
        th.setHeat(loop.volume(), g * ambient, -g);
        double tau = mass * CP / g;
        double dt = tau / 2000;
        for (int i = 1; i <= 10_000; i++) { // 5 τ
            th.step(dt);
            double exact = ambient + 40 * Math.exp(-i * dt / tau);
            // implicit Euler's error is below (Δt/τ)/2·e⁻¹ of the step height
            assertThat(th.outletTemperatureK(loop.volume())).isCloseTo(exact, within(40 * 0.5 / 2000 * 0.37 + 1e-9));
        }
    }

    @Test
    void hourLongStepsStayMonotoneAndReachTheSteadyState() {
        Loop loop = Loop.create(6e9);
        ThermalNetwork th = ThermalNetwork.on(loop.net()).fluid(loop.pump(), RHO, CP, 0)
                .fluid(loop.volume(), RHO, CP, 5).initialTemperatureK(340).build();
        th.setHeat(loop.volume(), 2000 * 300.0, -2000);
        double previous = 340;
        for (int i = 0; i < 24; i++) {
            th.step(3600); // τ = 10 s: Δt/τ = 360, far beyond explicit stability
            double t = th.outletTemperatureK(loop.volume());
            assertThat(t).isBetween(300.0 - 1e-9, previous + 1e-9); // monotone up to round-off
            previous = t;
        }
        assertThat(previous).isCloseTo(300.0, within(1e-9));
    }

    @Test
    void exchangerChainMatchesTheClosedFormAtSteadyState() {
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int r1 = b.reference("tcs tank", 2e5);
        int a1 = b.junction("tcs supply");
        int b1 = b.junction("tcs return");
        int pump1 = b.link("tcs pump", r1, a1, new TestLaws.Pump(2e5, -2e9));
        int rack = b.link("rack", a1, b1, new TestLaws.Quadratic(3e9));
        int hxHot = b.link("cdu hx secondary", b1, r1, new TestLaws.Quadratic(3e9));
        int r2 = b.reference("fws tank", 3e5);
        int a2 = b.junction("fws supply");
        int b2 = b.junction("fws cooled");
        int pump2 = b.link("fws pump", r2, a2, new TestLaws.Pump(3e5, -1e9));
        int dryCooler = b.link("dry cooler", a2, b2, new TestLaws.Quadratic(2e9));
        int hxCold = b.link("cdu hx primary", b2, r2, new TestLaws.Quadratic(2e9));
        HydraulicNetwork net = b.build();
        net.solve();

        ThermalNetwork.Builder tb = ThermalNetwork.on(net).initialTemperatureK(310);
        for (int k : new int[] {pump1, rack, hxHot}) {
            tb.fluid(k, 1010, 3960, 20);
        }
        for (int k : new int[] {pump2, dryCooler, hxCold}) {
            tb.fluid(k, 995, 4180, 50);
        }
        int hx = tb.coupling(hxHot, hxCold);
        ThermalNetwork th = tb.build();
        double q = 100e3;          // W of IT heat
        double gDry = 8000;        // W/K dry cooler conductance to ambient
        double ambient = 298.15;
        double gHx = 6000;         // W/K = ε·C_min of the CDU exchanger
        th.setHeat(rack, q, 0);
        th.setHeat(dryCooler, gDry * ambient, -gDry);
        th.setCouplingConductanceWK(hx, gHx);
        th.solveSteadyState();

        double m1cp = 1010 * net.flowM3s(rack) * 3960;
        double m2cp = 995 * net.flowM3s(dryCooler) * 4180;
        double dcIn = ambient + q / gDry;          // dry cooler rejects q
        double dcOut = dcIn - q / m2cp;            // = cold side of the exchanger, inlet
        double hotIn = dcOut + q / gHx;            // exchanger duty G·(T_hot,in − T_cold,in) = q
        double rackIn = hotIn - q / m1cp;
        assertThat(th.inletTemperatureK(dryCooler)).isCloseTo(dcIn, within(1e-9));
        assertThat(th.inletTemperatureK(hxCold)).isCloseTo(dcOut, within(1e-9));
        assertThat(th.inletTemperatureK(hxHot)).isCloseTo(hotIn, within(1e-9));
        assertThat(th.inletTemperatureK(rack)).isCloseTo(rackIn, within(1e-9));
        assertThat(th.heatW(hxHot)).isCloseTo(-q, within(q * 1e-12));
        assertThat(th.heatW(hxCold)).isCloseTo(q, within(q * 1e-12));
        assertThat(th.heatW(dryCooler)).isCloseTo(-q, within(q * 1e-12));
    }
}
