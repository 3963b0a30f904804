package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.F;
import static io.liquidtwin.server.redfish.Json.collection;
import static io.liquidtwin.server.redfish.Json.excerpt;
import static io.liquidtwin.server.redfish.Json.link;
import static io.liquidtwin.server.redfish.Json.links;
import static io.liquidtwin.server.redfish.Json.resource;
import static io.liquidtwin.server.redfish.Json.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.sim.engine.LeakDetectorState;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.Cdu;
import io.liquidtwin.sim.plant.Loop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The Redfish resources of one plant CDU: its CoolingUnit subtree under {@code /redfish/v1/ThermalEquipment/CDUs/{id}}
 * and its Chassis under {@code /redfish/v1/Chassis/{id}} (Sensors, LeakDetectors). Both use the plant's CDU id.
 */
final class CduResources {

    static final String CDUS = "/redfish/v1/ThermalEquipment/CDUs";
    static final String CHASSIS = "/redfish/v1/Chassis";
    /** The one leak detector the engine models per CDU: it reads the expansion reservoir's level. */
    static final String LEAK_DETECTOR_ID = "ReservoirLevel";

    private final Simulation sim;
    private final Cdu cdu;
    private final Map<String, String> pumpIds;
    private final Map<String, DoubleSupplier> sensors;
    private final String unit;
    private final String chassis;
    private final List<CduSensors.Def> defs;

    CduResources(Simulation sim, Cdu cdu, Map<String, String> pumpIds, List<CduSensors.Def> sensorDefs) {
        this.sim = sim;
        this.cdu = cdu;
        this.pumpIds = pumpIds;
        this.sensors = new LinkedHashMap<>();
        sensorDefs.forEach(d -> sensors.put(d.id(), d.value()));
        this.unit = CDUS + "/" + cdu.id();
        this.chassis = CHASSIS + "/" + cdu.id();
        this.defs = sensorDefs;
    }

    /** @return the URI of this CDU's CoolingUnit */
    String unitUri() {
        return unit;
    }

    /** @return the URI of this CDU's Chassis */
    String chassisUri() {
        return chassis;
    }

    /** Adds every resource of this CDU, built from the simulation now, to {@code out}. */
    void addTo(Map<String, ObjectNode> out) {
        String health = health(sim.leakDetectorState(cdu.id()));
        out.put(unit, coolingUnit(health));
        connectors(out, "PrimaryCoolantConnectors", true);
        connectors(out, "SecondaryCoolantConnectors", false);
        List<String> pumps = new ArrayList<>();
        pumpIds.keySet().forEach(id -> pumps.add(unit + "/Pumps/" + id));
        out.put(unit + "/Pumps", collection(unit + "/Pumps", "PumpCollection", "Secondary Pumps", pumps));
        pumpIds.keySet().forEach(id -> out.put(unit + "/Pumps/" + id, pump(id)));
        String filter = unit + "/Filters/1";
        out.put(unit + "/Filters", collection(unit + "/Filters", "FilterCollection", "Filters", List.of(filter)));
        out.put(filter, filter(filter));
        String reservoir = unit + "/Reservoirs/1";
        out.put(unit + "/Reservoirs", collection(unit + "/Reservoirs", "ReservoirCollection", "Reservoirs",
                List.of(reservoir)));
        out.put(reservoir, reservoir(reservoir, health));
        out.put(unit + "/EnvironmentMetrics", resource(unit + "/EnvironmentMetrics",
                "#EnvironmentMetrics.v1_5_0.EnvironmentMetrics", cdu.id() + " Environment Metrics")
                .set("PowerWatts", sensorExcerpt(CduSensors.PUMP_POWER)));
        out.put(unit + "/LeakDetection", leakDetection(health));
        leakDetectors(out, unit + "/LeakDetection/LeakDetectors", "#LeakDetector.v1_6_0.LeakDetector");
        leakDetectors(out, chassis + "/LeakDetectors", "#LeakDetector.v1_6_0.LeakDetector");
        out.put(chassis, chassisResource(health));
        List<String> sensorUris = defs.stream().map(d -> chassis + "/Sensors/" + d.id()).toList();
        out.put(chassis + "/Sensors", collection(chassis + "/Sensors", "SensorCollection", "Sensors", sensorUris));
        defs.forEach(d -> out.put(chassis + "/Sensors/" + d.id(), sensor(chassis, d)));
    }

