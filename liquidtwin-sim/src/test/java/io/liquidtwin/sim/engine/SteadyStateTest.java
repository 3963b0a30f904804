package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every example plant at steady state: the energy balance closes (IT heat to the liquid = heat rejected + reused,
 * nothing stored) to 1e-9 relative, and mass is conserved at every node — conservation laws, not stored numbers.
 */
class SteadyStateTest {

    static Path example(String name) {
        return Path.of("..", "examples", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml", "frontier-like.yaml",
            "summit-like.yaml"})
    void steadyStateClosesTheEnergyBalanceAndConservesMass(String file) {
        Plant plant = PlantLoader.load(example(file));
        PlantModel model = PlantModel.build(plant);
        Simulation sim = new Simulation(model, new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.runToSteadyState(60, 48 * 3600);

        HydraulicNetwork hyd = model.hydraulics();
        ThermalNetwork th = model.thermal();
        double scale = 0;
        for (int k = 0; k < hyd.linkCount(); k++) {
            scale = Math.max(scale, Math.abs(hyd.flowM3s(k)));
        }
        for (int n = 0; n < hyd.nodeCount(); n++) {
            if (!hyd.isReference(n)) {
                assertThat(Math.abs(hyd.continuityResidualM3s(n))).as("node %s", hyd.nodeName(n))
                        .isLessThanOrEqualTo(1e-12 * scale);
            }
        }
        double in = 0;
        double sum = 0;
        for (int k = 0; k < hyd.linkCount(); k++) {
            double q = th.heatW(k);
            sum += q;
            if (q > 0 && !isExchanger(hyd.linkName(k))) {
                in += q;
            }
        }
        double it = 0;
        for (var r : plant.coldPlateRacks()) {
            it += r.itPowerW() * r.captureFraction();
        }
        for (var t : plant.twoPhaseTanks()) {
            it += t.itPowerW() * t.captureFraction();
        }
        for (var t : plant.singlePhaseTanks()) {
            it += t.heatToLiquidW();
        }
        assertThat(in).as("heat into the liquid equals IT heat to liquid").isCloseTo(it,
                org.assertj.core.api.Assertions.within(1e-9 * it));
        assertThat(Math.abs(sum)).as("heat in − heat out at steady state").isLessThanOrEqualTo(1e-9 * it);
        for (int k = 0; k < hyd.linkCount(); k++) {
            assertThat(th.outletTemperatureK(k)).as(hyd.linkName(k)).isFinite();
        }
    }

    private static boolean isExchanger(String link) {
        return link.endsWith(".hx-secondary") || link.endsWith(".hx-primary");
    }
}
