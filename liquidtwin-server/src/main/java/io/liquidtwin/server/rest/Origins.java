package io.liquidtwin.server.rest;

import io.liquidtwin.server.live.TwinSnapshot;
import java.util.Map;

/**
 * Finds the Redfish resource behind a twin series for an event's OriginOfCondition: a CDU channel
 * {@code <cdu>.<quantity>} maps to the CDU chassis' Sensor of that quantity (or its LeakDetector for the leak
 * detector), else to the CDU's CoolingUnit; anything else to ThermalEquipment. Only URIs the twin publishes are
 * returned, and never a collection.
 */
final class Origins {

    private static final String THERMAL = "/redfish/v1/ThermalEquipment";
    private static final Map<String, String> SENSOR_IDS = Map.of("heat", "PrimaryHeatLoad",
            "valve_position", "PrimaryValvePosition");

    private Origins() {
    }

    static String of(String seriesName, boolean leakDetector, TwinSnapshot snap) {
        int dot = seriesName.indexOf('.');
        if (dot > 0) {
            String unit = seriesName.substring(0, dot);
            String quantity = seriesName.substring(dot + 1);
            String chassis = "/redfish/v1/Chassis/" + unit;
            String cdu = THERMAL + "/CDUs/" + unit;
            if (leakDetector || quantity.equals("leak_detector")) {
                String prefix = chassis + "/LeakDetectors/";
                for (String uri : snap.redfish().keySet()) {
                    if (uri.startsWith(prefix) && uri.indexOf('/', prefix.length()) < 0) {
                        return uri;
                    }
                }
            }
            String sensor = chassis + "/Sensors/" + SENSOR_IDS.getOrDefault(quantity, camel(quantity));
            if (snap.redfish().containsKey(sensor)) {
                return sensor;
            }
            if (snap.redfish().containsKey(cdu)) {
                return cdu;
            }
        }
        return THERMAL;
    }

    private static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
