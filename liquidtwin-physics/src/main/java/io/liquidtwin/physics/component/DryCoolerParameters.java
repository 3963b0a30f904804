package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;
import io.liquidtwin.physics.correlation.FlowArrangement;

/**
 * Parameters of a dry cooler (finned-coil air-to-liquid exchanger with fans), rated at one design point.
 *
 * @param designUaWK                UA at the design air and liquid flows, W/K
 * @param designAirMassFlowKgS      air mass flow at full fan speed, kg/s (air flow is linear in fan speed)
 * @param designLiquidMassFlowKgS   liquid design flow, kg/s
 * @param airResistanceFraction     share of the design thermal resistance on the air side, in (0, 1) (≈ 0.7–0.8
 *                                  for finned coils)
 * @param airSideExponent           exponent of the air-side conductance on air flow, in [0, 1] (≈ 0.5–0.6 for
 *                                  finned coils; the liquid side uses 0.8)
 * @param fanPowerAtFullSpeedW      fan electric power at full speed, W (∝ speed³)
 * @param padEfficiency             adiabatic pre-cooling pad saturation efficiency, in [0, 1] (0: no pads)
 * @param arrangement               flow arrangement of the coil (crossflow, both unmixed, for a single-row pass)
 */
public record DryCoolerParameters(double designUaWK, double designAirMassFlowKgS, double designLiquidMassFlowKgS,
                                  double airResistanceFraction, double airSideExponent, double fanPowerAtFullSpeedW,
                                  double padEfficiency, FlowArrangement arrangement) {

    /** Model name used in error messages. */
    public static final String MODEL = "dry cooler";

    /** Checks the parameters. */
    public DryCoolerParameters {
        if (arrangement == null) {
            throw new IllegalArgumentException("dry cooler flow arrangement is null");
        }
        Range.positive("design UA", designUaWK, "W/K", MODEL);
        Range.positive("design air flow", designAirMassFlowKgS, "kg/s", MODEL);
        Range.positive("design liquid flow", designLiquidMassFlowKgS, "kg/s", MODEL);
        Range.belowExclusive("air-side resistance fraction", airResistanceFraction, Double.MIN_VALUE, 1, "", MODEL);
        new Range("air-side exponent", 0, 1, "", MODEL).check(airSideExponent);
        Checks.nonNegative("fan power", fanPowerAtFullSpeedW, "W", MODEL);
        Checks.fraction("pad efficiency", padEfficiency, MODEL);
    }
}
