package io.liquidtwin.physics.correlation;

import static io.liquidtwin.physics.correlation.Rel.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrictionTest {

    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 1, 64, 500, 2000, 2300})
    void laminarIs64OverRe(double re) {
        assertThat(LaminarFriction.darcyFrictionFactor(re)).isEqualTo(64.0 / re);
    }

    @Test
    void churchillTendsTo64OverReInLaminarFlow() {
        for (double re : new double[] {1e-6, 1, 100, 1000}) {
            assertRelative("Churchill at Re " + re, Churchill1977.darcyFrictionFactor(re, 0.01), 64 / re, 1e-6);
        }
        assertThat(Churchill1977.darcyFrictionFactor(1e-300, 0)).isFinite().isEqualTo(64 / 1e-300);
    }

    @Test
    void colebrookSatisfiesItsEquationToMachinePrecision() {
        for (double re : new double[] {4e3, 1e4, 1e5, 1e6, 1e7, 1e8}) {
            for (double rr : new double[] {0, 1e-6, 1e-4, 1e-2, 0.05}) {
                double f = Colebrook.darcyFrictionFactor(re, rr);
                double lhs = 1 / Math.sqrt(f);
                double rhs = -2 * Math.log10(rr / 3.7 + 2.51 / (re * Math.sqrt(f)));
                assertThat(Math.abs(lhs - rhs)).as("residual at Re %s, ε/D %s", re, rr).isLessThan(1e-14 * lhs);
            }
        }
    }

    @Test
    void smoothPipeValuesMatchTheMoodyChart() {
        // Smooth pipe, Re 1e5: python3-fluids Colebrook gives 0.0179897731 (Moody chart: 0.018).
        assertRelative("smooth Colebrook", Colebrook.darcyFrictionFactor(1e5, 0), 0.0179898, 1e-5);
    }

    /**
     * Deterministic scan of the turbulent domain (Re 4e3–1e8 log-spaced, ε/D 0 and 1e-8–0.05 log-spaced) recording
     * the worst deviation of the explicit formulas from Colebrook. Churchill 1977 exceeds 2 % near the lower end of
     * the turbulent range (it blends into the transition there); it is within 2 % from Re 1.2e4 up.
     */
    @Test
    void worstCaseDeviationOfExplicitFormulasFromColebrook() {
        double[] churchill = {0, 0, 0};
        double[] churchillAbove12k = {0, 0, 0};
        double[] haaland = {0, 0, 0};
        int nRe = 600;
        int nRr = 200;
        for (int i = 0; i <= nRe; i++) {
            double re = Math.min(1e8, Math.max(4e3, Math.pow(10, Math.log10(4e3) + i * (8 - Math.log10(4e3)) / nRe)));
            for (int j = -1; j <= nRr; j++) {
                double rr = j < 0 ? 0 : Math.min(0.05, Math.pow(10, -8 + j * (8 + Math.log10(0.05)) / nRr));
                double c = Colebrook.darcyFrictionFactor(re, rr);
                record(churchill, Rel.error(Churchill1977.darcyFrictionFactor(re, rr), c), re, rr);
                if (re >= 1.2e4) {
                    record(churchillAbove12k, Rel.error(Churchill1977.darcyFrictionFactor(re, rr), c), re, rr);
                }
                record(haaland, Rel.error(Haaland.darcyFrictionFactor(re, rr), c), re, rr);
            }
        }
        System.out.printf("Churchill 1977 vs Colebrook, worst %.4f %% at Re %.4g, ε/D %.4g%n",
                100 * churchill[0], churchill[1], churchill[2]);
        System.out.printf("Churchill 1977 vs Colebrook (Re ≥ 1.2e4), worst %.4f %% at Re %.4g, ε/D %.4g%n",
                100 * churchillAbove12k[0], churchillAbove12k[1], churchillAbove12k[2]);
        System.out.printf("Haaland vs Colebrook, worst %.4f %% at Re %.4g, ε/D %.4g%n",
                100 * haaland[0], haaland[1], haaland[2]);
        assertThat(churchill[0]).as("Churchill worst case over the whole turbulent range").isBetween(0.030, 0.032);
        assertThat(churchill[1]).as("Re of Churchill's worst case").isBetween(4e3, 5e3);
        assertThat(churchillAbove12k[0]).as("Churchill worst case for Re ≥ 1.2e4").isLessThan(0.02);
        assertThat(haaland[0]).as("Haaland worst case").isLessThan(0.015);
    }

    private static void record(double[] worst, double err, double re, double rr) {
        if (err > worst[0]) {
            worst[0] = err;
            worst[1] = re;
            worst[2] = rr;
        }
    }

    @Test
    void minorLoss() {
        assertThat(MinorLoss.pressureDropPa(0.5, 1000, 2)).isEqualTo(1000.0);
        assertThat(MinorLoss.pressureDropPa(0.5, 1000, -2)).isEqualTo(1000.0);
        assertThat(MinorLoss.signedPressureDropPa(0.5, 1000, -2)).isEqualTo(-1000.0);
        assertThat(MinorLoss.pressureDropPa(0, 1000, 2)).isZero();
        assertThatThrownBy(() -> MinorLoss.pressureDropPa(-1, 1000, 2)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("loss coefficient K = -1 is outside the valid range [0, +Infinity) of minor loss K·ρV²/2");
        assertThatThrownBy(() -> MinorLoss.pressureDropPa(1, 1000, Double.NaN))
                .isInstanceOf(OutOfRangeException.class).hasMessageStartingWith("velocity = NaN m/s");
    }

    @Test
    void badInputsNameQuantityValueAndRange() {
        assertThatThrownBy(() -> Colebrook.darcyFrictionFactor(Double.NaN, 1e-4))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("Reynolds number = NaN is outside the valid range [4000, 1e+08] of Colebrook friction factor");
        assertThatThrownBy(() -> Colebrook.darcyFrictionFactor(1e5, 0.06))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("relative roughness ε/D = 0.06 is outside the valid range [0, 0.05] of Colebrook friction "
                        + "factor");
        assertThatThrownBy(() -> Colebrook.darcyFrictionFactor(1e5, Double.NaN))
                .isInstanceOf(OutOfRangeException.class).hasMessageStartingWith("relative roughness ε/D = NaN");
        assertThatThrownBy(() -> Colebrook.darcyFrictionFactor(3000, 1e-4))
                .isInstanceOf(OutOfRangeException.class).hasMessageStartingWith("Reynolds number = 3000 ");
        assertThatThrownBy(() -> LaminarFriction.darcyFrictionFactor(-5))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("Reynolds number = -5 is outside the valid range (0, 2300] of laminar friction factor 64/Re");
        assertThatThrownBy(() -> LaminarFriction.darcyFrictionFactor(0)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> LaminarFriction.darcyFrictionFactor(2400))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("2400").hasMessageContaining("(0, 2300]");
        assertThatThrownBy(() -> Churchill1977.darcyFrictionFactor(-1e4, 0))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("Reynolds number = -10000 is outside the valid range (0, 1e+08] of Churchill 1977 friction "
                        + "factor");
        assertThatThrownBy(() -> Churchill1977.darcyFrictionFactor(1e5, -1e-3))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("relative roughness ε/D = -0.001");
        assertThatThrownBy(() -> Haaland.darcyFrictionFactor(Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("Reynolds number = +Infinity is outside the valid range [4000, 1e+08] of Haaland friction "
                        + "factor");
        OutOfRangeException e = org.junit.jupiter.api.Assertions.assertThrows(OutOfRangeException.class,
                () -> Colebrook.darcyFrictionFactor(1e5, 0.06));
        assertThat(e.quantity()).isEqualTo("relative roughness ε/D");
        assertThat(e.value()).isEqualTo(0.06);
        assertThat(e.min()).isZero();
        assertThat(e.max()).isEqualTo(0.05);
        assertThat(e.model()).isEqualTo(Colebrook.MODEL);
    }
}
