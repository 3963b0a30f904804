package io.liquidtwin.sim.workload;

import java.util.List;

/**
 * An {@link ItLoadProfile} held as a table: one row of fractions per consumer, or one row shared by all consumers.
 */
final class ArrayProfile implements ItLoadProfile {

    private final List<String> ids;
    private final double intervalS;
    private final double[][] rows;   // [consumer][interval], or [0][interval] shared

    /** @param rows one row per consumer, or a single row for all; every value in [0, 1]; rows of equal length ≥ 1 */
    ArrayProfile(List<String> ids, double intervalS, double[][] rows) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a load profile needs at least one consumer");
        }
        if (!(intervalS > 0) || !Double.isFinite(intervalS)) {
            throw new IllegalArgumentException("interval must be finite and > 0 s, got " + intervalS);
        }
        if (rows.length != 1 && rows.length != ids.size() || rows[0].length == 0) {
            throw new IllegalArgumentException("need one row per consumer (or one shared), each with >= 1 interval");
        }
        for (double[] row : rows) {
            if (row.length != rows[0].length) {
                throw new IllegalArgumentException("every consumer needs the same number of intervals");
            }
            for (int i = 0; i < row.length; i++) {
                if (!(row[i] >= 0 && row[i] <= 1)) {
                    throw new IllegalArgumentException("fraction of interval " + i + " must be in [0, 1], got "
                            + row[i]);
                }
            }
        }
        this.ids = List.copyOf(ids);
        this.intervalS = intervalS;
        this.rows = rows;
    }

    @Override
    public List<String> consumerIds() {
        return ids;
    }

    @Override
    public double intervalS() {
        return intervalS;
    }

    @Override
    public int intervals() {
        return rows[0].length;
    }

    @Override
    public double fraction(int consumer, int interval) {
        if (consumer < 0 || consumer >= ids.size() || interval < 0) {
            throw new IndexOutOfBoundsException("consumer " + consumer + " of " + ids.size() + ", interval "
                    + interval + " (must be >= 0)");
        }
        double[] row = rows[rows.length == 1 ? 0 : consumer];
        return row[interval % row.length];
    }
}
