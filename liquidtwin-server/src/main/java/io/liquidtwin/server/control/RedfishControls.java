package io.liquidtwin.server.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.redfish.Json;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.redfish.RedfishDirectory.Method;
import io.liquidtwin.server.redfish.RedfishDirectory.Response;
import io.liquidtwin.sim.plant.Cdu;
import io.liquidtwin.sim.plant.Controls;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Redfish side of the controls: for every plant CDU,
 * <ul>
 * <li>{@code GET /redfish/v1/Chassis/{cdu}/Controls} (ControlCollection);</li>
 * <li>{@code GET|PATCH /redfish/v1/Chassis/{cdu}/Controls/SecondarySupplyTemperature} (Control, Temperature): the
 * primary-valve controller's secondary supply setpoint; only {@code SetPoint} is writable, within AllowableMin/Max
 * from {@link SetpointRules};</li>
 * <li>{@code GET|PATCH /redfish/v1/Chassis/{cdu}/Controls/PrimaryValve} (Control, Valve): {@code ControlMode}
 * Automatic (the controller positions the valve) or Manual with {@code SetPoint} the held opening, %;</li>
 * <li>{@code POST .../ThermalEquipment/CDUs/{cdu}/Actions/CoolingUnit.SetMode} ({@code Mode} Enabled|Disabled),
 * {@code .../Pumps/{n}/Actions/Pump.SetMode} (pump {@code {cdu}.pump-{n}}) and
 * {@code .../PrimaryCoolantConnectors/1/Actions/CoolantConnector.ValveControl} ({@code ValveState} Open: the valve
 * returns to its normal, controlled position; Closed: it is held closed; optional {@code ValveStateReason}).</li>
 * </ul>
 * Every write goes through the {@link ControlService} (privilege, checks, audit); a successful action answers 200
 * with a Base.1.22.Success message, a successful PATCH 200 with the updated Control.
 */
final class RedfishControls {

    static final String CHASSIS = "/redfish/v1/Chassis/";
    static final String CDUS = "/redfish/v1/ThermalEquipment/CDUs/";
    static final String SUPPLY = "SecondarySupplyTemperature";
    static final String VALVE = "PrimaryValve";
    /** The secondary supply temperature Sensor of the CDU's Chassis (CduSensors.SECONDARY_SUPPLY_TEMP). */
    static final String SUPPLY_SENSOR = "SecondarySupplyTemp";
    /** The primary valve position Sensor of the CDU's Chassis (CduSensors.VALVE_POSITION). */
    static final String VALVE_SENSOR = "PrimaryValvePosition";
    private static final double K0 = 273.15;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> MODES = Set.of("Enabled", "Disabled");
    /** Control properties this service does not let a client write (the schema's, read-only here). */
    private static final Set<String> CONTROL_PROPERTIES = Set.of("@odata.context", "@odata.etag", "@odata.id",
            "@odata.type", "Accuracy", "Actions", "AllowableMax", "AllowableMin", "AllowableNumericValues",
            "AssociatedSensors", "ControlDelaySeconds", "ControlLoop", "ControlMode", "ControlType", "DeadBand",
            "DefaultSetPoint", "Description", "Id", "Implementation", "Increment", "Location", "Name", "Oem",
            "PhysicalContext", "PhysicalSubContext", "RelatedItem", "Sensor", "SetPoint", "SetPointAccuracy",
            "SetPointError", "SetPointType", "SetPointUnits", "SetPointUpdateTime", "SettingMax", "SettingMin",
            "Status");

    private static final Pattern CONTROL = Pattern.compile("/redfish/v1/Chassis/([^/]+)/Controls/([^/]+)");
    private static final Pattern UNIT_ACTION =
            Pattern.compile("/redfish/v1/ThermalEquipment/CDUs/([^/]+)/Actions/CoolingUnit\\.SetMode");
    private static final Pattern PUMP_ACTION =
            Pattern.compile("/redfish/v1/ThermalEquipment/CDUs/([^/]+)/Pumps/([^/]+)/Actions/Pump\\.SetMode");
    private static final Pattern VALVE_ACTION = Pattern.compile("/redfish/v1/ThermalEquipment/CDUs/([^/]+)"
            + "/PrimaryCoolantConnectors/1/Actions/CoolantConnector\\.ValveControl");

