package io.liquidtwin.sim.weather;

/**
 * Fills missing (NaN) values of an hourly series by linear interpolation between the nearest valid neighbours;
 * runs at either end take the nearest valid value. Package-private helper of {@link EpwReader}.
 */
final class MissingFill {

    private MissingFill() {
    }

    /** @return the number of NaN values in the series */
    static int countMissing(double[] series) {
        int n = 0;
        for (double v : series) {
            if (Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** Fills every NaN in place; the series must hold at least one valid value. */
    static void fill(double[] series) {
        int previous = -1;
        for (int i = 0; i <= series.length; i++) {
            if (i < series.length && Double.isNaN(series[i])) {
                continue;
            }
            if (previous < 0 && i == series.length) {
                return; // no valid value at all: leave the NaNs
            }
            // i is valid (or the end); fill the gap (previous, i)
            for (int j = previous + 1; j < i; j++) {
                if (previous < 0) {
                    series[j] = series[i];
                } else if (i == series.length) {
                    series[j] = series[previous];
                } else {
                    double f = (double) (j - previous) / (i - previous);
                    series[j] = series[previous] + f * (series[i] - series[previous]);
                }
            }
            previous = i;
        }
    }
}
