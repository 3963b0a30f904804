package io.liquidtwin.sim.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Month;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Monthly and annual buckets over a non-leap year. */
class KpiAccumulatorTest {

    private static final double DAY = 86_400;

    @Test
    void monthBoundariesOfANonLeapYear() {
        assertThat(KpiAccumulator.monthOf(0)).isEqualTo(Month.JANUARY);
        assertThat(KpiAccumulator.monthOf(31 * DAY - 1)).isEqualTo(Month.JANUARY);
        assertThat(KpiAccumulator.monthOf(31 * DAY)).isEqualTo(Month.FEBRUARY);
        assertThat(KpiAccumulator.monthOf(59 * DAY - 1)).isEqualTo(Month.FEBRUARY); // 31 + 28
        assertThat(KpiAccumulator.monthOf(59 * DAY)).isEqualTo(Month.MARCH);
        assertThat(KpiAccumulator.monthOf(334 * DAY)).isEqualTo(Month.DECEMBER);  // 365 - 31
        assertThat(KpiAccumulator.monthOf(365 * DAY - 1)).isEqualTo(Month.DECEMBER);
        assertThatThrownBy(() -> KpiAccumulator.monthOf(365 * DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("simulatedS");
        assertThatThrownBy(() -> KpiAccumulator.monthOf(-1)).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> KpiAccumulator.monthOf(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void annualPueIsEnergyWeightedNotTheMeanOfMonthlyPues() {
        KpiAccumulator acc = new KpiAccumulator(PueCategory.CATEGORY_3, OptionalDouble.of(0.1), OptionalDouble.empty());
        acc.add(0, EnergyTotals.ofKWh(100, 120, 15, 0, 50));                 // January: PUE 1.2
        acc.add(190 * DAY, EnergyTotals.ofKWh(300, 330, 20, 30, 600));       // July: PUE 1.1
        assertThat(acc.monthly(Month.JANUARY).orElseThrow().pue()).isCloseTo(1.2, within(1e-12));
        assertThat(acc.monthly(Month.JULY).orElseThrow().pue()).isCloseTo(1.1, within(1e-12));
        assertThat(acc.monthly(Month.MARCH)).isEmpty();
        Kpis year = acc.annual();
        assertThat(year.pue()).isCloseTo(450.0 / 400.0, within(1e-12));      // not (1.2 + 1.1) / 2
        assertThat(year.wueLPerKWh()).isCloseTo(650.0 / 400.0, within(1e-12));
        assertThat(year.erf()).isCloseTo(30.0 / 450.0, within(1e-12));
        assertThat(year.energyCost().getAsDouble()).isCloseTo(45.0, within(1e-9));
    }

    @Test
    void pueFromEnergyIsNotTheMeanOfHourlyPues() {
        // Two hours built to separate the two: a lightly loaded hour with a high PUE and a busy hour with a low one.
        KpiAccumulator acc = new KpiAccumulator(PueCategory.CATEGORY_3);
        acc.add(0, EnergyTotals.ofKWh(100, 150, 40, 0, 0));      // hour 1: PUE 1.5
        acc.add(3600, EnergyTotals.ofKWh(900, 990, 60, 0, 0));   // hour 2: PUE 1.1
        double meanOfHourly = (150.0 / 100 + 990.0 / 900) / 2;   // 1.30
        assertThat(acc.annual().pue()).isCloseTo(1140.0 / 1000, within(1e-12)); // 1.14
        assertThat(acc.annual().pue()).isNotCloseTo(meanOfHourly, within(0.1));
    }

    @Test
    void monthWithAChillerRunningAndAMonthWithHeatReuse() {
        KpiAccumulator acc = new KpiAccumulator(PueCategory.CATEGORY_3);
        // August: IT 500 MWh; pumps 10 + fans 5 + chiller compressors 35 = 50 MWh of cooling; losses and lights 20 MWh
        acc.add(220 * DAY, EnergyTotals.ofKWh(500_000, 570_000, 10_000 + 5_000 + 35_000, 0, 250_000));
        // December: IT 400 MWh, cooling 12 MWh, facility 425 MWh, 150 MWh of heat handed to district heating
        acc.add(340 * DAY, EnergyTotals.ofKWh(400_000, 425_000, 12_000, 150_000, 0));
        Kpis aug = acc.monthly(Month.AUGUST).orElseThrow();
        assertThat(aug.pue()).isCloseTo(1.14, within(1e-12));               // 570 / 500
        assertThat(aug.coolingPartialPue()).isCloseTo(1.10, within(1e-12));  // (500 + 50) / 500
        assertThat(aug.clf()).isCloseTo(0.10, within(1e-12));                // 50 / 500
        assertThat(aug.wueLPerKWh()).isCloseTo(0.5, within(1e-12));          // 250 000 L / 500 000 kWh
        assertThat(aug.erf()).isZero();
        Kpis dec = acc.monthly(Month.DECEMBER).orElseThrow();
        assertThat(dec.pue()).isCloseTo(1.0625, within(1e-12));              // 425 / 400
        assertThat(dec.erf()).isCloseTo(150.0 / 425, within(1e-12));         // reused / total
        assertThat(dec.ere()).isCloseTo((425.0 - 150) / 400, within(1e-12)); // 0.6875: below 1 with reuse
        assertThat(dec.wueLPerKWh()).isZero();
    }

    @Test
    void emptyYearHasNoAnnualKpis() {
        assertThatThrownBy(() -> new KpiAccumulator(PueCategory.CATEGORY_1).annual())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itEnergyJ");
    }

    @Property(tries = 100)
    void monthlySumsEqualAnnual(@ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 0, max = 31_535_999) Double> starts,
                                @ForAll @DoubleRange(min = 1e3, max = 1e10) double itJ) {
        KpiAccumulator acc = new KpiAccumulator(PueCategory.CATEGORY_3);
        int i = 0;
        for (double s : starts) {
            double scale = 1 + (i++ % 7);
            acc.add(s, new EnergyTotals(itJ * scale, itJ * scale * 1.1, itJ * scale * 0.05, itJ * scale * 0.02,
                    scale * 3));
        }
        EnergyTotals sum = EnergyTotals.ZERO;
        for (Month m : Month.values()) {
            sum = sum.plus(acc.monthTotals(m));
        }
        EnergyTotals year = acc.annualTotals();
        assertThat(sum.itEnergyJ()).isCloseTo(year.itEnergyJ(), within(1e-12 * year.itEnergyJ()));
        assertThat(sum.facilityEnergyJ()).isCloseTo(year.facilityEnergyJ(), within(1e-12 * year.facilityEnergyJ()));
        assertThat(sum.coolingEnergyJ()).isCloseTo(year.coolingEnergyJ(), within(1e-12 * year.coolingEnergyJ()));
        assertThat(sum.reusedEnergyJ()).isCloseTo(year.reusedEnergyJ(), within(1e-12 * year.reusedEnergyJ()));
        assertThat(sum.siteWaterKg()).isCloseTo(year.siteWaterKg(), within(1e-12 * year.siteWaterKg()));
        assertThat(Kpis.of(sum, PueCategory.CATEGORY_3).pue()).isCloseTo(acc.annual().pue(), within(1e-12));
    }
}
