package io.liquidtwin.sim.engine;

import java.util.function.DoubleSupplier;

/**
 * One recorded quantity of a simulation: a name a user can read, its unit, and where its current value comes from.
 * Values are read in the unit stated (the engine converts from SI when it creates the channel).
 *
 * @param name   e.g. {@code "cdu-001.secondary_supply_temp"}
 * @param unit   e.g. {@code "°C"}, {@code "kW"}, {@code "L/min"}, {@code "kPa"}, {@code "%"}
 * @param source reads the current value (called once per output row; must not allocate)
 */
public record Channel(String name, String unit, DoubleSupplier source) {

    /** @return the CSV column header, {@code name [unit]} */
    public String header() {
        return unit.isEmpty() ? name : name + " [" + unit + "]";
    }
}
