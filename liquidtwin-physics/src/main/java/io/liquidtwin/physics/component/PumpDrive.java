package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * The motor and variable-speed drive of a pump: efficiencies, speed limits and the coast-down time constant.
 * Electric power = Q·Δp/(η_pump·η_motor·η_drive).
 *
 * @param motorEfficiency       motor efficiency, in (0, 1] (IE3 at a few tens of kW: ≈ 0.95)
 * @param driveEfficiency       drive (VFD) efficiency, in (0, 1] (≈ 0.97; 1 for a direct-on-line motor)
 * @param minSpeedFraction      lowest running speed as a fraction of rated, in (0, maxSpeedFraction]
 * @param maxSpeedFraction      highest running speed as a fraction of rated, ≥ minSpeedFraction (≤ 1.2)
 * @param spinDownTimeConstantS coast-down time constant τ after a trip, s, &gt; 0: s(t) = s₀·e^(−t/τ)
 */
public record PumpDrive(double motorEfficiency, double driveEfficiency, double minSpeedFraction,
                        double maxSpeedFraction, double spinDownTimeConstantS) {

    /** Model name used in error messages. */
    public static final String MODEL = "pump drive";

    /** Checks the parameters. */
    public PumpDrive {
        Checks.efficiency("motor efficiency", motorEfficiency, MODEL);
        Checks.efficiency("drive efficiency", driveEfficiency, MODEL);
        new Range("maximum speed fraction", Double.MIN_VALUE, 1.2, "", MODEL).check(maxSpeedFraction);
        new Range("minimum speed fraction", Double.MIN_VALUE, maxSpeedFraction, "", MODEL).check(minSpeedFraction);
        Range.positive("spin-down time constant", spinDownTimeConstantS, "s", MODEL);
    }
}
