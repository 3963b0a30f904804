package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.F;
import static io.liquidtwin.server.redfish.Json.collection;
import static io.liquidtwin.server.redfish.Json.excerpt;
import static io.liquidtwin.server.redfish.Json.link;
import static io.liquidtwin.server.redfish.Json.links;
import static io.liquidtwin.server.redfish.Json.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.SinglePhaseTank;
import io.liquidtwin.sim.plant.TwoPhaseTank;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The plant's immersion tanks as CoolingUnits of EquipmentType {@code ImmersionUnit} under
 * {@code /redfish/v1/ThermalEquipment/ImmersionUnits/{tank id}}, each with a Chassis {@code /redfish/v1/Chassis/{tank
 * id}} (ChassisType {@code ImmersionTank}) whose Sensors carry the tank's simulation channels. The unit's primary
 * coolant connector is its water connection to the technology loop (the condenser coil of a two-phase tank, the
 * exchanger of a single-phase one). The engine gives two-phase tanks channels (vapour pressure, saturation
 * temperature, boiling and condenser heat, condenser inlet temperature and flow, hottest device); single-phase tanks
 * have none, so their resources carry design values and no readings.
 */
final class ImmersionUnits {

    static final String COLLECTION = RedfishModel.ROOT + "/ThermalEquipment/ImmersionUnits";

    /** One tank, whatever its kind. */
    private record Tank(String id, Optional<String> model, String loopId, double designHeatW, String fluidId,
                        Fluid fluid, double propertyTempK, boolean twoPhase, double ratedFlowM3s, double reliefPa,
                        DoubleSupplier chfRatio, List<CduSensors.Def> defs) {
    }

    private final Simulation sim;
    private final List<Tank> tanks = new ArrayList<>();

    ImmersionUnits(Simulation sim, Map<String, Channel> channels) {
        this.sim = sim;
        for (TwoPhaseTank t : sim.model().plant().twoPhaseTanks()) {
            tanks.add(new Tank(t.id(), t.model(), t.loopId(), t.designHeatW(), t.fluidId(), t.fluid(),
                    t.fluid().saturationTemperatureK(101_325), true, t.condenserDesignFlowM3s(), t.reliefPressurePa(),
                    source(channels, t.id() + ".max_chf_margin"), sensors(t.id(), channels)));
        }
        for (SinglePhaseTank t : sim.model().plant().singlePhaseTanks()) {
            tanks.add(new Tank(t.id(), t.model(), t.loopId(), t.designHeatW(), t.fluidId(), t.fluid(),
                    t.maxCoolantTempK(), false, t.waterDesignFlowM3s(), Double.NaN, () -> 0, List.of()));
        }
    }

    private static List<CduSensors.Def> sensors(String id, Map<String, Channel> ch) {
        List<CduSensors.Def> d = new ArrayList<>();
        d.add(new CduSensors.Def("VapourPressure", "Tank Vapour Pressure", "PressurekPa", "kPa",
                source(ch, id + ".pressure")));
        d.add(new CduSensors.Def("SaturationTemp", "Dielectric Saturation Temperature", "Temperature", "Cel",
                source(ch, id + ".saturation_temp")));
        d.add(new CduSensors.Def("MaxDeviceTemp", "Hottest Device Surface Temperature", "Temperature", "Cel",
                source(ch, id + ".max_device_temp")));
        d.add(new CduSensors.Def("BoilingHeat", "Boiling Heat", "Heat", "kW", source(ch, id + ".boiling_heat")));
        d.add(new CduSensors.Def("CondenserHeat", "Condenser Heat Removed", "Heat", "kW",
                source(ch, id + ".condenser_heat")));
        d.add(new CduSensors.Def("CondenserSupplyTemp", "Condenser Water Supply Temperature", "Temperature", "Cel",
                source(ch, id + ".condenser_inlet_temp")));
        d.add(new CduSensors.Def("CondenserFlow", "Condenser Water Flow", "LiquidFlowLPM", "L/min",
                source(ch, id + ".condenser_flow")));
        return List.copyOf(d);
    }

    private static DoubleSupplier source(Map<String, Channel> ch, String name) {
        Channel c = ch.get(name);
        if (c == null) {
            throw new IllegalStateException("the simulation has no sensor channel " + name);
        }
        return c.source();
    }

    /** @return the tanks' Chassis URIs */
    List<String> chassisUris() {
        return tanks.stream().map(t -> CduResources.CHASSIS + "/" + t.id()).toList();
    }

    /** @return whether the plant has tanks */
    boolean any() {
        return !tanks.isEmpty();
    }

    /** @return the worst health of the tanks */
    String worstHealth() {
        String worst = "OK";
        for (Tank t : tanks) {
            worst = Health.worse(worst, health(t));
        }
        return worst;
    }

    /** Adds the collection and every tank's resources. */
    void addTo(Map<String, ObjectNode> out) {
        out.put(COLLECTION, collection(COLLECTION, "CoolingUnitCollection", "Immersion Units",
                tanks.stream().map(t -> COLLECTION + "/" + t.id()).toList()));
        tanks.forEach(t -> add(out, t));
    }

