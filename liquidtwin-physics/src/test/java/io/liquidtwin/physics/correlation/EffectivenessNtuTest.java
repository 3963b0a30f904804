package io.liquidtwin.physics.correlation;

import static io.liquidtwin.physics.correlation.Rel.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EffectivenessNtuTest {

    private static final double[] NTUS = {0, 1e-12, 1e-6, 0.01, 0.5, 1, 2, 5, 10, 20};

    @ParameterizedTest
    @EnumSource(FlowArrangement.class)
    void crZeroIsOneMinusExpMinusNtuForEveryArrangement(FlowArrangement arrangement) {
        for (double ntu : NTUS) {
            double expected = 1 - Math.exp(-ntu);
            assertThat(arrangement.effectiveness(ntu, 0)).as("NTU %s", ntu)
                    .isCloseTo(expected, within(2 * Math.ulp(1.0)))
                    .isEqualTo(-Math.expm1(-ntu));
        }
    }

    @ParameterizedTest
    @EnumSource(FlowArrangement.class)
    void smallCrTendsToTheCrZeroLimit(FlowArrangement arrangement) {
        for (double ntu : NTUS) {
            assertThat(arrangement.effectiveness(ntu, 1e-12)).isCloseTo(-Math.expm1(-ntu), within(1e-10));
        }
    }

    @Test
    void counterflowCrOneIsNtuOverOnePlusNtu() {
        for (double ntu : NTUS) {
            assertThat(CounterflowHx.effectiveness(ntu, 1)).isEqualTo(ntu / (1 + ntu));
            // continuous as Cr → 1 (no 0/0 in the Cr < 1 formula)
            assertThat(CounterflowHx.effectiveness(ntu, 1 - 1e-12)).isCloseTo(ntu / (1 + ntu), within(1e-11));
            assertThat(CounterflowHx.effectiveness(ntu, Math.nextDown(1.0))).isCloseTo(ntu / (1 + ntu), within(1e-15));
        }
        assertThat(CounterflowHx.ntu(0.5, 1)).isEqualTo(1.0);
        assertThat(CounterflowHx.ntu(0.75, 1)).isEqualTo(3.0);
        assertThat(CounterflowHx.ntu(0.5, Math.nextDown(1.0))).isCloseTo(1.0, within(1e-14));
    }

    @Test
    void parallelFlowAsymptoteAndCrOne() {
        assertThat(ParallelFlowHx.effectiveness(1, 1)).isCloseTo((1 - Math.exp(-2)) / 2, within(1e-16));
        assertThat(ParallelFlowHx.effectiveness(1000, 1)).isEqualTo(0.5);
        assertThat(ParallelFlowHx.maxEffectiveness(0.7)).isEqualTo(1 / 1.7);
        assertThat(FlowArrangement.PARALLEL_FLOW.maxEffectiveness(0.25)).isEqualTo(0.8);
    }

    @Test
    void crossflowExactLimitsAndCap() {
        // Cr = 1, NTU → ∞: ε → 1 slowly; at the NTU cap 500 it is 0.97477 (independent value: (1/NTU)·Σ P(n+1, NTU)²
        // with mpmath's regularized incomplete gamma at 40 digits gives 0.97477182928718011).
        assertThat(FlowArrangement.CROSSFLOW_UNMIXED.maxEffectiveness(1)).isCloseTo(0.9747718292871806, within(1e-13));
        assertThat(FlowArrangement.CROSSFLOW_UNMIXED.maxEffectiveness(0.5)).isCloseTo(1.0, within(1e-14));
        assertThat(CrossflowUnmixedHx.effectiveness(500, 1e-12)).isLessThanOrEqualTo(1.0);
        // crossflow lies between parallel flow and counterflow
        for (double ntu : NTUS) {
            for (double cr : new double[] {0.1, 0.5, 0.9, 1}) {
                double x = CrossflowUnmixedHx.effectiveness(ntu, cr);
                assertThat(x).isBetween(ParallelFlowHx.effectiveness(ntu, cr) - 1e-14,
                        CounterflowHx.effectiveness(ntu, cr) + 1e-14);
            }
        }
    }

    @Test
    void smallNtuEffectivenessIsNtu() {
        for (FlowArrangement a : FlowArrangement.values()) {
            // the approximation behaves as NTU − Cr·NTU^1.78/2 at small NTU (exact forms: NTU − (1+Cr)NTU²/2)
            double tol = a == FlowArrangement.CROSSFLOW_UNMIXED_APPROXIMATE ? 0.6 * Math.pow(1e-9, 0.78) : 1e-8;
            assertRelative(a + " at NTU 1e-9", a.effectiveness(1e-9, 0.6), 1e-9, tol);
            assertRelative(a + " inverse at ε 1e-9", a.ntu(1e-9, 0.6), 1e-9, tol);
            assertThat(a.ntu(0, 0.6)).isZero();
            assertThat(a.effectiveness(0, 0.6)).isZero();
        }
    }

    @Test
    void inverseOfReferencePoint() {
        assertRelative("counterflow", CounterflowHx.ntu(0.9206703686051108, 0.7), 5, 1e-12);
        assertRelative("parallel", ParallelFlowHx.ntu(0.5881156068417585, 0.7), 5, 1e-12);
        assertRelative("crossflow", CrossflowUnmixedHx.ntu(0.8444821799748551, 0.7), 5, 1e-12);
        assertRelative("crossflow approx", CrossflowUnmixedHx.approximateNtu(0.8444804481910532, 0.7), 5, 1e-12);
    }

    @Test
    void capacityRatioAboveOneIsRefused() {
        assertThatThrownBy(() -> FlowArrangement.COUNTERFLOW.effectiveness(1, 1.2))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("capacity ratio Cmin/Cmax = 1.2 is outside the valid range [0, 1] of ε-NTU counterflow");
        for (FlowArrangement a : FlowArrangement.values()) {
            assertThatThrownBy(() -> a.effectiveness(1, 1.2)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("capacity ratio Cmin/Cmax = 1.2 is outside the valid range [0, 1] of ε-NTU");
            assertThatThrownBy(() -> a.ntu(0.5, 1.2)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("capacity ratio Cmin/Cmax = 1.2 ");
            assertThatThrownBy(() -> a.effectiveness(1, Double.NaN)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("capacity ratio Cmin/Cmax = NaN ");
            assertThatThrownBy(() -> a.effectiveness(-0.1, 0.5)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("NTU = -0.1 is outside the valid range [0, ");
            assertThatThrownBy(() -> a.effectiveness(Double.NaN, 0.5)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("NTU = NaN ");
        }
        assertThatThrownBy(() -> CrossflowUnmixedHx.effectiveness(600, 0.5)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("NTU = 600 is outside the valid range [0, 500] of " + CrossflowUnmixedHx.MODEL);
    }

    @Test
    void effectivenessAtOrAboveItsMaximumIsRefusedByTheInverse() {
        assertThatThrownBy(() -> ParallelFlowHx.ntu(0.6, 0.7)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("effectiveness = 0.6 is outside the valid range [0, 0.588235) of ε-NTU parallel flow");
        assertThatThrownBy(() -> ParallelFlowHx.ntu(1 / 1.7, 0.7)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("effectiveness = 0.588235 ");
        assertThatThrownBy(() -> CounterflowHx.ntu(1.0, 0.3)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("effectiveness = 1 is outside the valid range [0, 1");
        assertThatThrownBy(() -> CrossflowUnmixedHx.ntu(0.99, 1)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("effectiveness = 0.99 is outside the valid range [0, 0.974772] of "
                        + CrossflowUnmixedHx.MODEL);
        for (FlowArrangement a : FlowArrangement.values()) {
            assertThatThrownBy(() -> a.ntu(1.0, 0.5)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("effectiveness = 1 is outside the valid range [0, ");
            assertThatThrownBy(() -> a.ntu(-0.1, 0.5)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("effectiveness = -0.1 is outside the valid range [0, ");
            assertThatThrownBy(() -> a.ntu(Double.NaN, 0.5)).isInstanceOf(OutOfRangeException.class)
                    .hasMessageStartingWith("effectiveness = NaN ");
        }
    }
}
