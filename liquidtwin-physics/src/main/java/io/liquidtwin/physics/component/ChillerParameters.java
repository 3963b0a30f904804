package io.liquidtwin.physics.component;

import io.liquidtwin.physics.Range;

/**
 * Parameters of a vapour-compression chiller ({@link Chiller}).
 *
 * @param capacityW          cooling capacity, W (taken constant over the operating range)
 * @param carnotFraction     full-load COP as a fraction of the Carnot COP, in (0, 1] (0.5–0.65 for centrifugal
 *                           water-cooled chillers)
 * @param eirA               a of the part-load electric-input ratio EIR(PLR) = a + b·PLR + c·PLR²
 * @param eirB               b
 * @param eirC               c (a + b + c = 1, so the curve is 1 at full load)
 * @param minimumLiftK       lift T_cond,in − T_evap,out below which the Carnot COP is held (keeps it finite), &gt; 0
 * @param maximumCop         cap on the COP, &gt; 0
 * @param minimumPartLoad    PLR below which the compressor cycles (the EIR is held at its value there), in (0, 1]
 */
public record ChillerParameters(double capacityW, double carnotFraction, double eirA, double eirB, double eirC,
                                double minimumLiftK, double maximumCop, double minimumPartLoad) {

    /** Model name used in error messages. */
    public static final String MODEL = "chiller";

    /** Checks the parameters. */
    public ChillerParameters {
        Range.positive("capacity", capacityW, "W", MODEL);
        Checks.efficiency("Carnot fraction", carnotFraction, MODEL);
        Checks.finite("EIR coefficient a", eirA, "", MODEL);
        Checks.finite("EIR coefficient b", eirB, "", MODEL);
        Checks.finite("EIR coefficient c", eirC, "", MODEL);
        new Range("EIR at full load a + b + c", 1 - 1e-9, 1 + 1e-9, "", MODEL).check(eirA + eirB + eirC);
        Range.positive("minimum lift", minimumLiftK, "K", MODEL);
        Range.positive("maximum COP", maximumCop, "", MODEL);
        new Range("minimum part load", Double.MIN_VALUE, 1, "", MODEL).check(minimumPartLoad);
        for (double plr = minimumPartLoad; plr <= 1; plr += 0.01) {
            Range.positive("EIR(PLR = " + plr + ")", eirA + plr * (eirB + plr * eirC), "", MODEL);
        }
    }

    /**
     * A water-cooled centrifugal chiller: Carnot fraction 0.55, the DOE-2.1E default part-load curve of a centrifugal
     * chiller (a 0.222, b 0.313, c 0.465, normalised so a + b + c = 1), 5 K minimum lift, COP ≤ 12, cycling below
     * 10 % load. Values are illustrative of the class, not one product.
     */
    public static ChillerParameters waterCooledCentrifugal(double capacityW) {
        double a = 0.222;
        double b = 0.313;
        double c = 0.465;
        return new ChillerParameters(capacityW, 0.55, a, b, c, 5.0, 12.0, 0.1);
    }

    /** @return EIR(PLR), the electric input relative to full load at the same temperatures, per unit of PLR·capacity */
    public double electricInputRatio(double partLoad) {
        double plr = Math.max(partLoad, minimumPartLoad);
        return eirA + plr * (eirB + plr * eirC);
    }
}
