package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code plant.water_use} (L/h) is the rate whose integral the ledger keeps as site water: over a hot afternoon on the
 * Qingdao plant (cooling tower running), Σ rate × Δt equals the ledger's water to rounding, and the rate is positive.
 */
class WaterUseChannelTest {

    @Test
    void theWaterRateIntegratesToTheLedgersWater() {
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "qingdao-two-phase-1mw.yaml"))), new Simulation.Ambient(273.15 + 35, 273.15 + 28));
        sim.initialise();
        Channel rate = Sensors.of(sim).stream().filter(c -> c.name().equals("plant.water_use")).findFirst()
                .orElseThrow();
        assertThat(rate.unit()).isEqualTo("L/h");
        double before = sim.ledger().waterKg();
        double litres = 0;
        double stepS = 30;
        for (int i = 0; i < 240; i++) { // 2 h
            sim.step(stepS);
            litres += rate.source().getAsDouble() / 3600 * stepS;
        }
        double kg = sim.ledger().waterKg() - before;
        assertThat(kg).as("the tower evaporates water on a 28 °C wet-bulb afternoon").isPositive();
        assertThat(litres).isCloseTo(kg, within(1e-9 * kg)); // 1 kg = 1 L at the ledger's convention
    }
}
