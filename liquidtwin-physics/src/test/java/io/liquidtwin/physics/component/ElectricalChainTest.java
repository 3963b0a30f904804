package io.liquidtwin.physics.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.physics.OutOfRangeException;
import org.junit.jupiter.api.Test;

class ElectricalChainTest {

    @Test
    void stageLossesAndFitThroughEfficiencies() {
        ElectricalStage s = new ElectricalStage("tr", 2e6, 1500, 0.002, 14e3);
        assertThat(s.lossesW(1e6)).isCloseTo(1500 + 2000 + 3500, within(1e-9));
        assertThat(s.efficiency(1e6)).isCloseTo(1e6 / 1.007e6, within(1e-12));
        // efficiencies of P0 = 10 kW, k = 0.02, Pq = 15 kW at 25/50/100 %: 250/265.9375, 500/523.75, 1000/1045
        ElectricalStage ups = ElectricalStage.throughEfficiencies("ups", 1e6, 0.25, 250 / 265.9375, 0.5,
                500 / 523.75, 1.0, 1000 / 1045.0);
        assertThat(ups.noLoadLossW()).isCloseTo(10e3, within(1e-6));
        assertThat(ups.proportionalLossFraction()).isCloseTo(0.02, within(1e-12));
        assertThat(ups.quadraticLossAtRatedW()).isCloseTo(15e3, within(1e-6));
        assertThat(ups.efficiency(0.75e6)).isCloseTo(750 / (750 + 10 + 15 + 15 * 0.5625), within(1e-12));
        // efficiencies no three-term loss curve can produce are refused
        assertThatThrownBy(() -> ElectricalStage.throughEfficiencies("bad", 1e6, 0.25, 0.94, 0.5, 0.96, 1.0, 0.955))
                .isInstanceOf(OutOfRangeException.class).hasMessageContaining("proportional loss");
        assertThat(ElectricalStage.lossless("none").efficiency(5e5)).isEqualTo(1);
    }

    @Test
    void facilityInputIsItPlusCoolingPlusConstantLoadsPlusLosses() {
        ElectricalStage tr = new ElectricalStage("transformer", 2.5e6, 2000, 0.001, 18e3);
        ElectricalStage ups = new ElectricalStage("ups", 1.5e6, 12e3, 0.02, 20e3);
        ElectricalStage pdu = new ElectricalStage("pdu", 1.5e6, 500, 0.003, 6e3);
        for (boolean onUps : new boolean[] {false, true}) {
            ElectricalChain chain = new ElectricalChain(tr, ups, pdu, 8e3, 12e3, onUps);
            double it = 1.1e6;
            double cooling = 60e3;
            double in = chain.solve(it, cooling);
            assertThat(in).isCloseTo(it + cooling + 20e3 + chain.lossesW(), within(in * 1e-15));
            assertThat(chain.pduLossW()).isCloseTo(pdu.lossesW(it), within(1e-9));
            double upsOut = it + chain.pduLossW() + (onUps ? cooling : 0);
            assertThat(chain.upsOutputW()).isCloseTo(upsOut, within(1e-9));
            assertThat(chain.upsLossW()).isCloseTo(ups.lossesW(upsOut), within(1e-9));
            assertThat(chain.transformerLossW()).isCloseTo(tr.lossesW(in - chain.transformerLossW()), within(1e-6));
            assertThat(chain.pduOutputW()).isEqualTo(it);
        }
        // with no load the chain still draws the no-load losses and the constant loads
        ElectricalChain idle = new ElectricalChain(tr, ElectricalStage.lossless("no ups"),
                ElectricalStage.lossless("no pdu"), 1000, 0, false);
        assertThat(idle.solve(0, 0)).isCloseTo(1000 + tr.lossesW(1000), within(1e-9));
    }
}
