package io.liquidtwin.sim.plant;

/**
 * The electrical chain between the utility and the IT, so PUE has a real numerator: transformer → UPS → PDU → IT,
 * plus constant loads.
 *
 * @param transformer  medium-voltage transformer efficiency curve
 * @param ups          UPS efficiency curve
 * @param pdu          power distribution unit efficiency curve
 * @param lightingW    lighting, constant, W
 * @param otherLoadsW  other constant facility loads (offices, controls, security), W
 */
public record Electrical(EfficiencyCurve transformer, EfficiencyCurve ups, EfficiencyCurve pdu, double lightingW,
                         double otherLoadsW) {
}