    private ObjectNode coolingUnit(String health) {
        ObjectNode n = resource(unit, "#CoolingUnit.v1_5_0.CoolingUnit", "Coolant Distribution Unit " + cdu.id());
        n.put("EquipmentType", "CDU");
        Json.asset(n, cdu.model());
        n.put("ProductionDate", (String) null);
        n.put("FirmwareVersion", Managers.version());
        n.set("Status", status("Enabled", health).put("HealthRollup", health));
        n.put("CoolingCapacityWatts", Json.round(cdu.designHeatW()));
        loop(cdu.secondaryLoopId()).ifPresent(l -> n.set("Coolant", coolant(l)));
        for (String c : List.of("PrimaryCoolantConnectors", "SecondaryCoolantConnectors", "Pumps", "Filters",
                "Reservoirs", "EnvironmentMetrics", "LeakDetection")) {
            n.set(c, link(unit + "/" + c));
        }
        ObjectNode l = n.putObject("Links");
        l.set("Chassis", links(chassis));
        l.set("ManagedBy", Json.managedBy());
        Json.action(n, "CoolingUnit.SetMode").putArray("Mode@Redfish.AllowableValues").add("Enabled").add("Disabled");
        return n;
    }

    private void connectors(Map<String, ObjectNode> out, String kind, boolean primary) {
        String uri = unit + "/" + kind + "/1";
        out.put(unit + "/" + kind, collection(unit + "/" + kind, "CoolantConnectorCollection",
                primary ? "Primary (facility) Coolant Connectors" : "Secondary (technology) Coolant Connectors",
                List.of(uri)));
        ObjectNode n = resource(uri, "#CoolantConnector.v1_3_0.CoolantConnector",
                primary ? "Facility water connection" : "Technology coolant connection");
        n.set("Status", status("Enabled", "OK"));
        n.put("CoolantConnectorType", "Pair");
        String loopId = primary ? cdu.primaryLoopId() : cdu.secondaryLoopId();
        n.put("CoolingLoopName", loopId);
        loop(loopId).ifPresent(l -> n.set("Coolant", coolant(l)));
        double ratedM3s = primary ? cdu.primaryDesignFlowM3s() : cdu.secondaryDesignFlowM3s();
        n.put("RatedFlowLitersPerMinute", Json.round(ratedM3s * 60_000));
        String p = primary ? "Primary" : "Secondary";
        n.set("FlowLitersPerMinute", sensorExcerpt(p + "Flow"));
        n.set("SupplyTemperatureCelsius", sensorExcerpt(p + "SupplyTemp"));
        n.set("ReturnTemperatureCelsius", sensorExcerpt(p + "ReturnTemp"));
        n.set("SupplyPressurekPa", sensorExcerpt(p + "SupplyPressure"));
        n.set("ReturnPressurekPa", sensorExcerpt(p + "ReturnPressure"));
        double supply = sensors.get(p + "SupplyPressure").getAsDouble();
        double ret = sensors.get(p + "ReturnPressure").getAsDouble();
        // supply − return: on the primary the drop across the CDU, on the secondary the pumps' net lift
        n.set("DeltaPressurekPa", Json.derived(supply - ret));
        double tSupply = sensors.get(p + "SupplyTemp").getAsDouble();
        double tReturn = sensors.get(p + "ReturnTemp").getAsDouble();
        // return − supply: what the coolant warms on the primary, what the IT warms it on the secondary
        n.set("DeltaTemperatureCelsius", Json.derived(tReturn - tSupply));
        // the heat crosses the exchanger: what the primary takes away is what the secondary gives up
        n.set("HeatRemovedkW", sensorExcerpt(CduSensors.HEAT_LOAD));
        if (primary) {
            n.set("ValvePositionPercent", sensorExcerpt(CduSensors.VALVE_POSITION));
            Json.action(n, "CoolantConnector.ValveControl")
                    .putArray("ValveState@Redfish.AllowableValues").add("Open").add("Closed");
        }
        out.put(uri, n);
    }

