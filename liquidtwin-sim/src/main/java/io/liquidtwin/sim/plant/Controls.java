package io.liquidtwin.sim.plant;

/**
 * Controller settings of the plant (setpoints of individual loops and CDUs live on those records).
 *
 * @param controlIntervalS        interval at which the controllers run, s
 * @param cduSupplyTemp           CDU primary valve on secondary supply temperature (gain per K)
 * @param cduPump                 CDU secondary pump speed on secondary differential pressure (gain per Pa)
 * @param facilityPump            facility pump speed on the facility differential pressure (gain per Pa)
 * @param heatRejection           heat-rejection fan speed on facility supply temperature (gain per K)
 * @param facilityDpSetpointPa    facility differential-pressure setpoint (across the CDU branches), Pa
 * @param stageUpK                stage the next heat-rejection unit on when supply exceeds setpoint by this, K
 * @param stageDownK              stage the last unit off when supply is below setpoint by this, K
 * @param stageDelayS             the condition must hold this long before staging, s
 */
public record Controls(double controlIntervalS, PiGains cduSupplyTemp, PiGains cduPump, PiGains facilityPump,
                       PiGains heatRejection, double facilityDpSetpointPa, double stageUpK, double stageDownK,
                       double stageDelayS) {
}
