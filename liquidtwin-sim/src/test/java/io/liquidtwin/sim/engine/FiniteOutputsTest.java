package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.plant.PlantLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No output is ever NaN (PHYSICS.md §4): every example runs a simulated hour at 15 s steps with a load step (IT to
 * 30 % and back), and after every step every link's temperatures, flow, mass flow and heat, every node's pressure
 * and temperature, the component states and every ledger value are finite. Liquid temperatures must also stay
 * physical (liquid water/glycol between 0 and 100 °C) — a finite but absurd value is the same failure in disguise.
 */
class FiniteOutputsTest {

    /** @return every example plant (so a new example is covered without editing this test) */
    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .sorted().toList();
            assertThat(names).contains("qingdao-two-phase-1mw.yaml", "ai-pod-cold-plate.yaml", "frontier-like.yaml",
                    "summit-like.yaml");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyOutputStaysFiniteThroughALoadStep(String file) {
        PlantModel model = PlantModel.build(PlantLoader.load(Path.of("..", "examples", file)));
        Simulation sim = new Simulation(model, new Simulation.Ambient(298.15, 291.15));
        sim.initialise();
        check(sim, "after initialise");
        sim.events().schedule(900, "IT to 30 %", () -> sim.setItFraction(0.3));
        sim.events().schedule(2100, "IT back to 100 %", () -> sim.setItFraction(1.0));
        for (int i = 0; i < 240; i++) {
            sim.step(15);
            check(sim, "t = " + sim.timeS() + " s");
        }
        assertThat(sim.timeS()).isEqualTo(3600.0);
        assertThat(sim.events().fired()).hasSize(2);
    }

    private static void check(Simulation sim, String when) {
        PlantModel m = sim.model();
        HydraulicNetwork hyd = m.hydraulics();
        ThermalNetwork th = m.thermal();
        for (int k = 0; k < hyd.linkCount(); k++) {
            String l = hyd.linkName(k);
            finite(hyd.flowM3s(k), l, "flow", when);
            finite(th.massFlowKgS(k), l, "mass flow", when);
            finite(th.heatW(k), l, "heat", when);
            liquid(th.outletTemperatureK(k), l, "outlet temperature", when);
            liquid(th.inletTemperatureK(k), l, "inlet temperature", when);
        }
        for (int n = 0; n < hyd.nodeCount(); n++) {
            String name = hyd.nodeName(n);
            finite(hyd.pressurePa(n), name, "pressure", when);
            liquid(th.nodeTemperatureK(n), name, "temperature", when);
        }
        for (Elements.RackModel r : m.racks) {
            finite(r.rack().caseTemperatureK(), r.id(), "case temperature", when);
        }
        for (Elements.TankModel t : m.tanks) {
            var tank = t.tank();
            finite(tank.pressurePa(), t.id(), "tank pressure", when);
            finite(tank.saturationTemperatureK(), t.id(), "saturation temperature", when);
            finite(tank.boilingHeatW(), t.id(), "boiling heat", when);
            finite(tank.condenserHeatW(), t.id(), "condenser heat", when);
            finite(tank.vapourMassKg(), t.id(), "vapour mass", when);
            for (int i = 0; i < tank.deviceCount(); i++) {
                finite(tank.deviceSurfaceTemperatureK(i), t.id(), "device surface temperature", when);
                finite(tank.deviceChfMargin(i), t.id(), "device CHF margin", when);
            }
        }
        EnergyLedger e = sim.ledger();
        double[] values = {e.simulatedS(), e.itJ(), e.heatToLiquidJ(), e.rejectedJ(), e.reusedJ(), e.storedJ(),
            e.tankStoredJ(), e.balanceResidualJ(), e.pumpJ(), e.fanJ(), e.chillerJ(), e.facilityJ(), e.waterKg(),
            e.maxChfMargin(), e.maxTankPressurePa(), e.lastPowersW()[0], e.lastPowersW()[1], e.lastPowersW()[2]};
        String[] names = {"simulatedS", "itJ", "heatToLiquidJ", "rejectedJ", "reusedJ", "storedJ", "tankStoredJ",
            "balanceResidualJ", "pumpJ", "fanJ", "chillerJ", "facilityJ", "waterKg", "maxChfMargin",
            "maxTankPressurePa", "IT power", "cooling power", "facility power"};
        for (int i = 0; i < values.length; i++) {
            finite(values[i], "ledger", names[i], when);
        }
        if (e.simulatedS() > 0) {
            if (!m.racks.isEmpty()) {
                finite(e.maxCaseTempK(), "ledger", "maxCaseTempK", when);
            }
            if (!m.tanks.isEmpty()) {
                finite(e.maxDeviceTempK(), "ledger", "maxDeviceTempK", when);
            }
        }
    }

    private static void finite(double v, String where, String what, String when) {
        if (!Double.isFinite(v)) {
            fail("%s of %s is %s at %s", what, where, v, when);
        }
    }

    private static void liquid(double kelvin, String where, String what, String when) {
        finite(kelvin, where, what, when);
        if (!(kelvin > 273.15 && kelvin < 373.15)) {
            fail("%s of %s is %.2f °C at %s, outside liquid 0–100 °C", what, where, kelvin - 273.15, when);
        }
    }
}
