package io.liquidtwin.physics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The hydraulic solve against closed-form operating points (pump curve ∩ system curve). */
class HydraulicNetworkTest {

    private static final double A0 = 200e3;   // Pa, shut-off rise
    private static final double A2 = -2e9;    // Pa/(m³/s)²
    private static final double P_REF = 150e3; // Pa

    @Test
    void singleLoopSitsAtTheIntersectionOfPumpAndSystemCurves() {
        double k = 6e9;
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int tank = b.reference("expansion tank", P_REF);
        int a = b.junction("pump outlet");
        b.link("pump", tank, a, new TestLaws.Pump(A0, A2));
        b.link("system", a, tank, new TestLaws.Quadratic(k));
        HydraulicNetwork net = b.build();
        net.solve();
        // a0 + a2 Q² = k Q²  ⇒  Q = √(a0 / (k − a2))
        double q = Math.sqrt(A0 / (k - A2));
        assertThat(net.flowM3s(0)).isCloseTo(q, within(q * 1e-10));
        assertThat(net.flowM3s(1)).isCloseTo(q, within(q * 1e-10));
        assertThat(net.pressurePa(a)).isCloseTo(P_REF + k * q * q, within(1e-4));
    }

    @Test
    void parallelBranchesSplitAsTheSquareRootOfTheirResistances() {
        double k1 = 4e9;
        double k2 = 9e9;
        double k3 = 1e9;
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int tank = b.reference("tank", P_REF);
        int supply = b.junction("supply header");
        int ret = b.junction("return header");
        b.link("pump", tank, supply, new TestLaws.Pump(A0, A2));
        int br1 = b.link("rack 1", supply, ret, new TestLaws.Quadratic(k1));
        int br2 = b.link("rack 2", supply, ret, new TestLaws.Quadratic(k2));
        b.link("return pipe", ret, tank, new TestLaws.Quadratic(k3));
        HydraulicNetwork net = b.build();
        net.solve();
        double kParallel = 1.0 / Math.pow(1 / Math.sqrt(k1) + 1 / Math.sqrt(k2), 2);
        double q = Math.sqrt(A0 / (kParallel + k3 - A2));
        assertThat(net.flowM3s(br1) + net.flowM3s(br2)).isCloseTo(q, within(q * 1e-10));
        assertThat(net.flowM3s(br1) / net.flowM3s(br2)).isCloseTo(Math.sqrt(k2 / k1), within(1e-10));
        for (int n = 0; n < net.nodeCount(); n++) {
            if (!net.isReference(n)) {
                assertThat(net.continuityResidualM3s(n)).isCloseTo(0.0, within(q * 1e-13));
            }
        }
    }

    @Test
    void pumpsInParallelShareTheFlowAndATripMovesToTheRedundantPumpsPoint() {
        double k = 6e9;
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int tank = b.reference("tank", P_REF);
        int suction = b.junction("suction");
        int discharge = b.junction("discharge");
        b.link("suction pipe", tank, suction, new TestLaws.Quadratic(1e6));
        TestLaws.Pump p1 = new TestLaws.Pump(A0, A2);
        TestLaws.Pump p2 = new TestLaws.Pump(A0, A2);
        int l1 = b.link("pump 1", suction, discharge, p1);
        int l2 = b.link("pump 2", suction, discharge, p2);
        int sys = b.link("system", discharge, tank, new TestLaws.Quadratic(k));
        HydraulicNetwork net = b.build();
        net.solve();
        // two identical pumps: rise a0 + a2 (Q/2)²; with the suction pipe k_s: Q = √(a0 / (k + k_s − a2/4))
        double both = Math.sqrt(A0 / (k + 1e6 - A2 / 4));
        assertThat(net.flowM3s(sys)).isCloseTo(both, within(both * 1e-10));
        assertThat(net.flowM3s(l1)).isCloseTo(both / 2, within(both * 1e-10));

        p1.running = false; // trip: its non-return valve closes
        net.solve();
        // the closed non-return valve leaks Δp/1e13 ≈ 2e-8 m³/s back through pump 1: 4e-6 of the flow
        double one = Math.sqrt(A0 / (k + 1e6 - A2));
        assertThat(net.flowM3s(sys)).isCloseTo(one, within(one * 1e-5));
        assertThat(net.flowM3s(l2)).isCloseTo(one, within(one * 1e-5));
        assertThat(net.flowM3s(l1)).isLessThanOrEqualTo(0.0).isGreaterThan(-one * 1e-5);
    }

    @Test
    void independentLoopsSolveTogether() {
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int t1 = b.reference("tank 1", 100e3);
        int a1 = b.junction("a1");
        b.link("pump 1", t1, a1, new TestLaws.Pump(A0, A2));
        b.link("loop 1", a1, t1, new TestLaws.Quadratic(2e9));
        int t2 = b.reference("tank 2", 300e3);
        int a2 = b.junction("a2");
        b.link("pump 2", t2, a2, new TestLaws.Pump(A0 / 2, A2));
        b.link("loop 2", a2, t2, new TestLaws.Linear(1e7));
        HydraulicNetwork net = b.build();
        net.solve();
        assertThat(net.flowM3s(1)).isCloseTo(Math.sqrt(A0 / (2e9 - A2)), within(1e-12));
        // a0/2 + a2 Q² = r Q  ⇒  Q = (−r + √(r² + 4·(−a2)·a0/2)) / (2·(−a2))
        double r = 1e7;
        double expected = (-r + Math.sqrt(r * r - 4 * A2 * A0 / 2)) / (-2 * A2);
        assertThat(net.flowM3s(3)).isCloseTo(expected, within(expected * 1e-10));
    }

    @Test
    void aPartWithoutAReferenceNodeIsRefusedByName() {
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int x = b.junction("orphan a");
        int y = b.junction("orphan b");
        b.link("pipe", x, y, new TestLaws.Linear(1));
        b.reference("tank", 1e5);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'orphan a'").hasMessageContaining("no reference-pressure node");
    }

    @Test
    void aDivergingElementIsNamedInTheError() {
        HydraulicNetwork.Builder b = HydraulicNetwork.builder();
        int tank = b.reference("tank", P_REF);
        int a = b.junction("a");
        b.link("pump", tank, a, new TestLaws.Pump(A0, A2));
        b.link("cdu-7 filter", a, tank, new TestLaws.Broken(1e-6));
        HydraulicNetwork net = b.build();
        assertThatThrownBy(net::solve).isInstanceOf(NetworkDivergenceException.class)
                .hasMessageContaining("cdu-7 filter")
                .satisfies(e -> assertThat(((NetworkDivergenceException) e).element()).isEqualTo("cdu-7 filter"));
    }
}
