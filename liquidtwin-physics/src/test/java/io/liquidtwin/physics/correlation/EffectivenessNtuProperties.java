package io.liquidtwin.physics.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.physics.OutOfRangeException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.statistics.Statistics;

/**
 * Bounds and inverse round trips of the ε-NTU relations over NTU 0–20, Cr 0–1.
 *
 * <p>Round trip honestly: near its asymptote ε(NTU) is flat, so the rounding of ε alone (half an ulp) moves NTU by
 * ulp/ε'(NTU). Where that amplification allows 1e-9, NTU(ε(NTU)) must return NTU to 1e-9 relative; where it does
 * not (roughly e^(−NTU)·NTU &lt; 1e-6 for Cr = 0, or NTU(1+Cr) ≳ 17 in parallel flow), only the backward error
 * |ε(NTU(ε)) − ε| is asserted, and the statistics report how many samples fell there. Where ε has rounded onto its
 * asymptote (parallel flow, NTU(1+Cr) ≳ 37) the inverse must refuse it.
 */
class EffectivenessNtuProperties {

    /**
     * Effectiveness noise assumed in the conditioning estimate, in ulps of ε: 4 for the closed forms; 128 for the exact
     * crossflow series, whose evaluation jitters by up to ~45 ulp where ε → 1 (3·10⁻¹⁵ relative at worst against
     * mpmath; measured over 400 000 random points).
     */
    private static double noiseUlps(FlowArrangement arrangement) {
        return arrangement == FlowArrangement.CROSSFLOW_UNMIXED ? 128 : 4;
    }

    @Property(tries = 4000)
    void effectivenessLiesInZeroOneAndBelowItsMaximum(@ForAll FlowArrangement arrangement,
                                                      @ForAll @DoubleRange(min = 0, max = 20) @Scale(12) double ntu,
                                                      @ForAll @DoubleRange(min = 0, max = 1) @Scale(14) double cr) {
        double e = arrangement.effectiveness(ntu, cr);
        assertThat(e).isBetween(0.0, 1.0).isLessThanOrEqualTo(arrangement.maxEffectiveness(cr));
        assertThat(arrangement.effectiveness(Math.min(20, ntu * 1.001 + 1e-9), cr)).isGreaterThanOrEqualTo(e);
    }

    @Property(tries = 2000)
    void crossflowLiesBetweenParallelAndCounterflow(@ForAll @DoubleRange(min = 0, max = 20) @Scale(12) double ntu,
                                                    @ForAll @DoubleRange(min = 0, max = 1) @Scale(14) double cr) {
        double x = CrossflowUnmixedHx.effectiveness(ntu, cr);
        assertThat(x).isGreaterThanOrEqualTo(ParallelFlowHx.effectiveness(ntu, cr) - 1e-14)
                .isLessThanOrEqualTo(CounterflowHx.effectiveness(ntu, cr) + 1e-14);
    }

    @Property(tries = 4000)
    void ntuOfEffectivenessRoundTrips(@ForAll FlowArrangement arrangement,
                                      @ForAll @DoubleRange(min = 0, max = 20) @Scale(12) double ntu,
                                      @ForAll @DoubleRange(min = 0, max = 1) @Scale(14) double cr) {
        double e = arrangement.effectiveness(ntu, cr);
        if (arrangement == FlowArrangement.PARALLEL_FLOW && e * (1 + cr) >= 1) {
            Statistics.label("regime").collect("ε rounded onto its asymptote: inverse refuses");
            assertThatThrownBy(() -> arrangement.ntu(e, cr)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("effectiveness = ");
            return;
        }
        double back = arrangement.ntu(e, cr);
        assertThat(back).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(Math.abs(arrangement.effectiveness(back, cr) - e)).as("backward error").isLessThanOrEqualTo(1e-14);
        if (ntu == 0) {
            Statistics.label("regime").collect("NTU = 0: exactly 0 back");
            assertThat(back).isZero();
            return;
        }
        double h = 1e-6 * ntu;
        double slope = (arrangement.effectiveness(ntu + h, cr) - arrangement.effectiveness(ntu - h, cr)) / (2 * h);
        double amplification = noiseUlps(arrangement) * Math.ulp(e) / (slope * ntu);
        if (slope > 0 && amplification <= 1e-9) {
            Statistics.label("regime").collect("well conditioned: 1e-9 relative");
            assertThat(Rel.error(back, ntu)).as("NTU %s, Cr %s, ε %s, NTU back %s", ntu, cr, e, back)
                    .isLessThanOrEqualTo(1e-9);
        } else {
            Statistics.label("regime").collect("ill conditioned near the asymptote: backward error only");
        }
    }
}
