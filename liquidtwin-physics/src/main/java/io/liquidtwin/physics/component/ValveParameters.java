package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * Parameters of a control or bypass valve ({@link Valve}).
 *
 * @param kvM3h           flow coefficient at full opening, m³/h: the water flow (ρ = 1000 kg/m³) that passes with
 *                        1 bar (10⁵ Pa) drop (IEC 60534; Cv in US gpm/psi = 1.156·Kv), &gt; 0
 * @param characteristic  inherent characteristic
 * @param rangeability    R of the equal-percentage law, &gt; 1 (ignored by linear; 50 is common)
 * @param strokeTimeS     full-stroke time of the actuator, s, ≥ 0 (0: moves instantly)
 * @param leakageFraction Kv of the closed valve as a fraction of Kv,100, in (0, 0.1]: f_eff = λ + (1 − λ)·f(x), so a
 *                        closed valve is a huge but finite resistance (IEC 60534-4 class IV seat leakage is
 *                        10⁻⁴ of rated capacity)
 */
public record ValveParameters(double kvM3h, ValveCharacteristic characteristic, double rangeability,
                              double strokeTimeS, double leakageFraction) {

    /** Model name used in error messages. */
    public static final String MODEL = "valve";

    /** Leakage of IEC 60534-4 class IV: 0.01 % of rated Kv. */
    public static final double CLASS_IV_LEAKAGE = 1e-4;

    /** Checks the parameters. */
    public ValveParameters {
        if (characteristic == null) {
            throw new IllegalArgumentException("valve characteristic is null");
        }
        Range.positive("Kv", kvM3h, "m³/h", MODEL);
        Range.atLeast("rangeability", rangeability, 1 + 1e-9, "", MODEL);
        Checks.nonNegative("stroke time", strokeTimeS, "s", MODEL);
        new Range("leakage fraction", Double.MIN_VALUE, 0.1, "", MODEL).check(leakageFraction);
    }
}