    private void add(Map<String, ObjectNode> out, Tank t) {
        String unit = COLLECTION + "/" + t.id();
        String chassis = CduResources.CHASSIS + "/" + t.id();
        Map<String, DoubleSupplier> values = new LinkedHashMap<>();
        t.defs().forEach(d -> values.put(d.id(), d.value()));
        String health = health(t);
        ObjectNode n = Json.resource(unit, "#CoolingUnit.v1_5_0.CoolingUnit",
                (t.twoPhase() ? "Two-Phase" : "Single-Phase") + " Immersion Tank " + t.id());
        n.put("EquipmentType", "ImmersionUnit");
        Json.asset(n, t.model());
        n.put("ProductionDate", (String) null);
        n.put("FirmwareVersion", Managers.version());
        n.set("Status", status("Enabled", health).put("HealthRollup", health));
        n.put("CoolingCapacityWatts", Math.round(t.designHeatW()));
        n.set("Coolant", dielectric(t));
        n.set("PrimaryCoolantConnectors", link(unit + "/PrimaryCoolantConnectors"));
        n.set("LeakDetection", link(unit + "/LeakDetection"));
        ObjectNode links = n.putObject("Links");
        links.set("Chassis", links(chassis));
        links.set("ManagedBy", Json.managedBy());
        out.put(unit, n);
        addLeakDetection(out, unit);

        String conn = unit + "/PrimaryCoolantConnectors/1";
        out.put(unit + "/PrimaryCoolantConnectors", collection(unit + "/PrimaryCoolantConnectors",
                "CoolantConnectorCollection", "Water Connections", List.of(conn)));
        ObjectNode c = Json.resource(conn, "#CoolantConnector.v1_3_0.CoolantConnector",
                t.twoPhase() ? "Condenser coil water connection" : "Heat exchanger water connection");
        c.set("Status", status("Enabled", "OK"));
        c.put("CoolantConnectorType", "Pair");
        c.put("CoolingLoopName", t.loopId());
        sim.model().plant().loop(t.loopId()).ifPresent(l -> c.set("Coolant", CduResources.coolant(l)));
        c.put("RatedFlowLitersPerMinute", Json.round(t.ratedFlowM3s() * 60_000));
        if (t.twoPhase()) {
            c.set("FlowLitersPerMinute", excerpt(values.get("CondenserFlow").getAsDouble(),
                    chassis + "/Sensors/CondenserFlow"));
            c.set("SupplyTemperatureCelsius", excerpt(values.get("CondenserSupplyTemp").getAsDouble(),
                    chassis + "/Sensors/CondenserSupplyTemp"));
            c.set("HeatRemovedkW", excerpt(values.get("CondenserHeat").getAsDouble(),
                    chassis + "/Sensors/CondenserHeat"));
        }
        out.put(conn, c);

        ObjectNode ch = Json.resource(chassis, "#Chassis.v1_28_0.Chassis", "Chassis of immersion tank " + t.id());
        ch.put("ChassisType", "ImmersionTank");
        Json.asset(ch, t.model());
        ch.put("UUID", RedfishModel.uuid(sim.model().plant().name() + "/chassis/" + t.id()));
        ch.put("PowerState", "On");
        ch.set("Status", status("Enabled", health));
        ch.set("Sensors", link(chassis + "/Sensors"));
        ObjectNode chLinks = ch.putObject("Links");
        chLinks.set("CoolingUnits", links(unit));
        chLinks.set("ManagedBy", Json.managedBy());
        chLinks.set("ConnectedCoolingLoops", links(CoolingLoops.COLLECTION + "/" + t.loopId()));
        out.put(chassis, ch);
        out.put(chassis + "/Sensors", collection(chassis + "/Sensors", "SensorCollection", "Sensors",
                t.defs().stream().map(d -> chassis + "/Sensors/" + d.id()).toList()));
        t.defs().forEach(d -> out.put(chassis + "/Sensors/" + d.id(), CduResources.sensor(chassis, d)));
    }

    /**
     * The tank's LeakDetection: the engine models no leak detector in an immersion tank (only each CDU's reservoir
     * level detector), so it reports no detectors and its Status says the function is {@code Absent} rather than
     * inventing a reading.
     */
    private static void addLeakDetection(Map<String, ObjectNode> out, String unit) {
        String uri = unit + "/LeakDetection";
        ObjectNode n = Json.resource(uri, "#LeakDetection.v1_2_0.LeakDetection", "Leak Detection");
        n.put("Description", "No leak detector is modelled in this immersion tank: the twin has none to report");
        n.set("Status", F.objectNode().put("State", "Absent").putNull("Health"));
        n.putArray("LeakDetectorGroups");
        n.set("LeakDetectors", link(uri + "/LeakDetectors"));
        out.put(uri, n);
        out.put(uri + "/LeakDetectors", collection(uri + "/LeakDetectors", "LeakDetectorCollection",
                "Leak Detectors", List.of()));
    }

    /** Critical when the relief pressure is reached or a device is past its critical heat flux (dry-out). */
    private static String health(Tank t) {
        if (!t.twoPhase()) {
            return "OK";
        }
        double pressurePa = t.defs().get(0).value().getAsDouble() * 1e3;   // VapourPressure, kPa
        return pressurePa >= t.reliefPa() || t.chfRatio().getAsDouble() >= 1 ? "Critical" : "OK";
    }

    /** The dielectric's properties at the tank's reference temperature (two-phase: boiling at 1 atm). */
    private static ObjectNode dielectric(Tank t) {
        ObjectNode c = F.objectNode();
        c.put("CoolantType", "Dielectric");
        c.put("AdditiveName", t.fluidId());
        double tK = t.propertyTempK();
        double pPa = 101_325;
        c.put("DensityKgPerCubicMeter", Json.round(t.fluid().densityKgM3(tK, pPa)));
        c.put("SpecificHeatkJoulesPerKgK", Json.round(t.fluid().specificHeatJKgK(tK, pPa) / 1e3));
        return c;
    }
}
