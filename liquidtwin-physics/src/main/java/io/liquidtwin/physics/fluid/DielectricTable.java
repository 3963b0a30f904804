package io.liquidtwin.physics.fluid;

import java.util.Arrays;

/**
 * A property of a catalogue record tabulated against temperature (SI: temperatures in K, values in SI units), with
 * the two interpolations the catalogue uses: piecewise linear in T, and piecewise Andrade (ln v linear in 1/T).
 *
 * <p>Beyond the outermost points the end segment is extended; the catalogue reader checks that the result stays
 * positive over the record's declared range, and the callers check the range before asking.
 */
final class DielectricTable {

    private final double[] temperaturesK;
    private final double[] values;

    /**
     * @param temperaturesK at least two strictly increasing temperatures, K
     * @param values        the property at those temperatures, SI, all positive
     */
    DielectricTable(double[] temperaturesK, double[] values) {
        if (temperaturesK.length < 2 || temperaturesK.length != values.length) {
            throw new IllegalArgumentException("a table needs at least two points and one value per temperature");
        }
        for (int i = 1; i < temperaturesK.length; i++) {
            if (!(temperaturesK[i] > temperaturesK[i - 1])) {
                throw new IllegalArgumentException("table temperatures must increase strictly");
            }
        }
        this.temperaturesK = temperaturesK.clone();
        this.values = values.clone();
    }

    /** @return number of points */
    int size() {
        return values.length;
    }

    /** @return the i-th temperature, K */
    double temperatureK(int i) {
        return temperaturesK[i];
    }

    /** @return the i-th value, SI */
    double value(int i) {
        return values[i];
    }

    /** Piecewise linear interpolation in T (end segments extended). */
    double linear(double temperatureK) {
        int i = segment(temperatureK);
        double t0 = temperaturesK[i];
        double t1 = temperaturesK[i + 1];
        double f = (temperatureK - t0) / (t1 - t0);
        return values[i] + f * (values[i + 1] - values[i]);
    }

    /**
     * Piecewise Andrade interpolation: on each segment ln v = A + B/T through the two end points (end segments
     * extended). Always positive for positive table values.
     */
    double andrade(double temperatureK) {
        int i = segment(temperatureK);
        double x0 = 1.0 / temperaturesK[i];
        double x1 = 1.0 / temperaturesK[i + 1];
        double f = (1.0 / temperatureK - x0) / (x1 - x0);
        double ln0 = Math.log(values[i]);
        double ln1 = Math.log(values[i + 1]);
        return Math.exp(ln0 + f * (ln1 - ln0));
    }

    private int segment(double temperatureK) {
        int last = temperaturesK.length - 2;
        for (int i = 0; i < last; i++) {
            if (temperatureK <= temperaturesK[i + 1]) {
                return i;
            }
        }
        return last;
    }

    @Override
    public String toString() {
        return "DielectricTable" + Arrays.toString(temperaturesK) + "->" + Arrays.toString(values);
    }
}
