package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.sim.plant.PlantLoader;
import io.liquidtwin.sim.weather.MonthlyNormals;
import io.liquidtwin.sim.weather.SyntheticYear;
import io.liquidtwin.sim.weather.WeatherYear;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A run driven by hourly weather: outdoor conditions follow the year hour by hour; the energy balance still closes. */
class WeatherDrivenTest {

    @Test
    void outdoorConditionsFollowTheWeatherYearHourByHour() {
        WeatherYear year = SyntheticYear.generate(MonthlyNormals.qingdao(), 0);
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(Path.of("..", "examples",
                "ai-pod-cold-plate.yaml"))), new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.useWeather(year);
        for (int h = 0; h < 72; h++) {
            sim.step(1800);
            sim.step(1800); // the conditions used during hour h are the year's hour h
            var expected = year.hour(h);
            assertThat(sim.ambient().dryBulbK()).isEqualTo(expected.dryBulbK());
            assertThat(sim.ambient().wetBulbK()).isEqualTo(Math.min(expected.wetBulbK(), expected.dryBulbK()));
        }
        EnergyLedger e = sim.ledger();
        assertThat(Math.abs(e.balanceResidualJ())).isLessThan(1e-9 * e.heatToLiquidJ());
        assertThat(RunSummary.of(sim).get(0)).contains("under the weather of");
    }
}
