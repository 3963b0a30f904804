package io.liquidtwin.sim.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events are checked against the plant when they are scheduled, and fire with their own description. */
class FaultInjectorTest {

    private static Simulation sim() {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "ai-pod-cold-plate.yaml"))), new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        return sim;
    }

    @Test
    void unknownIdsAreRejectedNamingTheEventTheIdAndTheValidIds() {
        Simulation sim = sim();
        assertThatThrownBy(() -> FaultInjector.schedule(sim, List.of(new FaultEvent.PumpTrip(10, "fwp-1"),
                new FaultEvent.PumpTrip(20, "fwp-9"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pump fwp-9 trips").hasMessageContaining("'fwp-9'")
                .hasMessageContaining("fwp-1, fwp-2, cdu.pump-1");
        assertThat(sim.events().nextTimeS()).as("nothing scheduled when any event is invalid").isInfinite();
        assertThatThrownBy(() -> FaultInjector.schedule(sim, List.of(new FaultEvent.CduLoss(0, "cdu-x"))))
                .hasMessageContaining("CDU cdu-x lost").hasMessageContaining("valid: cdu");
        assertThatThrownBy(() -> FaultInjector.schedule(sim, List.of(new FaultEvent.FanFailure(0, "dc", 4))))
                .hasMessageContaining("[1, 3]");
        assertThatThrownBy(() -> FaultInjector.schedule(sim, List.of(new FaultEvent.SetpointChange(0, "tcs", 40))))
                .hasMessageContaining("valid: cdu, fws");
        assertThatThrownBy(() -> FaultInjector.schedule(sim, List.of(new FaultEvent.SensorFailure(0, "cdu.bogus",
                FaultEvent.SensorMode.STUCK, 0)))).hasMessageContaining("cdu.secondary_supply_temp");
        assertThatThrownBy(() -> FaultInjector.schedule(sim, List.of(new FaultEvent.Leak(-1, "cdu", 1))))
                .hasMessageContaining("≥ 0 s");
    }

    @Test
    void firedEventsCarryTheirDescriptionsInTimeOrder() {
        Simulation sim = sim();
        FaultInjector.schedule(sim, List.of(new FaultEvent.CduLoss(40, "cdu"), new FaultEvent.PumpTrip(20, "fwp-1"),
                new FaultEvent.ValveStuck(10, "cdu", 0.5)));
        sim.step(60);
        assertThat(sim.events().fired()).extracting(e -> e.timeS() + " " + e.description())
                .containsExactly("10.0 valve of cdu stuck at 50 %", "20.0 pump fwp-1 trips", "40.0 CDU cdu lost");
    }
}
