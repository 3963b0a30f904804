package io.liquidtwin.physics.correlation;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.Range;

/**
 * Off-design overall conductance UA of a heat exchanger from its design point, each side's film conductance scaling
 * with its own mass flow:
 * <pre>
 * 1/UA = 1/(hA)_hot + 1/(hA)_cold,   (hA)_side = (hA)_side,design · (ṁ_side / ṁ_side,design)^n
 * </pre>
 * with n = 0.8 for turbulent flow (Dittus–Boelter's Re^0.8 at constant properties and geometry). Wall conduction and
 * fouling are lumped into the two sides. Source: standard rating practice, e.g. Shah &amp; Sekulić, <i>Fundamentals of
 * Heat Exchanger Design</i> (2003), §9; Incropera §11.2. Validity: turbulent flow on both sides, property changes
 * small; it gives UA = 0 when either flow is zero.
 *
 * @param hotDesignHaWK          hot-side film conductance at the design point, W/K, &gt; 0
 * @param hotDesignMassFlowKgS   hot-side design mass flow, kg/s, &gt; 0
 * @param coldDesignHaWK         cold-side film conductance at the design point, W/K, &gt; 0
 * @param coldDesignMassFlowKgS  cold-side design mass flow, kg/s, &gt; 0
 * @param exponent               flow exponent n, dimensionless, in [0, 1] (0.8 for turbulent flow)
 */
public record UaFlowScaling(double hotDesignHaWK, double hotDesignMassFlowKgS, double coldDesignHaWK,
                            double coldDesignMassFlowKgS, double exponent) {

    /** Model name used in error messages. */
    public static final String MODEL = "UA flow scaling";

    /** Turbulent-flow exponent of the film conductance on mass flow (Re^0.8). */
    public static final double TURBULENT_EXPONENT = 0.8;

    /** Validity range of the flow exponent. */
    public static final Range EXPONENT = new Range("flow exponent", 0, 1, "", MODEL);

    /** Checks the design point. */
    public UaFlowScaling {
        Range.positive("hot-side design hA", hotDesignHaWK, "W/K", MODEL);
        Range.positive("hot-side design mass flow", hotDesignMassFlowKgS, "kg/s", MODEL);
        Range.positive("cold-side design hA", coldDesignHaWK, "W/K", MODEL);
        Range.positive("cold-side design mass flow", coldDesignMassFlowKgS, "kg/s", MODEL);
        EXPONENT.check(exponent);
    }

    /**
     * A design point with the turbulent exponent 0.8.
     *
     * @param hotDesignHaWK         hot-side film conductance at the design point, W/K, &gt; 0
     * @param hotDesignMassFlowKgS  hot-side design mass flow, kg/s, &gt; 0
     * @param coldDesignHaWK        cold-side film conductance at the design point, W/K, &gt; 0
     * @param coldDesignMassFlowKgS cold-side design mass flow, kg/s, &gt; 0
     */
    public UaFlowScaling(double hotDesignHaWK, double hotDesignMassFlowKgS, double coldDesignHaWK,
                         double coldDesignMassFlowKgS) {
        this(hotDesignHaWK, hotDesignMassFlowKgS, coldDesignHaWK, coldDesignMassFlowKgS, TURBULENT_EXPONENT);
    }

    /**
     * A design point given by its overall UA and the share of the thermal resistance on the hot side (0.5 when the
     * two film resistances are equal), with the turbulent exponent 0.8.
     *
     * @param designUaWK             overall design UA, W/K, &gt; 0
     * @param hotResistanceFraction  (1/hA_hot)/(1/UA), dimensionless, in (0, 1)
     * @param hotDesignMassFlowKgS   hot-side design mass flow, kg/s, &gt; 0
     * @param coldDesignMassFlowKgS  cold-side design mass flow, kg/s, &gt; 0
     * @return the scaling
     */
    public static UaFlowScaling fromDesignUa(double designUaWK, double hotResistanceFraction,
                                             double hotDesignMassFlowKgS, double coldDesignMassFlowKgS) {
        Range.positive("design UA", designUaWK, "W/K", MODEL);
        if (!(hotResistanceFraction > 0 && hotResistanceFraction < 1)) {
            throw new OutOfRangeException("hot-side resistance fraction", hotResistanceFraction,
                    Double.MIN_VALUE, 1.0, true, "", MODEL);
        }
        return new UaFlowScaling(designUaWK / hotResistanceFraction, hotDesignMassFlowKgS,
                designUaWK / (1.0 - hotResistanceFraction), coldDesignMassFlowKgS);
    }

    /** @return UA at the design point, W/K */
    public double designUaWK() {
        return hotDesignHaWK * coldDesignHaWK / (hotDesignHaWK + coldDesignHaWK);
    }

    /**
     * @param hotMassFlowKgS  hot-side mass flow, kg/s, ≥ 0
     * @param coldMassFlowKgS cold-side mass flow, kg/s, ≥ 0
     * @return overall conductance UA, W/K (0 when either flow is 0 and n &gt; 0)
     * @throws io.liquidtwin.physics.OutOfRangeException for negative, NaN or infinite flows
     */
    public double uaWK(double hotMassFlowKgS, double coldMassFlowKgS) {
        Range.atLeast("hot-side mass flow", hotMassFlowKgS, 0, "kg/s", MODEL);
        Range.atLeast("cold-side mass flow", coldMassFlowKgS, 0, "kg/s", MODEL);
        double hot = hotDesignHaWK * Math.pow(hotMassFlowKgS / hotDesignMassFlowKgS, exponent);
        double cold = coldDesignHaWK * Math.pow(coldMassFlowKgS / coldDesignMassFlowKgS, exponent);
        // Series resistances. The reciprocal form gives 0 when either side is 0 and cannot produce NaN (the previous
        // hot/(1 + hot/cold) gave ∞/∞ = NaN when both conductances overflowed for absurdly large flows).
        return 1.0 / (1.0 / hot + 1.0 / cold);
    }
}
