package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.engine.Elements.CduModel;
import io.liquidtwin.sim.engine.Elements.DryCoolerBank;
import io.liquidtwin.sim.engine.Elements.LoopModel;
import io.liquidtwin.sim.engine.Elements.PumpBank;
import io.liquidtwin.sim.engine.Elements.RackModel;
import io.liquidtwin.sim.engine.Elements.SinkModel;
import io.liquidtwin.sim.engine.Elements.TankModel;
import io.liquidtwin.sim.engine.Elements.TowerBank;
import java.util.ArrayList;
import java.util.List;

/**
 * Every sensor-like quantity of a running simulation as a {@link Channel}, in the units an operator reads (°C, kPa,
 * L/min, kW, %). Channel names are {@code <equipment id>.<quantity>}. A channel shows what its sensor reports: a
 * failed sensor ({@link FaultControls#failSensor}) shows its false value. Each CDU has a reservoir level sensor
 * ({@code <cdu>.reservoir_level}, %), a leak detector ({@code <cdu>.leak_detector}: 0 OK, 1 Warning, 2 Critical) and
 * absolute pressure sensors at its four connections ({@code <cdu>.primary_supply_pressure}, {@code ..._return_...},
 * {@code <cdu>.secondary_supply_pressure}, {@code ..._return_...}, kPa): primary supply is the valve inlet on the
 * facility supply header, primary return the exchanger outlet on the return header, secondary supply the exchanger
 * outlet on the technology supply header, secondary return the pumps' suction.
 */
public final class Sensors {

    private static final double K0 = 273.15;

    private Sensors() {
    }

    /** @return the channels of a simulation, in plant order, as their sensors report them */
    public static List<Channel> of(Simulation sim) {
        List<Channel> out = new ArrayList<>();
        for (Channel c : sim.rawChannels()) {
            var source = c.source();
            String name = c.name();
            out.add(new Channel(name, c.unit(), () -> sim.sensorFaults.report(name, source.getAsDouble(),
                    sim.timeS())));
        }
        return out;
    }

