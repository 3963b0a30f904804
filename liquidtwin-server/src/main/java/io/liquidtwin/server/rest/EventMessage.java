package io.liquidtwin.server.rest;

import io.liquidtwin.server.error.Problem;
import java.util.List;

/**
 * The DMTF registry messages the Redfish event stream uses (DSP8010 bundle: Environmental 1.4.0, SensorEvent 1.1.0),
 * with the registries' own templates and severities.
 */
enum EventMessage {
    LEAK_CRITICAL("Environmental.1.4", "LeakDetectedCritical", "Critical",
            "Leak detector '%1' reports a critical level leak."),
    LEAK_WARNING("Environmental.1.4", "LeakDetectedWarning", "Warning",
            "Leak detector '%1' reports a warning level leak."),
    LEAK_NORMAL("Environmental.1.4", "LeakDetectedNormal", "OK", "Leak detector '%1' has returned to normal."),
    ABOVE_UPPER_CAUTION("SensorEvent.1.1", "ReadingAboveUpperCautionThreshold", "Warning",
            "Sensor '%1' reading of %2 (%3) is above the %4 upper caution threshold."),
    ABOVE_UPPER_CRITICAL("SensorEvent.1.1", "ReadingAboveUpperCriticalThreshold", "Critical",
            "Sensor '%1' reading of %2 (%3) is above the %4 upper critical threshold."),
    BELOW_LOWER_CAUTION("SensorEvent.1.1", "ReadingBelowLowerCautionThreshold", "Warning",
            "Sensor '%1' reading of %2 (%3) is below the %4 lower caution threshold."),
    BELOW_LOWER_CRITICAL("SensorEvent.1.1", "ReadingBelowLowerCriticalThreshold", "Critical",
            "Sensor '%1' reading of %2 (%3) is below the %4 lower critical threshold."),
    READING_WARNING("SensorEvent.1.1", "ReadingWarning", "Warning",
            "Sensor '%1' reading of %2 (%3) exceeds the warning level."),
    READING_CRITICAL("SensorEvent.1.1", "ReadingCritical", "Critical",
            "Sensor '%1' reading of %2 (%3) exceeds the critical level."),
    NORMAL_RANGE("SensorEvent.1.1", "SensorReadingNormalRange", "OK",
            "Sensor '%1' reading of %2 (%3) is within normal operating range."),
    SENSOR_DISCONNECTED("SensorEvent.1.1", "SensorDisconnected", "Warning", "Sensor '%1' was disconnected."),
    SENSOR_CONNECTED("SensorEvent.1.1", "SensorConnected", "OK", "Sensor '%1' was connected.");

    /** The registry prefixes these messages come from (the EventService's RegistryPrefixes). */
    static final List<String> PREFIXES = List.of("Environmental", "SensorEvent");

    private final String registry;
    private final String key;
    private final String severity;
    private final String template;

    EventMessage(String registry, String key, String severity, String template) {
        this.registry = registry;
        this.key = key;
        this.severity = severity;
        this.template = template;
    }

    /** @return {@code Registry.Major.Minor.Key} */
    String messageId() {
        return registry + "." + key;
    }

    /** @return OK, Warning or Critical */
    String severity() {
        return severity;
    }

    /** @return the message with its arguments */
    String message(List<String> args) {
        return Problem.format(template, args.toArray());
    }
}
