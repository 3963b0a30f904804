package io.liquidtwin.sim.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liquidtwin.sim.engine.EnergyLedger;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Hand-computed KPIs from the definitions, and refusal of inconsistent input. */
class KpisTest {

    private static final double EPS = 1e-12;

    @Test
    void handComputedExampleInKWhAndLitres() {
        // IT 1000 kWh, facility 1040 kWh, cooling 30 kWh, water 1800 L, reuse 100 kWh
        Kpis k = Kpis.of(EnergyTotals.ofKWh(1000, 1040, 30, 100, 1800), PueCategory.CATEGORY_3,
                OptionalDouble.of(0.20), OptionalDouble.of(0.30));
        assertThat(k.pue()).isCloseTo(1.04, within(EPS));               // 1040 / 1000
        assertThat(k.coolingPartialPue()).isCloseTo(1.03, within(EPS)); // (1000 + 30) / 1000
        assertThat(k.clf()).isCloseTo(0.03, within(EPS));               // 30 / 1000
        assertThat(k.wueLPerKWh()).isCloseTo(1.8, within(EPS));         // 1800 L / 1000 kWh
        assertThat(k.erf()).isCloseTo(100.0 / 1040.0, within(EPS));     // 100 / 1040
        assertThat(k.ere()).isCloseTo(0.94, within(EPS));               // (1040 - 100) / 1000
        assertThat(k.energyCost().getAsDouble()).isCloseTo(208.0, within(1e-9)); // 1040 kWh * 0.20
        assertThat(k.co2Kg().getAsDouble()).isCloseTo(312.0, within(1e-9));      // 1040 kWh * 0.30 kg/kWh
        assertThat(k.category()).isEqualTo(PueCategory.CATEGORY_3);
    }

    @Test
    void handComputedExampleInJoulesAndKilograms() {
        // IT 7.2e9 J = 2000 kWh, facility 9.0e9 J = 2500 kWh, cooling 1.08e9 J = 300 kWh, no reuse, 3000 kg = 3000 L
        Kpis k = Kpis.of(new EnergyTotals(7.2e9, 9.0e9, 1.08e9, 0, 3000), PueCategory.CATEGORY_1);
        assertThat(k.pue()).isCloseTo(1.25, within(EPS));
        assertThat(k.coolingPartialPue()).isCloseTo(1.15, within(EPS));
        assertThat(k.clf()).isCloseTo(0.15, within(EPS));
        assertThat(k.wueLPerKWh()).isCloseTo(1.5, within(EPS));
        assertThat(k.erf()).isZero();
        assertThat(k.ere()).isCloseTo(1.25, within(EPS));
        assertThat(k.energyCost()).isEmpty();
        assertThat(k.co2Kg()).isEmpty();
    }

    @Test
    void summaryStatesCategoryAndUnits() {
        Kpis k = Kpis.of(EnergyTotals.ofKWh(1000, 1040, 30, 100, 1800), PueCategory.CATEGORY_2,
                OptionalDouble.of(0.2), OptionalDouble.empty());
        assertThat(k.summaryLines().get(0)).contains("category 2").contains("PDU output");
        assertThat(k.summaryLines()).anyMatch(l -> l.startsWith("PUE (ISO/IEC 30134-2) = 1.0400"))
                .anyMatch(l -> l.startsWith("WUE (ISO/IEC 30134-9) = 1.8000 L/kWh"))
                .anyMatch(l -> l.startsWith("ERE = 0.9400"))
                .anyMatch(l -> l.startsWith("energy cost = 208.0000"))
                .noneMatch(l -> l.startsWith("CO2"));
        assertThat(k.toString()).contains("pPUE cooling = 1.0300").contains("CLF = 0.0300");
    }

    @Test
    void categoriesDescribeTheMeteringPoint() {
        assertThat(PueCategory.CATEGORY_1.description()).contains("UPS output");
        assertThat(PueCategory.CATEGORY_2.description()).contains("PDU output");
        assertThat(PueCategory.CATEGORY_3.description()).contains("IT equipment input");
        assertThat(PueCategory.CATEGORY_3.number()).isEqualTo(3);
    }

    @Test
    void emptyLedgerGivesZeroTotalsAndNoKpis() {
        EnergyTotals t = EnergyTotals.fromLedger(new EnergyLedger());
        assertThat(t).isEqualTo(EnergyTotals.ZERO);
        assertThatThrownBy(() -> Kpis.of(t, PueCategory.CATEGORY_3)).hasMessageContaining("itEnergyJ");
    }

    @Test
    void refusesZeroItEnergy() {
        assertThatThrownBy(() -> Kpis.of(EnergyTotals.ofKWh(0, 10, 1, 0, 0), PueCategory.CATEGORY_3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("itEnergyJ").hasMessageContaining("0.0");
    }

    @Test
    void refusesNegativeAndNonFiniteValues() {
        assertThatThrownBy(() -> new EnergyTotals(1, 2, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coolingEnergyJ").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new EnergyTotals(-5, 2, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itEnergyJ").hasMessageContaining("-5.0");
        assertThatThrownBy(() -> new EnergyTotals(1, Double.NaN, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("facilityEnergyJ").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new EnergyTotals(1, 2, 0, 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("siteWaterKg").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new EnergyTotals(1, 2, 0, Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reusedEnergyJ").hasMessageContaining("Infinity");
    }

    @Test
    void refusesReuseAboveTotalAndTotalBelowIt() {
        assertThatThrownBy(() -> Kpis.of(EnergyTotals.ofKWh(100, 110, 5, 111, 0), PueCategory.CATEGORY_3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reusedEnergyJ").hasMessageContaining(String.valueOf(111 * 3.6e6));
        assertThatThrownBy(() -> Kpis.of(EnergyTotals.ofKWh(100, 90, 5, 0, 0), PueCategory.CATEGORY_3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("facilityEnergyJ").hasMessageContaining(String.valueOf(90 * 3.6e6));
    }

    @Test
    void refusesBadTariffAndGridFactor() {
        EnergyTotals t = EnergyTotals.ofKWh(100, 110, 5, 0, 0);
        assertThatThrownBy(() -> Kpis.of(t, PueCategory.CATEGORY_3, OptionalDouble.of(Double.NaN), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tariffPerKWh").hasMessageContaining("NaN");
        assertThatThrownBy(() -> Kpis.of(t, PueCategory.CATEGORY_3, OptionalDouble.empty(), OptionalDouble.of(-0.4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gridKgCo2PerKWh").hasMessageContaining("-0.4");
    }
}
