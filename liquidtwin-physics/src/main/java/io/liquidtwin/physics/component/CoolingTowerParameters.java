package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * Parameters of a wet cooling tower ({@link CoolingTower}).
 *
 * @param type                   open or closed circuit
 * @param ntuCoefficient         c of Braun's NTU = c·(ṁ_w/ṁ_a)^(1+n), &gt; 0 (fitted to the tower's ratings; 1–3 typical)
 * @param ntuExponent            n, in [−1.5, 0] (−0.4 … −0.8 typical)
 * @param designAirMassFlowKgS   dry-air mass flow at full fan speed, kg/s (linear in speed)
 * @param fanPowerAtFullSpeedW   fan power at full speed, W (∝ speed³)
 * @param sprayPumpPowerW        spray-water pump power of a closed-circuit tower, W (0 for an open tower)
 * @param driftFraction          drift loss as a fraction of the circulating flow, in [0, 0.01] (modern eliminators
 *                               0.0005–0.005 %, i.e. 5e-6–5e-5)
 * @param cyclesOfConcentration  cycles of concentration, &gt; 1
 * @param atmosphericPressurePa  atmospheric pressure, Pa
 */
public record CoolingTowerParameters(CoolingTowerType type, double ntuCoefficient, double ntuExponent,
                                     double designAirMassFlowKgS, double fanPowerAtFullSpeedW, double sprayPumpPowerW,
                                     double driftFraction, double cyclesOfConcentration,
                                     double atmosphericPressurePa) {

    /** Model name used in error messages. */
    public static final String MODEL = "cooling tower";

    /** Checks the parameters. */
    public CoolingTowerParameters {
        if (type == null) {
            throw new IllegalArgumentException("cooling tower type is null");
        }
        Range.positive("NTU coefficient c", ntuCoefficient, "", MODEL);
        new Range("NTU exponent n", -1.5, 0, "", MODEL).check(ntuExponent);
        Range.positive("design air flow", designAirMassFlowKgS, "kg/s", MODEL);
        Checks.nonNegative("fan power", fanPowerAtFullSpeedW, "W", MODEL);
        Checks.nonNegative("spray pump power", sprayPumpPowerW, "W", MODEL);
        new Range("drift fraction", 0, 0.01, "", MODEL).check(driftFraction);
        Range.atLeast("cycles of concentration", cyclesOfConcentration, 1 + 1e-9, "", MODEL);
        new Range("atmospheric pressure", 50e3, 110e3, "Pa", MODEL).check(atmosphericPressurePa);
    }
}