    /** @return the true values of every channel, in plant order */
    static List<Channel> raw(Simulation sim) {
        PlantModel m = sim.model();
        HydraulicNetwork h = m.hydraulics;
        ThermalNetwork t = m.thermal;
        List<Channel> c = new ArrayList<>();
        for (LoopModel l : m.loops.values()) {
            c.add(new Channel(l.id + ".supply_temp", "°C", () -> t.nodeTemperatureK(l.supplyNode) - K0));
            c.add(new Channel(l.id + ".return_temp", "°C", () -> t.nodeTemperatureK(l.returnNode) - K0));
            c.add(new Channel(l.id + ".flow", "L/min", () -> Math.abs(h.flowM3s(l.supplyHeaderLink)) * 60_000));
            c.add(new Channel(l.id + ".supply_pressure_abs", "kPa", () -> h.pressurePa(l.supplyNode) / 1e3));
        }
        for (PumpBank b : sim.banks()) {
            for (int i = 0; i < b.pumps.length; i++) {
                var p = b.pumps[i];
                int link = b.links[i];
                String id = h.linkName(link);
                c.add(new Channel(id + ".speed", "%", () -> p.speedFraction() * 100));
                c.add(new Channel(id + ".flow", "L/min", () -> h.flowM3s(link) * 60_000));
                c.add(new Channel(id + ".power", "kW", () -> p.mode() == io.liquidtwin.physics.component.Pump.Mode
                        .STOPPED ? 0 : p.electricPowerW(Math.max(0, h.flowM3s(link))) / 1e3));
            }
        }
        for (CduModel d : m.cdus) {
            String id = d.spec.id();
            c.add(new Channel(id + ".secondary_supply_temp", "°C", () -> t.outletTemperatureK(d.secondaryLink) - K0));
            c.add(new Channel(id + ".secondary_return_temp", "°C", () -> t.inletTemperatureK(d.secondaryLink) - K0));
            c.add(new Channel(id + ".primary_supply_temp", "°C", () -> t.inletTemperatureK(d.primaryLink) - K0));
            c.add(new Channel(id + ".primary_return_temp", "°C", () -> t.outletTemperatureK(d.primaryLink) - K0));
            c.add(new Channel(id + ".secondary_flow", "L/min", () -> Math.abs(h.flowM3s(d.secondaryLink)) * 60_000));
            c.add(new Channel(id + ".primary_flow", "L/min", () -> Math.abs(h.flowM3s(d.primaryLink)) * 60_000));
            c.add(new Channel(id + ".valve_position", "%", () -> d.valve.opening() * 100));
            // absolute pressures at the CDU's four connections, from the hydraulic solution
            int pIn = h.from(d.valveLink);
            int pOut = h.to(d.primaryLink);
            int sOut = h.to(d.secondaryLink);
            int sIn = d.secondary.tankNode;
            c.add(new Channel(id + ".primary_supply_pressure", "kPa", () -> h.pressurePa(pIn) / 1e3));
            c.add(new Channel(id + ".primary_return_pressure", "kPa", () -> h.pressurePa(pOut) / 1e3));
            c.add(new Channel(id + ".secondary_supply_pressure", "kPa", () -> h.pressurePa(sOut) / 1e3));
            c.add(new Channel(id + ".secondary_return_pressure", "kPa", () -> h.pressurePa(sIn) / 1e3));
            c.add(new Channel(id + ".heat", "kW", () -> t.heatW(d.primaryLink) / 1e3));
            int index = sim.reservoirs.index(id);
            c.add(new Channel(id + ".reservoir_level", "%", () -> sim.reservoirs.levelFraction(index) * 100));
            c.add(new Channel(id + ".leak_detector", "", () -> sim.reservoirs.state(index).ordinal()));
        }
        for (RackModel r : m.racks) {
            c.add(new Channel(r.id() + ".inlet_temp", "°C", () -> t.inletTemperatureK(r.link()) - K0));
            c.add(new Channel(r.id() + ".outlet_temp", "°C", () -> t.outletTemperatureK(r.link()) - K0));
            c.add(new Channel(r.id() + ".flow", "L/min", () -> Math.abs(h.flowM3s(r.link())) * 60_000));
            c.add(new Channel(r.id() + ".case_temp", "°C", () -> r.rack().caseTemperatureK() - K0));
            c.add(new Channel(r.id() + ".heat_to_liquid", "kW", () -> t.heatW(r.link()) / 1e3));
        }
        for (TankModel k : m.tanks) {
            var tank = k.tank();
            c.add(new Channel(k.id() + ".pressure", "kPa", () -> tank.pressurePa() / 1e3));
            c.add(new Channel(k.id() + ".saturation_temp", "°C", () -> tank.saturationTemperatureK() - K0));
            c.add(new Channel(k.id() + ".boiling_heat", "kW", () -> tank.boilingHeatW() / 1e3));
            c.add(new Channel(k.id() + ".condenser_heat", "kW", () -> t.heatW(k.link()) / 1e3));
            c.add(new Channel(k.id() + ".condenser_inlet_temp", "°C", () -> t.inletTemperatureK(k.link()) - K0));
            c.add(new Channel(k.id() + ".condenser_flow", "L/min", () -> Math.abs(h.flowM3s(k.link())) * 60_000));
            c.add(new Channel(k.id() + ".max_chf_margin", "", () -> {
                double max = 0;
                for (int i = 0; i < tank.deviceCount(); i++) {
                    max = Math.max(max, tank.deviceChfMargin(i));
                }
                return max;
            }));
            c.add(new Channel(k.id() + ".max_device_temp", "°C", () -> {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < tank.deviceCount(); i++) {
                    max = Math.max(max, tank.deviceSurfaceTemperatureK(i));
                }
                return max - K0;
            }));
            c.add(new Channel(k.id() + ".fluid_inventory", "kg", tank::fluidInventoryKg));
        }
        for (DryCoolerBank d : m.dryCoolers) {
            c.add(new Channel(d.id + ".fan_speed", "%", () -> d.fanFraction * 100));
            c.add(new Channel(d.id + ".heat_rejected", "kW", () -> -t.heatW(d.link) / 1e3));
            c.add(new Channel(d.id + ".outlet_temp", "°C", () -> t.outletTemperatureK(d.link) - K0));
            c.add(new Channel(d.id + ".pads_wetted", "", () -> d.padsWetted ? 1 : 0));
        }
        for (TowerBank x : m.towers) {
            c.add(new Channel(x.id + ".cells_running", "", () -> x.cellsOn));
            c.add(new Channel(x.id + ".fan_speed", "%", () -> x.cellFanFraction * 100));
            c.add(new Channel(x.id + ".heat_rejected", "kW", () -> -t.heatW(x.link) / 1e3));
            c.add(new Channel(x.id + ".outlet_temp", "°C", () -> t.outletTemperatureK(x.link) - K0));
        }
        for (SinkModel s : m.chillers) {
            c.add(new Channel(s.id + ".cooling", "kW", () -> s.removedW / 1e3));
            c.add(new Channel(s.id + ".enabled", "", () -> s.enabled ? 1 : 0));
            c.add(new Channel(s.id + ".power", "kW", () -> s.workW() / 1e3));
        }
        for (SinkModel s : m.reuse) {
            c.add(new Channel(s.id + ".heat_reused", "kW", () -> s.removedW / 1e3));
        }
        EnergyLedger led = sim.ledger();
        c.add(new Channel("plant.it_power", "kW", () -> led.itPowerW / 1e3));
        c.add(new Channel("plant.cooling_power", "kW", () -> led.coolingPowerW / 1e3));
        c.add(new Channel("plant.facility_power", "kW", () -> led.facilityPowerW / 1e3));
        c.add(new Channel("plant.pue_now", "", () -> led.itPowerW > 0 ? led.facilityPowerW / led.itPowerW : 0));
        // kg/s of water × 3600 = L/h at 1 kg/L: with plant.it_power (kW) it gives WUE in L/kWh
        c.add(new Channel("plant.water_use", "L/h", () -> led.waterUseKgS * 3600));
        return c;
    }
}
