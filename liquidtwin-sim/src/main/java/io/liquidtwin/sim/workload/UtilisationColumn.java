package io.liquidtwin.sim.workload;

import java.util.Arrays;
import java.util.Objects;

/**
 * One utilisation column read by {@link UtilisationCsvReader}: one value per row, rows {@link #intervalS()} apart,
 * the first row at the simulation's t = 0.
 */
public final class UtilisationColumn {

    private final String file;
    private final String column;
    private final ValueScale scale;
    private final double intervalS;
    private final double[] fractions;

    UtilisationColumn(String file, String column, ValueScale scale, double intervalS, double[] fractions) {
        this.file = Objects.requireNonNull(file, "file");
        this.column = Objects.requireNonNull(column, "column");
        this.scale = Objects.requireNonNull(scale, "scale");
        this.intervalS = intervalS;
        this.fractions = fractions.clone();
    }

    /** @return the file as the caller named it */
    public String file() {
        return file;
    }

    /** @return the column's name */
    public String column() {
        return column;
    }

    /** @return the scale the values were read in ({@link ValueScale#FRACTION} or {@link ValueScale#PERCENT}) */
    public ValueScale scale() {
        return scale;
    }

    /** @return time between rows, s */
    public double intervalS() {
        return intervalS;
    }

    /** @return rows */
    public int size() {
        return fractions.length;
    }

    /** @return the value of row i (0-based, header excluded) as a fraction, 0–1 */
    public double fraction(int i) {
        return fractions[i];
    }

    /** @return every value as a fraction, 0–1 (a copy) */
    public double[] fractions() {
        return fractions.clone();
    }

    /** @return the mean of the values, 0–1 */
    public double mean() {
        return Arrays.stream(fractions).average().orElse(0);
    }
}
