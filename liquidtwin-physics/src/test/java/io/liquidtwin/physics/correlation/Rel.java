package io.liquidtwin.physics.correlation;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative-tolerance assertions for the correlation tests. */
final class Rel {

    private Rel() {
    }

    /** |actual/expected − 1|, or |actual| when expected is 0. */
    static double error(double actual, double expected) {
        return expected == 0 ? Math.abs(actual) : Math.abs(actual / expected - 1.0);
    }

    /** Asserts |actual/expected − 1| ≤ tolerance, reporting the actual relative error. */
    static void assertRelative(String what, double actual, double expected, double tolerance) {
        double err = error(actual, expected);
        assertThat(err)
                .as("%s: actual %s vs expected %s, relative error %.3e > %.1e", what, actual, expected, err, tolerance)
                .isLessThanOrEqualTo(tolerance);
    }
}
