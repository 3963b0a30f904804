package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.component.FlowLaw;
import io.liquidtwin.physics.component.Pump;
import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A facility duty pump trips; its N+1 standby starts. Once the coast-down is over and the plant has settled, the
 * standby carries the flow the duty pump carried: identical pumps on an unchanged system meet at the same point.
 * The expected point is computed independently of the network solver, as the intersection of the standby pump's
 * curve with the loop's system curve (Σ of the series elements' pressure drops, read from their flow laws).
 */
class PumpTripTest {

    private static final Simulation.Ambient AMBIENT = new Simulation.Ambient(298.15, 291.15);

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml"})
    void standbyPumpTakesOverTheDutyPumpsOperatingPoint(String file) {
        PlantModel model = PlantModel.build(PlantLoader.load(Path.of("..", "examples", file)));
        Simulation sim = new Simulation(model, AMBIENT);
        sim.initialise();
        sim.runToSteadyState(15, 48 * 3600);
        HydraulicNetwork hyd = model.hydraulics();
        int duty = link(hyd, "fwp-1");
        int standby = link(hyd, "fwp-2");
        Pump dutyPump = (Pump) hyd.law(duty);
        Pump standbyPump = (Pump) hyd.law(standby);
        assertThat(dutyPump.mode()).isEqualTo(Pump.Mode.RUNNING);
        assertThat(standbyPump.mode()).isEqualTo(Pump.Mode.STOPPED);

        double before = hyd.flowM3s(duty);
        double dutySpeedBefore = dutyPump.speedFraction(); // set by the bank's header-Δp controller
        double expectedBefore = intersection(hyd, duty);
        assertThat(before).as("duty pump before the trip, vs pump curve ∩ system curve")
                .isCloseTo(expectedBefore, within(1e-6 * expectedBefore));
        assertThat(Math.abs(hyd.flowM3s(standby))).as("standby pump before the trip").isLessThan(1e-5 * before);

        double tripAt = sim.timeS() + 60;
        sim.events().schedule(tripAt, "trip pump fwp-1", () -> sim.tripPump("fwp-1"));
        sim.step(60);
        assertThat(sim.events().fired()).extracting(EventTimeline.FiredEvent::timeS).containsExactly(tripAt);
        assertThat(dutyPump.mode()).isEqualTo(Pump.Mode.SPINNING_DOWN);
        assertThat(standbyPump.mode()).isEqualTo(Pump.Mode.RUNNING);
        double tau = model.plant().pumps().get(0).spinDownTimeConstantS();
        for (int i = 0; i < 1000 && dutyPump.mode() != Pump.Mode.STOPPED; i++) {
            sim.step(15);
        }
        assertThat(dutyPump.mode()).as("coast-down over").isEqualTo(Pump.Mode.STOPPED);
        assertThat(sim.timeS() - tripAt).as("coast-down time ≈ τ·ln(100)")
                .isBetween(tau * Math.log(100) - 15, tau * Math.log(100) + 15);
        sim.runToSteadyState(15, 48 * 3600);

        double after = hyd.flowM3s(standby);
        double expectedAfter = intersection(hyd, standby);
        assertThat(after).as("standby pump after the trip, vs pump curve ∩ system curve")
                .isCloseTo(expectedAfter, within(1e-6 * expectedAfter));
        assertThat(after).as("standby pump after the trip, vs the duty pump before it")
                .isCloseTo(before, within(1e-5 * before));
        assertThat(Math.abs(hyd.flowM3s(duty))).as("tripped pump carries ~no flow (closed non-return valve)")
                .isLessThan(1e-5 * after);
        // same Δp setpoint, same system: the speed controller brings the standby pump to the duty pump's speed
        assertThat(standbyPump.speedFraction()).isCloseTo(dutySpeedBefore, within(1e-4));
    }

    static int link(HydraulicNetwork hyd, String name) {
        for (int k = 0; k < hyd.linkCount(); k++) {
            if (hyd.linkName(k).equals(name)) {
                return k;
            }
        }
        throw new AssertionError("no link " + name);
    }

    /**
     * The flow through a running pump where its rise equals the system's drop. The system is the chain of links from
     * the pump discharge back to the suction (the loop's expansion tank), which the walk checks (exactly one non-pump
     * link leaves each node: loops with one consumer branch); the bank's other pumps sit in parallel and pass the
     * small backflow their non-return valves let through at the running pump's rise.
     */
    static double intersection(HydraulicNetwork hyd, int pumpLink) {
        int suction = hyd.from(pumpLink);
        int discharge = hyd.to(pumpLink);
        List<FlowLaw> series = new ArrayList<>();
        List<FlowLaw> parallel = new ArrayList<>();
        for (int k = 0; k < hyd.linkCount(); k++) {
            if (k != pumpLink && hyd.from(k) == suction && hyd.to(k) == discharge) {
                parallel.add(hyd.law(k));
            }
        }
        int node = discharge;
        while (node != suction) {
            int next = -1;
            for (int k = 0; k < hyd.linkCount(); k++) {
                if (hyd.from(k) == node && !(hyd.law(k) instanceof Pump)) {
                    assertThat(next).as("one series path from %s", hyd.nodeName(node)).isEqualTo(-1);
                    next = k;
                }
            }
            assertThat(next).as("a link leaves %s", hyd.nodeName(node)).isNotNegative();
            series.add(hyd.law(next));
            node = hyd.to(next);
        }
        assertThat(series.size()).isGreaterThan(3);
        FlowLaw pump = hyd.law(pumpLink);
        double scale = ((Pump) pump).curve().runOutFlowM3s() * 2;
        return bisect(0, scale, q -> {
            double rise = -pump.pressureDropPa(q);
            double toSystem = q;
            for (FlowLaw idle : parallel) { // flow through the idle pump with drop −rise (negative: backflow)
                toSystem += bisect(-scale, scale, x -> -rise - idle.pressureDropPa(x));
            }
            double excess = rise;
            for (FlowLaw f : series) {
                excess -= f.pressureDropPa(toSystem);
            }
            return excess;
        });
    }

    /** @return the root of a decreasing function f on [lo, hi] */
    private static double bisect(double lo, double hi, java.util.function.DoubleUnaryOperator f) {
        for (int i = 0; i < 200 && hi - lo > 0; i++) {
            double x = 0.5 * (lo + hi);
            if (x == lo || x == hi) {
                break;
            }
            if (f.applyAsDouble(x) > 0) {
                lo = x;
            } else {
                hi = x;
            }
        }
        return 0.5 * (lo + hi);
    }
}
