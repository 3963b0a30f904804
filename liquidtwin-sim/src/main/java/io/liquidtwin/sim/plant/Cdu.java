package io.liquidtwin.sim.plant;

import java.util.Optional;

/**
 * A coolant distribution unit: a plate heat exchanger between a facility loop (primary, behind a control valve) and
 * a technology loop (secondary, with N+1 secondary pumps), a filter and a reservoir.
 *
 * @param id                          unique equipment id
 * @param model                       catalogue model the values came from, if any
 * @param primaryLoopId               the facility loop feeding the primary side
 * @param secondaryLoopId             the technology loop this CDU serves
 * @param designHeatW                 rated heat transfer, W
 * @param approachK                   design approach (secondary supply − primary supply) at rated heat and flows, K
 * @param secondaryDesignFlowKgS      rated secondary (IT-side) flow, kg/s
 * @param secondaryDesignFlowM3s      the same as volume flow at the secondary loop's supply temperature, m³/s
 * @param availableHeadPa             external pressure the secondary pumps make available at rated flow, Pa
 * @param secondaryPumpCount          secondary pumps installed
 * @param secondaryPumpStandby        of which standby
 * @param secondaryPumpPowerW         electrical power of the running secondary pumps at rated flow, W (assumed to end
 *                                    up as heat in the coolant)
 * @param primaryDesignFlowM3s        rated primary (facility-side) flow, m³/s
 * @param primaryDpPa                 primary-side pressure drop (heat exchanger, valve fully open, strainer) at rated
 *                                    primary flow, Pa
 * @param primaryValveCoefficient     control-valve flow coefficient fully open, m³/(s·√Pa) (Q = C·√Δp;
 *                                    C = Kv / 3600 / √1e5)
 * @param primaryValveCharacteristic  the valve's inherent characteristic
 * @param primaryValveRangeability    rangeability R of an equal-percentage valve, dimensionless
 * @param primaryValveStrokeTimeS     full-stroke time, s
 * @param filterCleanDpPa             secondary filter pressure drop when clean, at rated flow, Pa
 * @param filterDpGrowthPaPerS        growth of that pressure drop per second of service, Pa/s
 * @param reservoirVolumeM3           expansion reservoir volume, m³
 * @param secondarySupplySetpointK    secondary supply temperature setpoint, K
 * @param secondaryDpSetpointPa       secondary differential-pressure setpoint of the pump-speed controller, Pa
 * @param primaryPipe                 branch piping between the facility headers and this CDU, if modelled
 */
public record Cdu(String id, Optional<String> model, String primaryLoopId, String secondaryLoopId, double designHeatW,
                  double approachK, double secondaryDesignFlowKgS, double secondaryDesignFlowM3s,
                  double availableHeadPa, int secondaryPumpCount, int secondaryPumpStandby,
                  double secondaryPumpPowerW, double primaryDesignFlowM3s, double primaryDpPa,
                  double primaryValveCoefficient, ValveCharacteristic primaryValveCharacteristic,
                  double primaryValveRangeability, double primaryValveStrokeTimeS, double filterCleanDpPa,
                  double filterDpGrowthPaPerS, double reservoirVolumeM3, double secondarySupplySetpointK,
                  double secondaryDpSetpointPa, Optional<Pipe> primaryPipe) {
}
