package io.liquidtwin.sim.plant;

import java.util.Optional;

/**
 * A bank of identical dry coolers (liquid-to-air, crossflow, fans), in parallel with each other, on a facility loop;
 * optionally with adiabatic pre-cooling pads that bring the inlet air toward the wet-bulb.
 *
 * @param id                   unique equipment id
 * @param model                catalogue model the values came from, if any
 * @param loopId               the facility loop
 * @param count                units in the bank
 * @param designCapacityW      rated heat rejection of one unit, dry, at the rating conditions below, W
 * @param ratedEnteringWaterK  rating: liquid entering, K
 * @param ratedLeavingWaterK   rating: liquid leaving, K
 * @param ratedAmbientK        rating: air dry-bulb entering, K
 * @param airFlowM3s           air flow of one unit at full fan speed, m³/s
 * @param fanPowerW            fan electrical power of one unit at full speed, W (∝ speed³)
 * @param waterDpPa            liquid-side pressure drop of one unit at its rated flow, Pa
 * @param adiabatic            whether adiabatic pre-cooling is fitted
 * @param padEfficiency        pad saturation efficiency (inlet air moves this share of the way to wet-bulb), 0…1
 * @param adiabaticAboveK      dry-bulb above which the pads are wetted, K
 */
public record DryCooler(String id, Optional<String> model, String loopId, int count, double designCapacityW,
                        double ratedEnteringWaterK, double ratedLeavingWaterK, double ratedAmbientK,
                        double airFlowM3s, double fanPowerW, double waterDpPa, boolean adiabatic,
                        double padEfficiency, double adiabaticAboveK) {
}
