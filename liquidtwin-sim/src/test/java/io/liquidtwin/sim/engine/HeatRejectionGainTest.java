package io.liquidtwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.plant.PlantLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The heat-rejection controller in winter: dry coolers at 0 °C outdoors have a process gain about four times that
 * at the 5 K reference lift, and with fixed gains the facility loop of the Qingdao example (setpoint 21 °C) cycled
 * ±2 K with a 12-minute period. With the gains scheduled by the lift it holds its setpoint.
 */
class HeatRejectionGainTest {

    @Test
    void aColdDayDoesNotMakeTheFacilityLoopCycle() throws IOException {
        String yaml = Files.readString(Path.of("..", "examples", "qingdao-two-phase-1mw.yaml"))
                .replace("supplyTempSetpointC: 32", "supplyTempSetpointC: 21");
        Simulation sim = new Simulation(PlantModel.build(PlantLoader.load(yaml, "qingdao at 21 °C")),
                new Simulation.Ambient(273.15, 271.15));
        sim.initialise();
        sim.setItFraction(0.8);
        for (int i = 0; i < 4 * 120; i++) { // four hours at the 30 s control interval
            sim.step(30);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 120; i++) { // the fifth hour
            sim.step(30);
            min = Math.min(min, sim.facilitySupplyTempK());
            max = Math.max(max, sim.facilitySupplyTempK());
        }
        assertThat(max - min).as("facility supply swing over an hour, K").isLessThan(0.05);
        assertThat((max + min) / 2 - 273.15).isCloseTo(21.0, within(0.05));
    }

    @Test
    void theScaleIsReferenceOverLiftAboveTheReference() {
        var loop = new Elements.LoopModel("fws", io.liquidtwin.sim.plant.LoopKind.FACILITY, 1000, 4180, 1e-3,
                305.15, -1);
        loop.hasDryCoolers = true;
        loop.heatRejectionPid = new io.liquidtwin.physics.network.PidController(0.1, 0.1 / 300, 0, 0, 2, 30,
                io.liquidtwin.physics.network.PidController.Action.REVERSE, 0);
        loop.heatRejectionPid.setSetpoint(305.15);
        // 32 °C setpoint, 28 °C dry-bulb: lift 4 K ≤ 5 K → gains as written
        assertThat(HeatRejection.gainScale(loop, new Simulation.Ambient(301.15, 295.15))).isEqualTo(1.0);
        // 0 °C dry-bulb: lift 32 K → 5/32
        assertThat(HeatRejection.gainScale(loop, new Simulation.Ambient(273.15, 270.15)))
                .isCloseTo(5.0 / 32, within(1e-12));
    }
}
