package io.liquidtwin.sim.weather;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link SyntheticYear} over random plausible normals: a smooth seasonal cycle plus month-to-month jitter. */
class SyntheticYearProperties {

    @Provide
    Arbitrary<MonthlyNormals> normals() {
        Arbitrary<Double> annual = Arbitraries.doubles().between(-15, 24); // 24 + 18 + 2 stays inside MAX_MEAN_C
        Arbitrary<Double> amplitude = Arbitraries.doubles().between(0, 18);
        Arbitrary<Double> range = Arbitraries.doubles().between(2, 16);
        Arbitrary<Double> rh = Arbitraries.doubles().between(0.15, 0.95);
        Arbitrary<Double> elev = Arbitraries.doubles().between(0, 3000);
        Arbitrary<double[]> jitter = Arbitraries.doubles().between(-2, 2).array(double[].class).ofSize(36);
        return Combinators.combine(annual, amplitude, range, rh, elev, jitter).as((a, amp, r, h, z, j) -> {
            double[] mean = new double[12];
            double[] rng = new double[12];
            double[] rhs = new double[12];
            for (int m = 0; m < 12; m++) {
                mean[m] = a - amp * Math.cos(2 * Math.PI * (m + 0.5 - 0.6) / 12) + j[m];
                rng[m] = Math.max(1.0, r + j[12 + m]);
                rhs[m] = Math.min(1.0, Math.max(0.05, h + 0.02 * j[24 + m]));
            }
            return MonthlyNormals.of("random", 40, 10, z, mean, rng, rhs);
        });
    }

    @Property(tries = 40)
    void reproducesMonthlyNormals(@ForAll("normals") MonthlyNormals n) {
        SyntheticYearTest.assertReproducesNormals(n, SyntheticYear.generate(n, 0));
    }

    @Property(tries = 40)
    void diurnalExtremesAndPhysicalHours(@ForAll("normals") MonthlyNormals n) {
        WeatherYear y = SyntheticYear.generate(n, 0);
        assertThat(y.hourCount()).isEqualTo(8760);
        for (int d = 0; d < 365; d++) {
            int argMin = 0;
            int argMax = 0;
            for (int h = 0; h < 24; h++) {
                WeatherHour wh = y.hour(d * 24 + h);
                if (wh.dryBulbK() < y.hour(d * 24 + argMin).dryBulbK()) {
                    argMin = h;
                }
                if (wh.dryBulbK() > y.hour(d * 24 + argMax).dryBulbK()) {
                    argMax = h;
                }
            }
            if (y.hour(d * 24 + argMax).dryBulbK() - y.hour(d * 24 + argMin).dryBulbK() < 0.01) {
                continue; // a flat day (range clipped to 0) has no extremes to place
            }
            // index h is hour h+1, i.e. clock time (h+1):00
            assertThat(argMin + 1).as("day %d hour of minimum", d).isBetween(4, 6);
            assertThat(argMax + 1).as("day %d hour of maximum", d).isBetween(14, 16);
        }
        for (WeatherHour h : y.hours()) {
            double wb = h.wetBulbK();
            assertThat(wb).isFinite().isLessThanOrEqualTo(h.dryBulbK() + 1e-9);
            assertThat(h.dewPointK()).isLessThanOrEqualTo(h.dryBulbK());
            assertThat(h.relativeHumidity()).isBetween(0.0, 1.0);
        }
    }
}
