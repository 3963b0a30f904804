package io.liquidtwin.sim.plant;

import java.util.Optional;

/**
 * A bank of identical air-cooled chillers on a facility loop (evaporator in the loop water), optionally with a
 * free-cooling economiser coil. Condenser heat = evaporator heat + compressor work.
 *
 * @param id                   unique equipment id
 * @param model                catalogue model the values came from, if any
 * @param loopId               the facility loop
 * @param count                chillers in the bank
 * @param designCapacityW      rated cooling capacity of one chiller, W
 * @param ratedCop             coefficient of performance at rating, dimensionless
 * @param ratedLeavingWaterK   rating: chilled water leaving, K
 * @param ratedAmbientK        rating: condenser air entering, K
 * @param minPartLoadFraction  lowest stable part load, fraction of capacity
 * @param economiser           whether a free-cooling economiser coil is fitted
 * @param economiserApproachK  economiser approach (water leaving − air dry-bulb) at full fan speed, K
 * @param waterDpPa            evaporator pressure drop at its rated flow, Pa
 */
public record Chiller(String id, Optional<String> model, String loopId, int count, double designCapacityW,
                      double ratedCop, double ratedLeavingWaterK, double ratedAmbientK, double minPartLoadFraction,
                      boolean economiser, double economiserApproachK, double waterDpPa) {
}
