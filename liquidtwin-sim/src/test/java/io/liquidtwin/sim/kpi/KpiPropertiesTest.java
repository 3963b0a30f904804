package io.liquidtwin.sim.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The definitional identities between the KPIs, for arbitrary consistent energies. */
class KpiPropertiesTest {

    @Property(tries = 500)
    void ereIsPueTimesOneMinusErf(@ForAll @DoubleRange(min = 1, max = 1e13) double itJ,
                                  @ForAll @DoubleRange(min = 0, max = 2) double overheadFraction,
                                  @ForAll @DoubleRange(min = 0, max = 1) double reuseFraction,
                                  @ForAll @DoubleRange(min = 0, max = 1) double coolingFraction) {
        double total = itJ * (1 + overheadFraction);
        Kpis k = Kpis.of(new EnergyTotals(itJ, total, coolingFraction * (total - itJ), reuseFraction * total, 0),
                PueCategory.CATEGORY_3);
        assertThat(k.ere()).isCloseTo(k.pue() * (1 - k.erf()), within(1e-12 * k.pue()));
        assertThat(k.erf()).isBetween(0.0, 1.0);
        assertThat(k.clf()).isCloseTo(k.coolingPartialPue() - 1, within(1e-12 * k.coolingPartialPue()));
        assertThat(k.ere()).isLessThanOrEqualTo(k.pue());
    }

    @Property(tries = 500)
    void pueIsAtLeastCoolingPartialPueWhenTotalCoversItAndCooling(
            @ForAll @DoubleRange(min = 1, max = 1e13) double itJ,
            @ForAll @DoubleRange(min = 0, max = 1e13) double coolingJ,
            @ForAll @DoubleRange(min = 0, max = 1e13) double otherJ) {
        double total = itJ + coolingJ + otherJ;
        Kpis k = Kpis.of(new EnergyTotals(itJ, total, coolingJ, 0, 0), PueCategory.CATEGORY_2);
        assertThat(k.pue()).isGreaterThanOrEqualTo(k.coolingPartialPue());
        assertThat(k.pue()).isGreaterThanOrEqualTo(1.0);
    }

    @Property(tries = 300)
    void wueScalesWithWaterPerItKWh(@ForAll @DoubleRange(min = 1, max = 1e12) double itJ,
                                    @ForAll @DoubleRange(min = 0, max = 1e9) double waterKg) {
        Kpis k = Kpis.of(new EnergyTotals(itJ, itJ, 0, 0, waterKg), PueCategory.CATEGORY_3);
        double expected = waterKg / (itJ / 3.6e6); // 1 kg = 1 L; 3.6e6 J per kWh
        assertThat(k.wueLPerKWh()).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
    }
}
