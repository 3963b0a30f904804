package io.liquidtwin.sim.study;

import io.liquidtwin.sim.fault.FaultEvent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one scenario event: {@code {at: TIME, type: TYPE, …fields}}. {@code at} is a calendar time
 * ({@code MM-DD HH:MM} in the simulated year) or a duration from the start of the run ({@code 4718h}).
 */
final class EventReader {

    /** Event types and the fields each takes (besides at and type). */
    enum Type {
        PUMP_TRIP("pump"), PUMP_RESTORE("pump"), CDU_LOSS("cdu"), CDU_RESTORE("cdu"),
        FAN_FAILURE("unit", "failedUnits"), FAN_RESTORE("unit"), VALVE_STUCK("cdu", "openingPercent"),
        VALVE_RELEASE("cdu"), LEAK("cdu", "rateLpm"), LEAK_REPAIRED("cdu"),
        SENSOR_FAILURE("sensor", "mode", "magnitude"), SENSOR_RESTORE("sensor"), LOAD_SPIKE("factor", "duration"),
        SETPOINT("target", "setpointC");

        final Set<String> fields;

        Type(String... fields) {
            this.fields = Set.of(fields);
        }

        String yamlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static String all() {
            return Arrays.stream(values()).map(Type::yamlName).collect(Collectors.joining(", "));
        }
    }

    private EventReader() {
    }

    /** @return the event, or null after reporting its problems */
    static FaultEvent read(Node n, String field, double startS, double durationS, ScenarioReader r) {
        if (!(n instanceof MappingNode m)) {
            r.report(n, field, "expected a mapping {at: TIME, type: TYPE, ...}");
            return null;
        }
        Set<String> allowed = new java.util.HashSet<>(Set.of("at", "type"));
        for (Type t : Type.values()) {
            allowed.addAll(t.fields);
        }
        Map<String, Node> k = r.fieldKeys(m, field, allowed);
        String typeText = r.fieldText(k.get("type"), field + ".type");
        if (typeText == null) {
            r.report(n, field + ".type", "missing; one of " + Type.all());
            return null;
        }
        Type type;
        try {
            type = Type.valueOf(typeText.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            r.report(k.get("type"), field + ".type", "'" + typeText + "' is not one of " + Type.all());
            return null;
        }
        for (String key : k.keySet()) {
            if (!key.equals("at") && !key.equals("type") && !type.fields.contains(key)) {
                r.report(k.get(key), field + "." + key, "not a field of " + type.yamlName() + " (it takes "
                        + type.fields + ")");
            }
        }
        for (String need : type.fields) {
            if (k.get(need) == null && !(type == Type.FAN_FAILURE && need.equals("failedUnits"))
                    && !(type == Type.SENSOR_FAILURE && need.equals("magnitude"))) {
                r.report(n, field + "." + need, "missing (" + type.yamlName() + " takes " + type.fields + ")");
                return null;
            }
        }
        Node atNode = k.get("at");
        if (atNode == null) {
            r.report(n, field + ".at", "missing; a calendar time MM-DD HH:MM or a duration from the start (4718h)");
            return null;
        }
        String atText = r.fieldText(atNode, field + ".at");
        double at = r.fieldTime(atNode, field + ".at", true);
        if (Double.isNaN(at)) {
            return null;
        }
        if (atText != null && SimTime.isCalendar(atText)) {
            at -= startS;
            if (at < 0) {
                at += SimTime.YEAR_S; // a calendar time before the start falls in the next year of a run
            }
        }
        if (at >= durationS) {
            r.report(atNode, field + ".at", "falls at " + Math.round(at / 3600) + " h of the run, after its end ("
                    + Math.round(durationS / 3600) + " h)");
            return null;
        }
        String f = field + ".";
        return switch (type) {
            case PUMP_TRIP -> new FaultEvent.PumpTrip(at, r.fieldText(k.get("pump"), f + "pump"));
            case PUMP_RESTORE -> new FaultEvent.PumpRestore(at, r.fieldText(k.get("pump"), f + "pump"));
            case CDU_LOSS -> new FaultEvent.CduLoss(at, r.fieldText(k.get("cdu"), f + "cdu"));
            case CDU_RESTORE -> new FaultEvent.CduRestore(at, r.fieldText(k.get("cdu"), f + "cdu"));
            case FAN_FAILURE -> new FaultEvent.FanFailure(at, r.fieldText(k.get("unit"), f + "unit"),
                    (int) r.fieldNumber(k.get("failedUnits"), f + "failedUnits", 1, 1, 10_000));
            case FAN_RESTORE -> new FaultEvent.FanRestore(at, r.fieldText(k.get("unit"), f + "unit"));
            case VALVE_STUCK -> new FaultEvent.ValveStuck(at, r.fieldText(k.get("cdu"), f + "cdu"),
                    r.fieldNumber(k.get("openingPercent"), f + "openingPercent", 0, 0, 100) / 100);
            case VALVE_RELEASE -> new FaultEvent.ValveRelease(at, r.fieldText(k.get("cdu"), f + "cdu"));
            case LEAK -> new FaultEvent.Leak(at, r.fieldText(k.get("cdu"), f + "cdu"),
                    r.fieldNumber(k.get("rateLpm"), f + "rateLpm", 1, 1e-6, 10_000));
            case LEAK_REPAIRED -> new FaultEvent.LeakRepaired(at, r.fieldText(k.get("cdu"), f + "cdu"));
            case SENSOR_FAILURE -> sensorFailure(at, k, f, r);
            case SENSOR_RESTORE -> new FaultEvent.SensorRestore(at, r.fieldText(k.get("sensor"), f + "sensor"));
            case LOAD_SPIKE -> new FaultEvent.LoadSpike(at, r.fieldTime(k.get("duration"), f + "duration", false),
                    r.fieldNumber(k.get("factor"), f + "factor", 1, 0, 2));
            case SETPOINT -> new FaultEvent.SetpointChange(at, r.fieldText(k.get("target"), f + "target"),
                    r.fieldNumber(k.get("setpointC"), f + "setpointC", 30, -20, 90));
        };
    }

    private static FaultEvent sensorFailure(double at, Map<String, Node> k, String f, ScenarioReader r) {
        String modeText = r.fieldText(k.get("mode"), f + "mode");
        FaultEvent.SensorMode mode;
        try {
            mode = ScenarioReader.sensorMode(modeText == null ? "" : modeText);
        } catch (IllegalArgumentException e) {
            r.report(k.get("mode"), f + "mode", "'" + modeText + "' is not one of stuck, noisy, drift");
            return null;
        }
        double magnitude = r.fieldNumber(k.get("magnitude"), f + "magnitude", 0, -1e6, 1e6);
        if (mode != FaultEvent.SensorMode.STUCK && k.get("magnitude") == null) {
            r.report(k.get("mode"), f + "magnitude", "a " + modeText + " sensor needs 'magnitude' (noise σ, or drift "
                    + "per hour, in the sensor's unit)");
            return null;
        }
        return new FaultEvent.SensorFailure(at, r.fieldText(k.get("sensor"), f + "sensor"), mode, magnitude);
    }
}