    private final LiveTwin twin;
    private final ControlService service;
    private final Map<String, Cdu> cdus;
    private final Controls controls;
    private final List<String> pumpIds;

    RedfishControls(LiveTwin twin, ControlService service) {
        this.twin = twin;
        this.service = service;
        Map<String, Cdu> m = new java.util.LinkedHashMap<>();
        twin.read(sim -> sim.model().plant()).cdus().forEach(c -> m.put(c.id(), c));
        this.cdus = Map.copyOf(m);
        this.controls = twin.read(sim -> sim.model().plant().controls());
        this.pumpIds = twin.read(sim -> sim.faults().pumpIds());
    }

    void register(RedfishDirectory dir) {
        dir.addProvider((uri, who) -> get(uri));
        dir.on(Method.PATCH, uri -> control(uri).isPresent(), (uri, body, who) -> patch(uri, body,
                new Actor(who, Via.redfish)));
        setMode(dir, "CoolingUnit.SetMode", uri -> cduOf(UNIT_ACTION, uri), Command.cduMode,
                (cdu, mode) -> new Request.CduMode(cdu, mode, "Id"));
        setMode(dir, "Pump.SetMode", this::pumpOf, Command.pumpMode,
                (pump, mode) -> new Request.PumpMode(pump, mode, "Id"));
        dir.on(Method.POST, uri -> cduOf(VALVE_ACTION, uri).isPresent(), (uri, body, who) -> {
            String cdu = cduOf(VALVE_ACTION, uri).orElseThrow();
            String action = "CoolantConnector.ValveControl";
            service.execute(new Actor(who, Via.redfish), Command.valve, cdu, body, () -> {
                Bodies.onlyKnown(action, body, Set.of("ValveState", "ValveStateReason"));
                Bodies.enumParameter(action, body, "ValveStateReason", Set.of("Normal", "NotInUse", "LeakDetected"),
                        false);
                String state = Bodies.enumParameter(action, body, "ValveState", Set.of("Open", "Closed"), true);
                return new Request.Valve(cdu, state.equals("Open") ? null : 0.0, "Id", "ValveState");
            });
            return Response.ok(Bodies.success());
        });
    }

    // ---- GET ---------------------------------------------------------------------------------------------------

    private Optional<ObjectNode> get(String uri) {
        if (uri.startsWith(CHASSIS) && uri.endsWith("/Controls")) {
            String cdu = uri.substring(CHASSIS.length(), uri.length() - "/Controls".length());
            if (!cdus.containsKey(cdu)) {
                return Optional.empty();
            }
            return Optional.of(collection(cdu));
        }
        return control(uri).map(c -> c[1].equals(SUPPLY) ? supply(c[0]) : valve(c[0]));
    }

    /** @return {cdu, control id} of a Control URI this module serves */
    private Optional<String[]> control(String uri) {
        Matcher m = CONTROL.matcher(uri);
        if (m.matches() && cdus.containsKey(m.group(1)) && (m.group(2).equals(SUPPLY) || m.group(2).equals(VALVE))) {
            return Optional.of(new String[]{m.group(1), m.group(2)});
        }
        return Optional.empty();
    }

    private ObjectNode collection(String cdu) {
        String uri = CHASSIS + cdu + "/Controls";
        return Json.collection(uri, "ControlCollection", "Controls of CDU " + cdu,
                List.of(uri + "/" + SUPPLY, uri + "/" + VALVE));
    }

    private record State(double setpointC, SetpointRange range, boolean inService, boolean valveStuck,
                         double valveOpening) {
    }

    private State state(String cdu) {
        SetpointRange range = service.setpointRange(cdu);
        return twin.read(sim -> new State(sim.faults().setpointC(cdu), range, sim.faults().cduInService(cdu),
                sim.faults().valveStuck(cdu), sim.faults().valveOpening(cdu)));
    }

    private ObjectNode base(String cdu, String id, String name) {
        ObjectNode n = F.objectNode();
        n.put("@odata.id", CHASSIS + cdu + "/Controls/" + id);
        n.put("@odata.type", "#Control.v1_7_0.Control");
        n.put("Id", id);
        n.put("Name", name);
        return n;
    }

