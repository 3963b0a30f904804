package io.liquidtwin.physics.component;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;

/**
 * A centrifugal pump's characteristic at rated speed, with the affinity laws for other speeds.
 * <pre>
 * rise:        Δp_rated(Q) = a0 + a1·Q + a2·Q²                       (Pa, Q in m³/s; a0 &gt; 0, a2 &lt; 0)
 * speed s:     Δp(Q, s) = s²·Δp_rated(Q/s) = s²·a0 + s·a1·Q + a2·Q²   (affinity: Q ∝ s, Δp ∝ s²)
 * efficiency:  η(Q, s) = η_bep·x·(2 − x),  x = (Q/s)/Q_bep,  floored at {@value #EFFICIENCY_FLOOR_FRACTION}·η_bep
 * </pre>
 * The head form of PHYSICS.md (H = Δp/(ρg)) is the same curve divided by ρg; this library works in pressure so that
 * the curve does not change with the coolant. Efficiency is constant along an affinity parabola (Q/s fixed), the
 * usual assumption for variable-speed pumps above ~40 % speed (Sârbu &amp; Borza 1998). The parabolic efficiency
 * curve peaks at the best-efficiency point and is floored so that power stays finite far from it (it then
 * understates the power near shut-off and run-out: a limitation, not data). Source: Karassik et al.,
 * <i>Pump Handbook</i> (4th ed.), ch. 2; Europump/HI, <i>Variable Speed Pumping</i> (2004).
 *
 * @param a0Pa                shut-off rise a0, Pa, &gt; 0
 * @param a1PaSM3             linear coefficient a1, Pa·s/m³
 * @param a2PaS2M6            quadratic coefficient a2, Pa·s²/m⁶, &lt; 0
 * @param bestEfficiencyFlowM3s flow at the best-efficiency point at rated speed, m³/s, &gt; 0
 * @param bestEfficiency      pump (hydraulic) efficiency at that point, in (0, 1]
 */
public record PumpCurve(double a0Pa, double a1PaSM3, double a2PaS2M6, double bestEfficiencyFlowM3s,
                        double bestEfficiency) {

    /** Model name used in error messages. */
    public static final String MODEL = "pump curve";

    /** Lowest efficiency used, as a fraction of the best efficiency. */
    public static final double EFFICIENCY_FLOOR_FRACTION = 0.1;

    /** Checks the coefficients. */
    public PumpCurve {
        Range.positive("shut-off rise a0", a0Pa, "Pa", MODEL);
        Checks.finite("a1", a1PaSM3, "Pa·s/m³", MODEL);
        if (!(a2PaS2M6 < 0) || !Double.isFinite(a2PaS2M6)) {
            throw new OutOfRangeException("a2", a2PaS2M6, -Double.MAX_VALUE, 0, true, "Pa·s²/m⁶",
                    MODEL + " (the rise must fall with flow at large flow)");
        }
        Range.positive("best-efficiency flow", bestEfficiencyFlowM3s, "m³/s", MODEL);
        Checks.efficiency("best efficiency", bestEfficiency, MODEL);
    }

    /**
     * Fits a0, a1, a2 through three (Q, Δp) points at rated speed (Newton's divided differences).
     *
     * @return the curve through the points, with the given best-efficiency point
     * @throws OutOfRangeException if the points are not distinct or the fitted curve has a2 ≥ 0 or a0 ≤ 0
     */
    public static PumpCurve throughPoints(double q1M3s, double rise1Pa, double q2M3s, double rise2Pa, double q3M3s,
                                          double rise3Pa, double bestEfficiencyFlowM3s, double bestEfficiency) {
        if (!(q1M3s != q2M3s && q2M3s != q3M3s && q1M3s != q3M3s)) {
            throw new IllegalArgumentException("pump curve points need three distinct flows: " + q1M3s + ", " + q2M3s
                    + ", " + q3M3s);
        }
        double d12 = (rise2Pa - rise1Pa) / (q2M3s - q1M3s);
        double d13 = (rise3Pa - rise1Pa) / (q3M3s - q1M3s);
        double a2 = (d13 - d12) / (q3M3s - q2M3s);
        double a1 = d12 - a2 * (q1M3s + q2M3s);
        double a0 = rise1Pa - a1 * q1M3s - a2 * q1M3s * q1M3s;
        return new PumpCurve(a0, a1, a2, bestEfficiencyFlowM3s, bestEfficiency);
    }

    /**
     * The flat-topped curve a0 + a2·Q² (a1 = 0) through the shut-off rise and one design point, with the best
     * efficiency at the design flow.
     */
    public static PumpCurve fromShutoffAndDesign(double shutoffRisePa, double designFlowM3s, double designRisePa,
                                                 double designEfficiency) {
        Range.positive("design flow", designFlowM3s, "m³/s", MODEL);
        return new PumpCurve(shutoffRisePa, 0, (designRisePa - shutoffRisePa) / (designFlowM3s * designFlowM3s),
                designFlowM3s, designEfficiency);
    }

    /** @return pressure rise at flow Q ≥ 0 and speed fraction s ≥ 0, Pa (negative beyond run-out) */
    public double risePa(double flowM3s, double speedFraction) {
        return speedFraction * speedFraction * a0Pa + speedFraction * a1PaSM3 * flowM3s
                + a2PaS2M6 * flowM3s * flowM3s;
    }

    /** @return d(rise)/dQ at Q and s, Pa·s/m³ */
    public double riseDerivative(double flowM3s, double speedFraction) {
        return speedFraction * a1PaSM3 + 2 * a2PaS2M6 * flowM3s;
    }

    /** @return pump efficiency at Q ≥ 0 and s &gt; 0 (function of Q/s), in [floor, η_bep] */
    public double efficiency(double flowM3s, double speedFraction) {
        double x = flowM3s / (speedFraction * bestEfficiencyFlowM3s);
        return bestEfficiency * Math.max(EFFICIENCY_FLOOR_FRACTION, x * (2 - x));
    }

    /** @return the flow where the rated-speed rise falls to 0 (run-out), m³/s */
    public double runOutFlowM3s() {
        // a2 Q² + a1 Q + a0 = 0, positive root; a0 > 0 and a2 < 0 make it real and positive
        double disc = a1PaSM3 * a1PaSM3 - 4 * a2PaS2M6 * a0Pa;
        return (-a1PaSM3 - Math.sqrt(disc)) / (2 * a2PaS2M6);
    }
}