    private ObjectNode pump(String id) {
        String uri = unit + "/Pumps/" + id;
        ObjectNode n = resource(uri, "#Pump.v1_2_0.Pump", "Secondary Pump " + id);
        n.put("PumpType", "Liquid");
        double speed = sensors.get(CduSensors.pumpSpeed(id)).getAsDouble();
        n.set("Status", status(speed > 0 ? "Enabled" : "StandbySpare", "OK"));
        n.set("PumpSpeedPercent", sensorExcerpt(CduSensors.pumpSpeed(id)));
        n.set("Location", Json.location("Secondary Pump " + id));
        Json.action(n, "Pump.SetMode").putArray("Mode@Redfish.AllowableValues").add("Enabled").add("Disabled");
        return n;
    }

    private ObjectNode reservoir(String uri, String health) {
        ObjectNode n = resource(uri, "#Reservoir.v1_0_2.Reservoir", "Expansion Reservoir");
        n.put("ReservoirType", "Reserve");
        n.put("CapacityLiters", Json.round(cdu.reservoirVolumeM3() * 1000));
        n.set("Status", status("Enabled", health));
        n.set("FluidLevelPercent", sensorExcerpt(CduSensors.RESERVOIR_LEVEL));
        n.put("FluidLevelStatus", health);
        n.set("Location", Json.location("Expansion Reservoir"));
        return n;
    }

    /** The secondary filter: in service since the twin started (the engine grows its Δp with service time). */
    private ObjectNode filter(String uri) {
        ObjectNode n = resource(uri, "#Filter.v1_1_0.Filter", "Secondary Loop Filter");
        n.put("Replaceable", true);
        n.put("HotPluggable", false);
        n.set("Location", Json.location("Secondary Filter"));
        n.put("ServiceHours", Json.round(sim.timeS() / 3600));
        n.putNull("RatedServiceHours");
        n.putNull("ServicedDate");
        n.set("Status", status("Enabled", "OK"));
        return n;
    }

    private ObjectNode leakDetection(String health) {
        ObjectNode n = resource(unit + "/LeakDetection", "#LeakDetection.v1_2_0.LeakDetection", "Leak Detection");
        n.set("Status", status("Enabled", health));
        ObjectNode group = n.putArray("LeakDetectorGroups").addObject();
        group.put("GroupName", "Detectors in CDU " + cdu.id());
        group.set("Status", F.objectNode().put("Health", health));
        group.putNull("HumidityPercent");
        group.putArray("Detectors").addObject()
                .put("DataSourceUri", chassis + "/LeakDetectors/" + LEAK_DETECTOR_ID)
                .put("DeviceName", "Reservoir Level Leak Detector")
                .put("DetectorState", health);
        // Deprecated in LeakDetection v1.1 in favour of Chassis/{id}/LeakDetectors, but the OCP CDU profile needs it.
        n.set("LeakDetectors", link(unit + "/LeakDetection/LeakDetectors"));
        return n;
    }

