package io.liquidtwin.sim.plant;

import java.util.Optional;

/**
 * A cooling tower of identical cells in parallel on a facility loop, driven by the wet-bulb temperature. Water use =
 * evaporation + drift + blow-down (evaporation / (cycles − 1)).
 *
 * @param id                    unique equipment id
 * @param model                 catalogue model the values came from, if any
 * @param loopId                the facility loop
 * @param type                  open or closed-circuit
 * @param cells                 cells in the tower
 * @param designCapacityW       rated heat rejection of one cell at the rating conditions below, W
 * @param ratedEnteringWaterK   rating: water entering, K
 * @param ratedLeavingWaterK    rating: water leaving, K
 * @param ratedWetBulbK         rating: air wet-bulb, K
 * @param airFlowM3s            air flow of one cell at full fan speed, m³/s
 * @param fanPowerW             fan electrical power of one cell at full speed, W
 * @param sprayPumpPowerW       spray-pump electrical power of one cell (closed-circuit), W
 * @param waterDpPa             loop-water pressure drop of one cell at its rated flow, Pa
 * @param driftFraction         drift as a share of the circulating (spray) water, dimensionless
 * @param cyclesOfConcentration cycles of concentration of the basin water, dimensionless (&gt; 1)
 */
public record CoolingTower(String id, Optional<String> model, String loopId, TowerType type, int cells,
                           double designCapacityW, double ratedEnteringWaterK, double ratedLeavingWaterK,
                           double ratedWetBulbK, double airFlowM3s, double fanPowerW, double sprayPumpPowerW,
                           double waterDpPa, double driftFraction, double cyclesOfConcentration) {
}
