package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A run that cannot go on fails with a {@link SimulationException} that names the simulated time and the component
 * (PHYSICS.md §4: "divergence is an error naming the part"), instead of going on with NaN or absurd values.
 *
 * <p>Scenario 1 (Qingdao): the only CDU is lost at t = 600 s, so the condenser water stops. The six tanks heat up
 * until their relief valves lift (the relief holds the pressure inside the fluid's saturation range), then vent
 * vapour until the liquid is exhausted: the tank model throws, and the run must stop there.
 * <p>Scenario 2 (AI pod): the only CDU is lost, so the technology loop stops while the racks keep dissipating.
 */
class SimulationFailureTest {

    private static final Simulation.Ambient AMBIENT = new Simulation.Ambient(298.15, 291.15);

    /** The run, and the step it failed in. */
    private record Failure(SimulationException exception, Simulation sim, double lastGoodTimeS) {
    }

    private static Failure runUntilFailure(String file, double lossAtS, double untilS) {
        PlantModel model = PlantModel.build(PlantLoader.load(Path.of("..", "examples", file)));
        Simulation sim = new Simulation(model, AMBIENT);
        sim.initialise();
        sim.events().schedule(lossAtS, "lose cdu", () -> sim.loseCdu("cdu"));
        double[] lastGood = {0};
        SimulationException e = catchThrowableOfType(SimulationException.class, () -> {
            while (sim.timeS() < untilS) {
                lastGood[0] = sim.timeS();
                sim.step(15);
            }
        });
        return new Failure(e, sim, lastGood[0]);
    }

    @Test
    void twoPhaseTankRunningDryFailsWithTheSimulatedTime() {
        Failure f = runUntilFailure("qingdao-two-phase-1mw.yaml", 600, 2 * 3600);
        SimulationException e = f.exception();
        assertThat(e).as("losing the condenser water must end the run with an error").isNotNull();
        assertThat(e.timeS()).as("time of the failing step").isGreaterThan(f.lastGoodTimeS())
                .isLessThanOrEqualTo(f.lastGoodTimeS() + 15).isGreaterThan(600);
        assertThat(e.getMessage()).as("message names the time").contains("t = " + Math.round(e.timeS()) + " s");
        assertThat(e.getCause()).isInstanceOf(OutOfRangeException.class);
        assertThat(e.getMessage()).contains("two-phase immersion tank").contains("liquid inventory");
        // on the way: the relief valves lifted and held the pressure below full lift, inside the saturation range
        var rec = f.sim().model().plant().twoPhaseTanks().get(0);
        assertThat(f.sim().ledger().reliefOpened()).isTrue();
        assertThat(f.sim().ledger().maxTankPressurePa()).isGreaterThan(rec.reliefPressurePa())
                .isLessThanOrEqualTo(1.10 * rec.reliefPressurePa());
        assertThat(f.sim().timeS()).as("the failed step is not committed").isEqualTo(f.lastGoodTimeS());
    }

    @Test
    void twoPhaseTankRunningDryNamesTheTank() {
        SimulationException e = runUntilFailure("qingdao-two-phase-1mw.yaml", 600, 2 * 3600).exception();
        assertThat(e).isNotNull();
        assertThat(e.component()).matches("tank-[1-6]");
        assertThat(e.getMessage()).contains(e.component());
    }

    @Test
    void coldPlateLoopWithoutFlowFailsNamingTheRack() {
        Failure f = runUntilFailure("ai-pod-cold-plate.yaml", 600, 3600);
        SimulationException e = f.exception();
        assertThat(e).as("liquid leaving its valid range must end the run with an error").isNotNull();
        assertThat(e.timeS()).isGreaterThan(600).isLessThanOrEqualTo(3600);
        assertThat(e.getMessage()).contains("t = " + Math.round(e.timeS()) + " s");
        assertThat(e.component()).matches("rack-[1-8]");
        assertThat(e.getMessage()).contains(e.component());
    }
}