    /**
     * The secondary supply temperature Control. Its Description states the AllowableMin/Max rule with the plant
     * values used ({@link SetpointRules}).
     */
    private ObjectNode supply(String cdu) {
        State s = state(cdu);
        Cdu spec = cdus.get(cdu);
        ObjectNode n = base(cdu, SUPPLY, "Secondary Supply Temperature Control");
        n.put("Description", "Setpoint of the CDU's secondary (technology) supply temperature, held by the primary"
                + " control valve. Allowed range, derived from the plant: " + s.range().rule() + ".");
        n.put("PhysicalContext", "CoolingSubsystem");
        n.put("ControlType", "Temperature");
        n.put("ControlMode", !s.inService() ? "Disabled" : s.valveStuck() ? "Manual" : "Automatic");
        n.put("SetPoint", round(s.setpointC()));
        n.put("SetPointUnits", "Cel");
        n.put("DefaultSetPoint", round(spec.secondarySupplySetpointK() - K0));
        n.put("AllowableMin", s.range().minC());
        n.put("AllowableMax", s.range().maxC());
        n.put("Implementation", "Programmable");
        ObjectNode loop = n.putObject("ControlLoop");
        loop.put("Proportional", controls.cduSupplyTemp().proportionalGain());
        loop.put("Integral", controls.cduSupplyTemp().proportionalGain() / controls.cduSupplyTemp().integralTimeS());
        loop.put("Differential", 0);
        n.set("Sensor", excerpt(cdu, cdu + ".secondary_supply_temp", SUPPLY_SENSOR));
        n.putArray("RelatedItem").addObject().put("@odata.id", CDUS + cdu);
        n.putObject("Status").put("State", s.inService() ? "Enabled" : "Disabled").put("Health", "OK");
        return n;
    }

    private ObjectNode valve(String cdu) {
        State s = state(cdu);
        ObjectNode n = base(cdu, VALVE, "Primary Control Valve");
        n.put("Description", "The CDU's primary (facility water) control valve. Automatic: the supply temperature"
                + " controller positions it. Manual: it is held at SetPoint percent open (PATCH SetPoint, or"
                + " ControlMode Automatic to return it to its controller).");
        n.put("PhysicalContext", "CoolingSubsystem");
        n.put("ControlType", "Valve");
        n.put("ControlMode", s.valveStuck() ? "Manual" : "Automatic");
        if (s.valveStuck()) {
            n.put("SetPoint", round(s.valveOpening() * 100));
        } else {
            n.putNull("SetPoint");
        }
        n.put("SetPointUnits", "%");
        n.put("AllowableMin", 0);
        n.put("AllowableMax", 100);
        n.put("Implementation", "Direct");
        n.set("Sensor", excerpt(cdu, cdu + ".valve_position", VALVE_SENSOR));
        n.putArray("RelatedItem").addObject().put("@odata.id", CDUS + cdu + "/PrimaryCoolantConnectors/1");
        n.putObject("Status").put("State", s.inService() ? "Enabled" : "Disabled").put("Health", "OK");
        return n;
    }

    private ObjectNode excerpt(String cdu, String channel, String sensorId) {
        ObjectNode e = F.objectNode();
        Double v = twin.snapshot().readings().get(channel);
        if (v != null && Double.isFinite(v)) {
            e.put("Reading", round(v));
        } else {
            e.putNull("Reading");
        }
        e.put("DataSourceUri", CHASSIS + cdu + "/Sensors/" + sensorId);
        return e;
    }

    // ---- PATCH -------------------------------------------------------------------------------------------------

    private Response patch(String uri, JsonNode body, Actor actor) {
        String[] c = control(uri).orElseThrow();
        boolean supply = c[1].equals(SUPPLY);
        Command command = supply ? Command.setpoint : Command.valve;
        service.execute(actor, command, c[0], body, () -> supply ? supplyRequest(c[0], body) : valveRequest(c[0],
                body));
        return Response.ok(supply ? supply(c[0]) : valve(c[0]));
    }

