package io.liquidtwin.server.redfish;

import static io.liquidtwin.server.redfish.Json.collection;
import static io.liquidtwin.server.redfish.Json.derived;
import static io.liquidtwin.server.redfish.Json.link;
import static io.liquidtwin.server.redfish.Json.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.sim.engine.Channel;
import io.liquidtwin.sim.plant.Cdu;
import io.liquidtwin.sim.plant.Loop;
import io.liquidtwin.sim.plant.LoopKind;
import io.liquidtwin.sim.plant.Plant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every loop of the plant as a CoolingLoop under {@code /redfish/v1/ThermalEquipment/CoolingLoops/{loop id}}: its
 * coolant, the equipment that supplies it (facility: the heat-rejection units in the order the water meets them;
 * technology: its CDUs) and the equipment it feeds (facility: CDUs and heat-reuse exchangers; technology: racks and
 * tanks), by name as the schema has it. CoolingLoop has no reading properties, so the loop's header readings
 * (supply and return temperature, flow, supply pressure, from the engine's {@code <loop>.*} channels) are on one
 * CoolantConnector, {@code .../SecondaryCoolantConnectors/Headers}: the loop's connection to what it feeds. These
 * readings have no Sensor resource (there is no Chassis for a loop), so their excerpts carry no DataSourceUri. The
 * CDUs on a loop link to it from their Chassis ({@code Links.ConnectedCoolingLoops}).
 */
final class CoolingLoops {

    static final String COLLECTION = RedfishModel.ROOT + "/ThermalEquipment/CoolingLoops";
    private static final String HEADERS = "Headers";

    private final Plant plant;
    private final Map<String, Channel> channels;

    CoolingLoops(Plant plant, Map<String, Channel> channels) {
        this.plant = plant;
        this.channels = channels;
        for (Loop l : plant.loops()) {
            for (String q : List.of("supply_temp", "return_temp", "flow", "supply_pressure_abs")) {
                if (!channels.containsKey(l.id() + "." + q)) {
                    throw new IllegalStateException("the simulation has no sensor channel " + l.id() + "." + q);
                }
            }
        }
    }

    /** Adds the collection and every loop's resources. */
    void addTo(Map<String, ObjectNode> out) {
        out.put(COLLECTION, collection(COLLECTION, "CoolingLoopCollection", "Cooling Loops",
                plant.loops().stream().map(l -> COLLECTION + "/" + l.id()).toList()));
        plant.loops().forEach(l -> add(out, l));
    }

    private void add(Map<String, ObjectNode> out, Loop l) {
        String uri = COLLECTION + "/" + l.id();
        boolean facility = l.kind() == LoopKind.FACILITY;
        ObjectNode n = Json.resource(uri, "#CoolingLoop.v1_1_0.CoolingLoop",
                (facility ? "Facility Water Loop " : "Technology Cooling Loop ") + l.id());
        if (!l.description().isEmpty()) {
            n.put("Description", l.description());
        }
        n.put("UserLabel", l.id());
        n.set("Status", status("Enabled", "OK"));
        n.set("Coolant", CduResources.coolant(l));
        List<String> supply = new ArrayList<>();
        List<String> consuming = new ArrayList<>();
        if (facility) {
            supply.addAll(l.heatRejectionOrder());
            plant.cdusOn(l.id()).forEach(c -> consuming.add(c.id()));
            plant.heatReuse().stream().filter(h -> h.loopId().equals(l.id())).forEach(h -> consuming.add(h.id()));
        } else {
            plant.cdusServing(l.id()).stream().map(Cdu::id).forEach(supply::add);
            plant.coldPlateRacks().stream().filter(r -> r.loopId().equals(l.id())).forEach(r -> consuming.add(r.id()));
            plant.twoPhaseTanks().stream().filter(t -> t.loopId().equals(l.id())).forEach(t -> consuming.add(t.id()));
            plant.singlePhaseTanks().stream().filter(t -> t.loopId().equals(l.id()))
                    .forEach(t -> consuming.add(t.id()));
        }
        ArrayNode s = n.putArray("SupplyEquipmentNames");
        supply.forEach(s::add);
        ArrayNode c = n.putArray("ConsumingEquipmentNames");
        consuming.forEach(c::add);
        n.set("SecondaryCoolantConnectors", link(uri + "/SecondaryCoolantConnectors"));
        n.putObject("Links").set("ManagedBy", Json.managedBy());
        out.put(uri, n);

        String conn = uri + "/SecondaryCoolantConnectors/" + HEADERS;
        out.put(uri + "/SecondaryCoolantConnectors", collection(uri + "/SecondaryCoolantConnectors",
                "CoolantConnectorCollection", "Loop Headers", List.of(conn)));
        ObjectNode h = Json.resource(conn, "#CoolantConnector.v1_3_0.CoolantConnector", "Supply and return headers");
        h.set("Status", status("Enabled", "OK"));
        h.put("CoolantConnectorType", "Pair");
        h.put("CoolingLoopName", l.id());
        h.set("Coolant", CduResources.coolant(l));
        double supplyC = value(l, "supply_temp");
        double returnC = value(l, "return_temp");
        h.set("SupplyTemperatureCelsius", derived(supplyC));
        h.set("ReturnTemperatureCelsius", derived(returnC));
        h.set("DeltaTemperatureCelsius", derived(returnC - supplyC));
        h.set("FlowLitersPerMinute", derived(value(l, "flow")));
        h.set("SupplyPressurekPa", derived(value(l, "supply_pressure_abs")));
        out.put(conn, h);
    }

    private double value(Loop l, String quantity) {
        return channels.get(l.id() + "." + quantity).source().getAsDouble();
    }
}
