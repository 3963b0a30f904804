package io.liquidtwin.physics.correlation;

import static io.liquidtwin.physics.correlation.Rel.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;

class ConvectionTest {

    @Test
    void gnielinskiWithPetukhovFriction() {
        double f = Gnielinski.petukhovFrictionFactor(1e5);
        assertThat(f).isEqualTo(1 / Math.pow(0.790 * Math.log(1e5) - 1.64, 2));
        assertThat(Gnielinski.nusselt(1e5, 1.2)).isEqualTo(Gnielinski.nusselt(1e5, 1.2, f));
        // Petukhov's smooth-tube f is close to Colebrook's smooth-pipe value (within ~2 % at Re 1e5)
        assertRelative("Petukhov vs Colebrook", f, Colebrook.darcyFrictionFactor(1e5, 0), 0.02);
    }

    @Test
    void gnielinskiAndDittusBoelterAgreeRoughlyWhereBothApply() {
        // water-like Pr 5 at Re 5e4: the two correlations are within ~15 % of each other
        double g = Gnielinski.nusselt(5e4, 5);
        double d = DittusBoelter.nusselt(5e4, 5, DittusBoelter.Mode.HEATING);
        assertRelative("Gnielinski vs Dittus–Boelter", g, d, 0.15);
    }

    @Test
    void laminarNusseltNumbers() {
        assertThat(LaminarNusselt.CONSTANT_WALL_TEMPERATURE.nusselt()).isEqualTo(3.66);
        assertThat(LaminarNusselt.CONSTANT_HEAT_FLUX.nusselt()).isEqualTo(4.36);
        assertThat(LaminarNusselt.CONSTANT_HEAT_FLUX.nusselt(1500)).isEqualTo(4.36);
        assertThatThrownBy(() -> LaminarNusselt.CONSTANT_WALL_TEMPERATURE.nusselt(5000))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("Reynolds number = 5000 is outside the valid range [0, 2300] of laminar fully developed "
                        + "Nusselt number");
    }

    @Test
    void dittusBoelterModes() {
        assertThat(DittusBoelter.Mode.HEATING.prandtlExponent()).isEqualTo(0.4);
        assertThat(DittusBoelter.Mode.COOLING.prandtlExponent()).isEqualTo(0.3);
        // for Pr > 1 heating gives the larger Nu
        assertThat(DittusBoelter.nusselt(2e4, 7, DittusBoelter.Mode.HEATING))
                .isGreaterThan(DittusBoelter.nusselt(2e4, 7, DittusBoelter.Mode.COOLING));
    }

    @Test
    void gnielinskiRefusesReynoldsOutsideItsRange() {
        assertThatThrownBy(() -> Gnielinski.nusselt(2000, 1.2, 0.03)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("Reynolds number = 2000 is outside the valid range [3000, 5e+06] of Gnielinski Nusselt "
                        + "number");
        assertThatThrownBy(() -> Gnielinski.nusselt(6e6, 1.2, 0.01)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("Reynolds number = 6e+06 is outside the valid range [3000, 5e+06]");
        assertThatThrownBy(() -> Gnielinski.nusselt(-1e4, 1.2)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("Reynolds number = -10000 ");
        assertThatThrownBy(() -> Gnielinski.nusselt(1e5, 0.3, 0.02)).isInstanceOf(OutOfRangeException.class)
                .hasMessage("Prandtl number = 0.3 is outside the valid range [0.5, 2000] of Gnielinski Nusselt number");
        assertThatThrownBy(() -> Gnielinski.nusselt(1e5, 1.2, Double.NaN)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("Darcy friction factor = NaN is outside the valid range (0, 0.1]");
        // f = 0.5 at Pr = 0.5 would make the denominator 1 + 12.7·√(f/8)·(Pr^⅔ − 1) negative (Nu < 0): refused
        assertThatThrownBy(() -> Gnielinski.nusselt(3e3, 0.5, 0.5)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("Darcy friction factor = 0.5 is outside the valid range (0, 0.1]");
        assertThat(Gnielinski.nusselt(3e3, 0.5, Gnielinski.FRICTION_FACTOR.max())).isPositive();
        assertThatThrownBy(() -> Gnielinski.nusselt(1e5, 1.2, 0)).isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("Darcy friction factor = 0 ");
    }

    @Test
    void dittusBoelterRefusesOutsideItsRange() {
        assertThatThrownBy(() -> DittusBoelter.nusselt(5e3, 1.2, DittusBoelter.Mode.HEATING))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessage("Reynolds number = 5000 is outside the valid range [10000, +Infinity) of Dittus–Boelter "
                        + "Nusselt number");
        assertThatThrownBy(() -> DittusBoelter.nusselt(1e5, 200, DittusBoelter.Mode.COOLING))
                .isInstanceOf(OutOfRangeException.class)
                .hasMessageStartingWith("Prandtl number = 200 is outside the valid range [0.6, 160]");
        assertThatThrownBy(() -> DittusBoelter.nusselt(Double.NaN, 1, DittusBoelter.Mode.COOLING))
                .isInstanceOf(OutOfRangeException.class).hasMessageStartingWith("Reynolds number = NaN ");
    }
}
