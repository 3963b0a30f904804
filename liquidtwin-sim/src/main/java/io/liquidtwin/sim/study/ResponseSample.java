package io.liquidtwin.sim.study;

/**
 * The plant's state at one instant near an event, sampled finely (every minute or so) from shortly before each
 * scheduled event until the plant has settled after it, so the report can show how the plant answered.
 *
 * @param timeS              simulated time, s from the start of the run
 * @param facilitySupplyC    facility loop supply temperature, °C
 * @param hottestCduSupplyC  highest CDU secondary supply temperature, °C
 * @param tankPressureKpa    highest two-phase tank pressure, kPa (0 when the plant has none)
 * @param peakDeviceC        hottest device surface/case temperature now, °C
 * @param itKw               IT power now, kW
 * @param coolingKw          pumps + fans + chillers now, kW
 */
public record ResponseSample(double timeS, double facilitySupplyC, double hottestCduSupplyC, double tankPressureKpa,
                             double peakDeviceC, double itKw, double coolingKw) {
}
