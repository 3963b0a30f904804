package io.liquidtwin.sim.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SyntheticYear} and {@link MonthlyNormals}: statistics recomputed independently over the generated hours. */
class SyntheticYearTest {

    /** Independent check: per-month mean dry-bulb, mean daily range, mean RH of the generated hours. */
    static void assertReproducesNormals(MonthlyNormals n, WeatherYear y) {
        assertThat(y.hourCount()).isEqualTo(8760);
        for (int m = 1; m <= 12; m++) {
            final int month = m;
            List<WeatherHour> hs = y.hours().stream().filter(h -> h.month() == month).toList();
            MonthlyNormals.Month mn = n.months().get(m - 1);
            double mean = hs.stream().mapToDouble(h -> h.dryBulbK() - 273.15).average().orElseThrow();
            double rh = hs.stream().mapToDouble(WeatherHour::relativeHumidity).average().orElseThrow();
            double rangeSum = 0;
            int days = hs.size() / 24;
            for (int d = 0; d < days; d++) {
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                for (int h = 0; h < 24; h++) {
                    double t = hs.get(d * 24 + h).dryBulbK();
                    max = Math.max(max, t);
                    min = Math.min(min, t);
                }
                rangeSum += max - min;
            }
            // Bound 0.3 K: plain linear interpolation between mid-months would shift a month's mean by
            // (T[m-1] - 2T[m] + T[m+1])/8 (0.56 K for Qingdao in August); the generator corrects its anchors to
            // 1e-9 K, so 0.3 K is a loose bound that only fails if the correction is broken.
            assertThat(mean).as("month %d mean dry-bulb", m).isCloseTo(mn.meanDryBulbC(), within(0.3));
            assertThat(rangeSum / days).as("month %d mean daily range", m)
                    .isCloseTo(mn.meanDailyRangeK(), within(0.1 * mn.meanDailyRangeK() + 1e-9));
            assertThat(rh).as("month %d mean RH", m).isCloseTo(mn.meanRelativeHumidity(), within(0.05));
            assertThat(hs.stream().mapToDouble(WeatherHour::pressurePa).distinct().count()).isEqualTo(1);
        }
    }

    @Test
    void qingdaoReproducesItsNormals() {
        MonthlyNormals q = MonthlyNormals.qingdao();
        assertReproducesNormals(q, SyntheticYear.generate(q, 0));
        assertReproducesNormals(q, SyntheticYear.generate(q, 42));
    }

    @Test
    void qingdaoAnnualMeanMatchesSource() {
        // Source table (max+min)/2, 1/12 per month: 13.0 °C (see MonthlyNormals.qingdao()).
        WeatherYear y = SyntheticYear.generate(MonthlyNormals.qingdao(), 0);
        assertThat(y.meanDryBulbK() - 273.15).isCloseTo(13.0, within(0.3));
        assertThat(y.site().name()).isEqualTo("Qingdao");
        assertThat(y.site().timeZoneH()).isEqualTo(8.0);
    }

    @Test
    void plainLinearInterpolationWouldMissAugustByMoreThanTheBound() {
        MonthlyNormals q = MonthlyNormals.qingdao();
        double[] mean = q.months().stream().mapToDouble(MonthlyNormals.Month::meanDryBulbC).toArray();
        double[] plain = SyntheticYear.monthMeans(SyntheticYear.linearDaily(mean, Double.NEGATIVE_INFINITY));
        assertThat(Math.abs(plain[7] - mean[7])).isGreaterThan(0.3);
        double[] fixed = SyntheticYear.monthMeans(SyntheticYear.meanPreservingDaily(mean, Double.NEGATIVE_INFINITY));
        for (int m = 0; m < 12; m++) {
            assertThat(fixed[m]).isCloseTo(mean[m], within(1e-6));
        }
    }

    @Test
    void deterministicWithoutSeedAndReproducibleWithSeed() {
        MonthlyNormals q = MonthlyNormals.qingdao();
        assertThat(SyntheticYear.generate(q, 0).hours()).isEqualTo(SyntheticYear.generate(q, 0).hours());
        assertThat(SyntheticYear.generate(q, 7).hours()).isEqualTo(SyntheticYear.generate(q, 7).hours());
        assertThat(SyntheticYear.generate(q, 7).hours()).isNotEqualTo(SyntheticYear.generate(q, 0).hours());
    }

    @Test
    void icaoStandardPressure() {
        assertThat(MonthlyNormals.standardPressurePa(0)).isCloseTo(101_325, within(1e-6));
        assertThat(MonthlyNormals.standardPressurePa(1000)).isCloseTo(89_875, within(5.0));
    }

    private static List<MonthlyNormals.Month> twelve(MonthlyNormals.Month m) {
        List<MonthlyNormals.Month> l = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            l.add(m);
        }
        return l;
    }

    @Test
    void badNormalsNameMonthAndField() {
        List<MonthlyNormals.Month> ms = twelve(new MonthlyNormals.Month(10, 8, 0.7, 101_325));
        ms.set(2, new MonthlyNormals.Month(10, -2, 0.7, 101_325));
        ms.set(6, new MonthlyNormals.Month(10, 8, 1.5, 101_325));
        assertThatThrownBy(() -> new MonthlyNormals("X", 0, 0, 0, ms))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("month 3 (Mar) mean daily range")
                .hasMessageContaining("got -2.0")
                .hasMessageContaining("month 7 (Jul) mean relative humidity");
        List<MonthlyNormals.Month> hot = twelve(new MonthlyNormals.Month(10, 8, 0.7, 101_325));
        hot.set(11, new MonthlyNormals.Month(Double.NaN, 8, 0.7, 20_000));
        assertThatThrownBy(() -> new MonthlyNormals("X", 0, 0, 0, hot))
                .hasMessageContaining("month 12 (Dec) mean dry-bulb")
                .hasMessageContaining("month 12 (Dec) mean station pressure");
        assertThatThrownBy(() -> new MonthlyNormals("X", 0, 0, 0, ms.subList(0, 11)))
                .hasMessageContaining("expected 12 months, got 11");
        assertThatThrownBy(() -> new MonthlyNormals("X", 95, 0, 0, twelve(new MonthlyNormals.Month(10, 8, 0.7, 1e5))))
                .hasMessageContaining("site latitude");
    }
}
