package io.liquidtwin.server.web.schematic;

import io.liquidtwin.sim.plant.Plant;
import java.util.List;
import java.util.Map;

/**
 * The laid-out plant: units with their positions and value slots, the loop lines, and plant-level values.
 *
 * @param plant       the plant's name
 * @param width       drawing width, px
 * @param height      drawing height, px
 * @param units       every unit (or group), in drawing order
 * @param pipes       the loop lines
 * @param plantValues plant-level values for the header (IT power, facility power, PUE)
 */
public record Schematic(String plant, int width, int height, List<Box> units, List<Pipe> pipes,
                        List<Slot> plantValues) {

    public Schematic {
        units = List.copyOf(units);
        pipes = List.copyOf(pipes);
        plantValues = List.copyOf(plantValues);
    }

    /**
     * Lays out a plant; deterministic (the same plant gives the same schematic).
     *
     * @param plant        the plant
     * @param channelUnits the unit of every sensor channel of its simulation, by name (slots are only made for
     *                     channels in this map)
     */
    public static Schematic of(Plant plant, Map<String, String> channelUnits) {
        return new Layout(plant, channelUnits).build();
    }
}
