package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A facility loop with dry coolers and trim chillers in series: the chillers carry the whole loop flow (a chiller in
 * the heat-rejection order once broke the series chain and stopped the loop), and on a hot day the chillers run and
 * their compressor work is counted while the liquid-loop energy balance still closes.
 */
class ChillerPlantTest {

    @Test
    void trimChillersCarryTheLoopFlowAndRunOnAHotDay() throws Exception {
        String yaml = Files.readString(Path.of("..", "examples", "ai-pod-cold-plate.yaml")).replace("  dryCoolers:",
                "  chillers:\n    - {id: ch, model: air-cooled-chiller-1mw, loop: fws, count: 2}\n  dryCoolers:");
        Plant plant = PlantLoader.load(yaml, "ai-pod-with-chillers.yaml");
        PlantModel model = PlantModel.build(plant);
        Simulation sim = new Simulation(model, new Simulation.Ambient(273.15 + 42, 273.15 + 28));
        sim.initialise();
        for (int i = 0; i < 6 * 240; i++) {
            sim.step(15);
        }
        var h = model.hydraulics();
        int pump = -1;
        int chiller = -1;
        for (int k = 0; k < h.linkCount(); k++) {
            if (h.linkName(k).equals("fwp-1")) {
                pump = k;
            }
            if (h.linkName(k).equals("ch")) {
                chiller = k;
            }
        }
        assertThat(h.flowM3s(pump)).isPositive();
        assertThat(h.flowM3s(chiller)).isCloseTo(h.flowM3s(pump) + h.flowM3s(pump + 1), within(1e-9));
        EnergyLedger e = sim.ledger();
        assertThat(e.chillerJ()).as("chillers ran on a 42 °C day").isPositive();
        assertThat(Math.abs(e.balanceResidualJ())).isLessThan(1e-9 * e.heatToLiquidJ());
    }
}
