package io.liquidtwin.ops.alarm;

/**
 * Alarm priority, the four levels common in ISA-18.2 practice (ISA-TR18.2.x / EEMUA 191 recommend about 5 % / 15 % /
 * 80 % across high, medium and low, with a separate emergency / critical tier for the few alarms that protect people
 * or equipment, e.g. leak detectors).
 */
public enum Priority {
    CRITICAL, HIGH, MEDIUM, LOW
}