    private static Request supplyRequest(String cdu, JsonNode body) {
        checkProperties(body, Set.of("SetPoint"));
        JsonNode v = body.get("SetPoint");
        if (v == null) {
            throw new ApiException(Problem.PROPERTY_MISSING, "SetPoint");
        }
        if (!v.isNumber()) {
            throw new ApiException(Problem.PROPERTY_VALUE_TYPE_ERROR, v.isTextual() ? v.asText() : v.toString(),
                    "SetPoint");
        }
        return new Request.Setpoint(cdu, v.asDouble(), "Id", "SetPoint");
    }

    private Request valveRequest(String cdu, JsonNode body) {
        checkProperties(body, Set.of("SetPoint", "ControlMode"));
        JsonNode mode = body.get("ControlMode");
        JsonNode v = body.get("SetPoint");
        if (mode == null && v == null) {
            throw new ApiException(Problem.PROPERTY_MISSING, "SetPoint");
        }
        if (mode != null && !mode.isTextual()) {
            throw new ApiException(Problem.PROPERTY_VALUE_TYPE_ERROR, mode.toString(), "ControlMode");
        }
        if (mode != null && !Set.of("Automatic", "Manual").contains(mode.asText())) {
            throw new ApiException(Problem.PROPERTY_VALUE_NOT_IN_LIST, mode.asText(), "ControlMode");
        }
        if (v != null && !v.isNumber()) {
            throw new ApiException(Problem.PROPERTY_VALUE_TYPE_ERROR, v.isTextual() ? v.asText() : v.toString(),
                    "SetPoint");
        }
        if (mode != null && mode.asText().equals("Automatic")) {
            if (v != null) {
                throw new ApiException(Problem.PROPERTY_VALUE_NOT_IN_LIST, "Automatic", "ControlMode");
            }
            return new Request.Valve(cdu, null, "Id", "SetPoint");
        }
        double percent = v != null ? v.asDouble() : twin.read(sim -> sim.faults().valveOpening(cdu)) * 100;
        return new Request.Valve(cdu, percent, "Id", "SetPoint");
    }

    /** Unknown properties → PropertyUnknown, read-only ones → PropertyNotWritable (every one reported). */
    private static void checkProperties(JsonNode body, Set<String> writable) {
        List<ApiException.Occurrence> bad = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (writable.contains(name)) {
                continue;
            }
            Problem p = CONTROL_PROPERTIES.contains(name) ? Problem.PROPERTY_NOT_WRITABLE : Problem.PROPERTY_UNKNOWN;
            bad.add(new ApiException.Occurrence(p, List.of(name)));
        }
        if (!bad.isEmpty()) {
            throw new ApiException(bad);
        }
    }

    // ---- action targets ----------------------------------------------------------------------------------------

    private Optional<String> cduOf(Pattern p, String uri) {
        Matcher m = p.matcher(uri);
        return m.matches() && cdus.containsKey(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** @return the engine pump id of a Pump.SetMode URI whose pump exists ({@code {cdu}.pump-{n}}) */
    private Optional<String> pumpOf(String uri) {
        Matcher m = PUMP_ACTION.matcher(uri);
        if (!m.matches() || !cdus.containsKey(m.group(1))) {
            return Optional.empty();
        }
        String id = m.group(1) + ".pump-" + m.group(2);
        return pumpIds.contains(id) ? Optional.of(id) : Optional.empty();
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** A {@code SetMode} action ({@code {"Mode": "Enabled" | "Disabled"}}) on the targets {@code targetOf} finds. */
    private void setMode(RedfishDirectory dir, String action, Function<String, Optional<String>> targetOf,
                         Command command, BiFunction<String, Mode, Request> request) {
        dir.on(Method.POST, uri -> targetOf.apply(uri).isPresent(), (uri, body, who) -> {
            String target = targetOf.apply(uri).orElseThrow();
            service.execute(new Actor(who, Via.redfish), command, target, body, () -> {
                Bodies.onlyKnown(action, body, Set.of("Mode"));
                Mode mode = Mode.valueOf(Bodies.enumParameter(action, body, "Mode", MODES, true));
                return request.apply(target, mode);
            });
            return Response.ok(Bodies.success());
        });
    }
}
