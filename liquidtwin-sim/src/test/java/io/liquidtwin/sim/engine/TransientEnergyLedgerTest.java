package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over a 6-hour run with a load step down and back up, the liquid-loop energy ledger closes to round-off: heat into
 * the liquid = heat rejected + reused + change of stored heat, |residual| ≤ 1e-9 of the heat into the liquid. The
 * storage term is not small here (the step changes the loops' temperatures), so the check has teeth.
 */
class TransientEnergyLedgerTest {

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml", "frontier-like.yaml",
            "summit-like.yaml"})
    void ledgerClosesOverSixHoursWithALoadStep(String file) {
        PlantModel model = PlantModel.build(PlantLoader.load(Path.of("..", "examples", file)));
        Simulation sim = new Simulation(model, new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.events().schedule(3600, "IT to 30 %", () -> sim.setItFraction(0.3));
        sim.events().schedule(3 * 3600, "IT back to 100 %", () -> sim.setItFraction(1.0));
        double maxAbsStored = 0;
        double previousStored = 0;
        for (int i = 0; i < 6 * 240; i++) {
            sim.step(15);
            EnergyLedger l = sim.ledger();
            maxAbsStored = Math.max(maxAbsStored, Math.abs(l.storedJ() - previousStored) / 15);
            previousStored = l.storedJ();
        }
        EnergyLedger l = sim.ledger();
        assertThat(sim.events().fired()).hasSize(2);
        assertThat(l.simulatedS()).isCloseTo(6 * 3600.0, within(1e-6));
        assertThat(l.heatToLiquidJ()).isPositive();
        assertThat(maxAbsStored).as("the load step moves stored heat (W)").isGreaterThan(1e-3 * l.heatToLiquidJ()
                / l.simulatedS());
        assertThat(Math.abs(l.balanceResidualJ())).as("in − rejected − reused − stored")
                .isLessThanOrEqualTo(1e-9 * l.heatToLiquidJ());
    }
}