    private void leakDetectors(Map<String, ObjectNode> out, String collectionUri, String type) {
        String uri = collectionUri + "/" + LEAK_DETECTOR_ID;
        out.put(collectionUri, collection(collectionUri, "LeakDetectorCollection", "Leak Detectors", List.of(uri)));
        String state = health(sim.leakDetectorState(cdu.id()));
        ObjectNode n = resource(uri, type, "Reservoir Level Leak Detector");
        n.put("LeakDetectorType", "FloatSwitch");
        n.set("Status", status("Enabled", state));
        n.put("DetectorState", state);
        n.put("PhysicalContext", "CoolingSubsystem");
        n.set("Location", Json.location("Expansion Reservoir Level Switch"));
        out.put(uri, n);
    }

    private ObjectNode chassisResource(String health) {
        ObjectNode n = resource(chassis, "#Chassis.v1_28_0.Chassis", "Chassis of CDU " + cdu.id());
        n.put("ChassisType", "StandAlone");
        Json.asset(n, cdu.model());
        n.put("UUID", RedfishModel.uuid(sim.model().plant().name() + "/chassis/" + cdu.id()));
        n.put("PowerState", "On");
        n.set("Status", status("Enabled", health));
        n.set("Sensors", link(chassis + "/Sensors"));
        n.set("LeakDetectors", link(chassis + "/LeakDetectors"));
        n.set("Controls", link(chassis + "/Controls"));
        ObjectNode l = n.putObject("Links");
        l.set("CoolingUnits", links(unit));
        l.set("ManagedBy", Json.managedBy());
        l.set("ConnectedCoolingLoops", links(CoolingLoops.COLLECTION + "/" + cdu.primaryLoopId(),
                CoolingLoops.COLLECTION + "/" + cdu.secondaryLoopId()));
        return n;
    }

    /** @return the Sensor of {@code d} on the Chassis at {@code chassis} */
    static ObjectNode sensor(String chassis, CduSensors.Def d) {
        String uri = chassis + "/Sensors/" + d.id();
        ObjectNode n = resource(uri, "#Sensor.v1_12_0.Sensor", d.name());
        n.put("ReadingType", d.readingType());
        n.put("ReadingUnits", d.units());
        double v = d.value().getAsDouble();
        if (Double.isFinite(v)) {
            n.put("Reading", Json.round(v));
        } else {
            n.putNull("Reading");
        }
        n.set("Status", status("Enabled", "OK"));
        n.put("PhysicalContext", "CoolingSubsystem");
        return n;
    }

    private ObjectNode sensorExcerpt(String sensorId) {
        return excerpt(sensors.get(sensorId).getAsDouble(), chassis + "/Sensors/" + sensorId);
    }

    private Optional<Loop> loop(String id) {
        return sim.model().plant().loop(id);
    }

    /** @return the Coolant of a loop, its properties at the loop's supply setpoint and fill pressure */
    static ObjectNode coolant(Loop l) {
        ObjectNode c = F.objectNode();
        String id = l.coolant().id();
        String upper = id.toUpperCase(Locale.ROOT);
        if (upper.equals("WATER")) {
            c.put("CoolantType", "Water");
        } else if (upper.matches("[PE]G\\d+")) {
            c.put("CoolantType", "Water");
            c.put("AdditiveName", upper.startsWith("P") ? "Propylene glycol" : "Ethylene glycol");
            c.put("AdditivePercent", Integer.parseInt(upper.substring(2)));
        } else {
            c.put("CoolantType", "Dielectric");
            c.put("AdditiveName", id);
        }
        var fluid = l.coolant().fluid();
        double t = l.supplyTempSetpointK();
        double p = l.staticPressurePa();
        c.put("DensityKgPerCubicMeter", Json.round(fluid.densityKgM3(t, p)));
        c.put("SpecificHeatkJoulesPerKgK", Json.round(fluid.specificHeatJKgK(t, p) / 1e3));
        return c;
    }

    /** @return the Redfish {@code Resource.Health} of a leak detector state */
    static String health(LeakDetectorState s) {
        return switch (s) {
            case OK -> "OK";
            case WARNING -> "Warning";
            case CRITICAL -> "Critical";
        };
    }
}
