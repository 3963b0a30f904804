package io.liquidtwin.server.redfish;

import io.liquidtwin.sim.engine.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The Redfish Sensors of one CDU's Chassis, each backed by a simulation sensor channel ({@code <cdu>.<quantity>},
 * see {@code io.liquidtwin.sim.engine.Sensors}), so a Sensor reports what the simulated instrument reports, sensor
 * faults included. Sensor ids follow DMTF's CDU mockup ({@code PrimarySupplyTemp}, {@code SecondaryFlow}, ...).
 */
final class CduSensors {

    /**
     * One Sensor.
     *
     * @param id           Sensor Id (last URI segment)
     * @param name         human-readable name
     * @param readingType  Redfish {@code Sensor.ReadingType}
     * @param units        Redfish {@code ReadingUnits} (UCUM)
     * @param value        the reading now, in {@code units}
     */
    record Def(String id, String name, String readingType, String units, DoubleSupplier value) {
    }

    static final String PRIMARY_SUPPLY_TEMP = "PrimarySupplyTemp";
    static final String PRIMARY_RETURN_TEMP = "PrimaryReturnTemp";
    static final String PRIMARY_FLOW = "PrimaryFlow";
    static final String SECONDARY_SUPPLY_TEMP = "SecondarySupplyTemp";
    static final String SECONDARY_RETURN_TEMP = "SecondaryReturnTemp";
    static final String SECONDARY_FLOW = "SecondaryFlow";
    static final String PRIMARY_SUPPLY_PRESSURE = "PrimarySupplyPressure";
    static final String PRIMARY_RETURN_PRESSURE = "PrimaryReturnPressure";
    static final String SECONDARY_SUPPLY_PRESSURE = "SecondarySupplyPressure";
    static final String SECONDARY_RETURN_PRESSURE = "SecondaryReturnPressure";
    static final String HEAT_LOAD = "PrimaryHeatLoad";
    static final String VALVE_POSITION = "PrimaryValvePosition";
    static final String RESERVOIR_LEVEL = "ReservoirLevel";
    static final String PUMP_POWER = "PumpPower";

    private CduSensors() {
    }

    /** @return Sensor id of a CDU pump's speed, by the pump's Redfish Id */
    static String pumpSpeed(String pumpId) {
        return "Pump" + pumpId + "Speed";
    }

    /**
     * @param cduId     the plant CDU id
     * @param pumpIds   the CDU's secondary pumps: Redfish Id → simulation pump id ({@code <cdu>.pump-<n>})
     * @param channels  the simulation's channels by name
     * @return the CDU's Sensors in a stable order
     */
    static List<Def> of(String cduId, Map<String, String> pumpIds, Map<String, Channel> channels) {
        List<Def> out = new ArrayList<>();
        out.add(def(PRIMARY_SUPPLY_TEMP, "Primary Supply Temperature", "Temperature", "Cel",
                channel(channels, cduId + ".primary_supply_temp")));
        out.add(def(PRIMARY_RETURN_TEMP, "Primary Return Temperature", "Temperature", "Cel",
                channel(channels, cduId + ".primary_return_temp")));
        out.add(def(PRIMARY_FLOW, "Primary Flow", "LiquidFlowLPM", "L/min",
                channel(channels, cduId + ".primary_flow")));
        out.add(def(SECONDARY_SUPPLY_TEMP, "Secondary Supply Temperature", "Temperature", "Cel",
                channel(channels, cduId + ".secondary_supply_temp")));
        out.add(def(SECONDARY_RETURN_TEMP, "Secondary Return Temperature", "Temperature", "Cel",
                channel(channels, cduId + ".secondary_return_temp")));
        out.add(def(SECONDARY_FLOW, "Secondary Flow", "LiquidFlowLPM", "L/min",
                channel(channels, cduId + ".secondary_flow")));
        out.add(def(PRIMARY_SUPPLY_PRESSURE, "Primary Supply Pressure (absolute)", "PressurekPa", "kPa",
                channel(channels, cduId + ".primary_supply_pressure")));
        out.add(def(PRIMARY_RETURN_PRESSURE, "Primary Return Pressure (absolute)", "PressurekPa", "kPa",
                channel(channels, cduId + ".primary_return_pressure")));
        out.add(def(SECONDARY_SUPPLY_PRESSURE, "Secondary Supply Pressure (absolute)", "PressurekPa", "kPa",
                channel(channels, cduId + ".secondary_supply_pressure")));
        out.add(def(SECONDARY_RETURN_PRESSURE, "Secondary Return Pressure (absolute)", "PressurekPa", "kPa",
                channel(channels, cduId + ".secondary_return_pressure")));
        out.add(def(HEAT_LOAD, "Primary Heat Load", "Heat", "kW", channel(channels, cduId + ".heat")));
        out.add(def(VALVE_POSITION, "Primary Control Valve Position", "Percent", "%",
                channel(channels, cduId + ".valve_position")));
        out.add(def(RESERVOIR_LEVEL, "Reservoir Fluid Level", "Percent", "%",
                channel(channels, cduId + ".reservoir_level")));
        List<DoubleSupplier> powers = new ArrayList<>();
        pumpIds.forEach((id, simId) -> {
            out.add(def(pumpSpeed(id), "Pump " + id + " Speed", "Percent", "%", channel(channels, simId + ".speed")));
            powers.add(channel(channels, simId + ".power"));
        });
        out.add(def(PUMP_POWER, "Secondary Pumps Power", "Power", "W", () -> {
            double kw = 0;
            for (DoubleSupplier p : powers) {
                kw += p.getAsDouble();
            }
            return kw * 1e3;
        }));
        return List.copyOf(out);
    }

    private static Def def(String id, String name, String type, String units, DoubleSupplier v) {
        return new Def(id, name, type, units, v);
    }

    private static DoubleSupplier channel(Map<String, Channel> channels, String name) {
        Channel c = channels.get(name);
        if (c == null) {
            throw new IllegalStateException("the simulation has no sensor channel " + name);
        }
        return c.source();
    }
}
