package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.sim.engine.Elements.CduModel;
import io.liquidtwin.sim.plant.PlantLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CDU pressure channels read the solved network where the CDU connects: the primary supply − return pressure is
 * the facility headers' differential (the CDU branch is in parallel between them) and positive; the secondary return
 * is the pumps' suction, the secondary supply the exchanger outlet (upstream of the loop's supply point), and the pumps lift between them.
 */
class CduPressureChannelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml"})
    void pressureChannelsCloseTheLoopEquations(String file) {
        PlantModel model = PlantModel.build(PlantLoader.load(Path.of("..", "examples", file)));
        Simulation sim = new Simulation(model, new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        sim.step(600);
        // the engine re-solves only when a pump speed changes, while fluid densities (in the flow laws) follow the
        // temperatures every step: solve once more so the laws and the solution belong to the same state
        model.hydraulics.solve();
        Map<String, Double> ch = Sensors.of(sim).stream()
                .collect(Collectors.toMap(Channel::name, c -> c.source().getAsDouble()));
        HydraulicNetwork h = model.hydraulics;
        for (CduModel c : model.cdus) {
            String id = c.spec.id();
            double primaryKPa = ch.get(id + ".primary_supply_pressure") - ch.get(id + ".primary_return_pressure");
            assertThat(primaryKPa).as(id + " primary Δp: the facility pumps push water through the CDU").isPositive();
            // the primary branch sits between the facility headers, so its Δp is the headers' Δp (parallel branches)
            double headersPa = h.pressurePa(node(h, c.primary.id + ".supply-header"))
                    - h.pressurePa(node(h, c.primary.id + ".return-header"));
            assertThat(primaryKPa * 1e3).isCloseTo(headersPa, within(1e-6));
            double secondaryKPa = ch.get(id + ".secondary_supply_pressure")
                    - ch.get(id + ".secondary_return_pressure");
            assertThat(secondaryKPa).as(id + " the secondary pumps lift the coolant").isPositive();
            assertThat(ch.get(id + ".secondary_return_pressure") * 1e3)
                    .isEqualTo(h.pressurePa(h.from(c.pumps.links[0])));
            // downstream of the CDU outlet the header loses pressure on its way to the loop's supply point
            assertThat(ch.get(id + ".secondary_supply_pressure"))
                    .isGreaterThanOrEqualTo(ch.get(c.secondary.id + ".supply_pressure_abs") - 1e-9);
        }
    }

    private static int node(HydraulicNetwork h, String name) {
        for (int n = 0; n < h.nodeCount(); n++) {
            if (h.nodeName(n).equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no node " + name);
    }
}
