package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CDU secondary-supply setpoint an operator may choose can be held. The allowable range is the server's
 * (facility supply setpoint + CDU design approach … the lowest consumer limit at design load): 35 … 42.86 °C for
 * the Qingdao example (tank condensers), 49 … 62.7 °C for the AI pod (cold-plate case limit 85 °C − 1064 W ×
 * 0.0209 K/W per plate). From the steady state at the design setpoint the setpoint steps to each value across the
 * range; within {@value #SETTLE_S} s the supply temperature must be within ±{@value #BAND_K} K of it and stay there,
 * with less than {@value #RIPPLE_K} K peak-to-peak, for the next {@value #HOLD_S} s.
 *
 * <p>Before the pump-speed and CDU-valve gain scheduling ({@link PumpSpeedControl}, {@link CduValveControl}) the
 * Qingdao CDU held 35.5–37 °C but swung 0.5 K peak-to-peak at 37.5 °C, 2.8 K at 38 °C and 8 K at 42.5 °C:
 * the facility pump, slowed below ¾ speed by the throttled valve, drove its header Δp into a 60 s period-two cycle.
 */
class CduSetpointRangeTest {

    static final double SETTLE_S = 1800;
    static final double HOLD_S = 1800;
    static final double BAND_K = 0.3;
    static final double RIPPLE_K = 0.2;
    private static final double STEP_S = 30;

    static Stream<Arguments> setpoints() {
        return Stream.concat(
                DoubleStream.iterate(35.5, t -> t <= 42.5 + 1e-9, t -> t + 1)
                        .mapToObj(t -> Arguments.of("qingdao-two-phase-1mw.yaml", t)),
                DoubleStream.of(50, 52, 54, 56, 58, 60, 62.5)
                        .mapToObj(t -> Arguments.of("ai-pod-cold-plate.yaml", t)));
    }

    @ParameterizedTest(name = "{0} at {1} °C")
    @MethodSource("setpoints")
    void theCduHoldsEverySetpointOfItsAllowableRange(String file, double setpointC) {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples", file))),
                new Simulation.Ambient(288.15, 283.15));
        sim.initialise();
        sim.runToSteadyState(STEP_S, 6 * 3600);
        String cdu = sim.faults().cduIds().getFirst();
        Channel supply = Sensors.of(sim).stream().filter(c -> c.name().equals(cdu + ".secondary_supply_temp"))
                .findFirst().orElseThrow();
        assertThat(supply.source().getAsDouble()).as("design steady state")
                .isCloseTo(sim.faults().setpointC(cdu), within(0.05));

        sim.faults().setSetpoint(cdu, setpointC);
        for (double t = 0; t < SETTLE_S; t += STEP_S) {
            sim.step(STEP_S);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double t = 0; t < HOLD_S; t += STEP_S) {
            sim.step(STEP_S);
            double c = supply.source().getAsDouble();
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        assertThat(Math.max(max - setpointC, setpointC - min)).as("largest deviation from %.1f °C after %.0f min, K",
                setpointC, SETTLE_S / 60).isLessThanOrEqualTo(BAND_K);
        assertThat(max - min).as("peak-to-peak over the following %.0f min, K", HOLD_S / 60)
                .isLessThan(RIPPLE_K);
    }
}
