package io.liquidtwin.sim.engine;

/**
 * State of a CDU's leak detector, with the meaning of the DMTF Redfish {@code LeakDetector.DetectorState} property
 * (Redfish schema LeakDetector v1.0, DSP8010 2023.2; its values are those of {@code Resource.Health}): OK = no leak,
 * Warning = a condition that needs attention, Critical = a condition that needs immediate attention. The engine
 * derives it from the CDU reservoir's level (see {@link Reservoirs}).
 */
public enum LeakDetectorState {
    /** Reservoir level above {@link Reservoirs#WARNING_LEVEL_FRACTION}: no leak detected. */
    OK,
    /** Level at or below {@link Reservoirs#WARNING_LEVEL_FRACTION}: coolant is being lost. */
    WARNING,
    /** Level at or below {@link Reservoirs#CRITICAL_LEVEL_FRACTION}: act now, the pumps will soon run dry. */
    CRITICAL
}
