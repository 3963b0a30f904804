package io.liquidtwin.physics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Conservation laws the network solvers must keep on any network, not just the ones with closed forms. */
class NetworkInvariantProperties {

    /** A ladder: pump into a supply header, n parallel branches to a return header, back to the tank. */
    private static HydraulicNetwork ladder(List<Double> branchK, double headerK) {
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int tank = b.reference("tank", 2e5);
        int supply0 = b.junction("supply 0");
        b.link("pump", tank, supply0, new TestLaws.Pump(3e5, -1e8));
        int prevSupply = supply0;
        int prevReturn = -1;
        for (int i = 0; i < branchK.size(); i++) {
            int s = i == 0 ? supply0 : b.junction("supply " + i);
            if (i > 0) {
                b.link("supply header " + i, prevSupply, s, new TestLaws.Quadratic(headerK));
            }
            int r = b.junction("return " + i);
            b.link("branch " + i, s, r, new TestLaws.Quadratic(branchK.get(i)));
            if (prevReturn >= 0) {
                b.link("return header " + i, r, prevReturn, new TestLaws.Quadratic(headerK));
            }
            prevSupply = s;
            prevReturn = r;
            if (i == 0) {
                b.link("return pipe", r, tank, new TestLaws.Quadratic(headerK));
            }
        }
        return b.build();
    }

    @Property(tries = 200)
    void massIsConservedAtEveryJunction(@ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 1e8, max = 1e11) Double> branchK,
                                        @ForAll @DoubleRange(min = 1e5, max = 1e9) double headerK) {
        HydraulicNetwork net = ladder(branchK, headerK);
        net.solve();
        double scale = Math.abs(net.flowM3s(0));
        assertThat(scale).isPositive();
        for (int n = 0; n < net.nodeCount(); n++) {
            if (!net.isReference(n)) {
                assertThat(net.continuityResidualM3s(n)).isCloseTo(0.0, within(scale * 1e-12));
            }
        }
        // energy: every link's drop equals its end-pressure difference
        for (int k = 0; k < net.linkCount(); k++) {
            double dp = net.pressurePa(net.from(k)) - net.pressurePa(net.to(k));
            assertThat(net.law(k).pressureDropPa(net.flowM3s(k))).isCloseTo(dp, within(1e-6 * 3e5));
        }
    }

    @Property(tries = 200)
    void theDiscreteEnergyBalanceHoldsEveryStep(
            @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0, max = 50e3) Double> rackHeatW,
            @ForAll @DoubleRange(min = 1, max = 3600) double dtS,
            @ForAll @DoubleRange(min = 0, max = 200) double massKg,
            @ForAll @IntRange(min = 1, max = 5) int steps) {
        HydraulicNetwork net = ladder(rackHeatW.stream().map(x -> 5e9).toList(), 1e7);
        ThermalNetwork.Builder tb = ThermalNetwork.on(net).initialTemperatureK(305);
        for (int k = 0; k < net.linkCount(); k++) {
            tb.fluid(k, 1010, 3960, k % 2 == 0 ? massKg : massKg / 3);
        }
        ThermalNetwork th = tb.build();
        net.solve();
        int branch = 0;
        for (int k = 0; k < net.linkCount(); k++) {
            if (net.linkName(k).startsWith("branch ")) {
                th.setHeat(k, rackHeatW.get(branch++), 0);
            }
            if (net.linkName(k).equals("return pipe")) {
                th.setHeat(k, 3000 * 300.0, -3000); // a cooler to 300 K ambient
            }
        }
        for (int s = 0; s < steps; s++) {
            th.step(dtS);
            double heat = 0;
            double stored = 0;
            double heatScale = 0;
            double advectedScale = 0; // Σ ṁ·cp·T: the round-off floor of any energy sum over the loop
            for (int k = 0; k < net.linkCount(); k++) {
                heat += th.heatW(k);
                stored += th.storageRateW(k, dtS);
                heatScale += Math.abs(th.heatW(k)) + Math.abs(th.storageRateW(k, dtS));
                advectedScale += Math.abs(th.massFlowKgS(k)) * th.cpJKgK(k) * th.outletTemperatureK(k);
            }
            assertThat(heat).isCloseTo(stored, within(1e-9 * heatScale + 1e-13 * advectedScale));
        }
    }
}
