package io.liquidtwin.sim.report;

import io.liquidtwin.sim.study.HourSample;
import io.liquidtwin.sim.study.ResponseSample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Turns hourly and response samples into the small, finite series the charts plot. */
final class Series {

    /** Seconds per day, s. */
    static final double DAY_S = 86_400;
    /** A gap longer than this between response samples starts a new event window, s. */
    static final double WINDOW_GAP_S = 3_600;
    /** Most points one plotted line gets. */
    static final int MAX_POINTS = 400;

    /** x and y values of one line, both finite and of equal length. */
    record Xy(double[] x, double[] y) {
        boolean isEmpty() {
            return x.length == 0;
        }
    }

    private Series() {
    }

    /**
     * @param hours hourly samples
     * @param field the value to aggregate
     * @param max   true for the daily maximum, false for the daily mean
     * @return one point per simulated day that has a finite value: x = day of year (1-based), y = mean or max
     */
    static Xy daily(List<HourSample> hours, ToDoubleFunction<HourSample> field, boolean max) {
        List<double[]> points = new ArrayList<>();
        long day = Long.MIN_VALUE;
        double acc = 0;
        int n = 0;
        for (HourSample h : hours) {
            double v = field.applyAsDouble(h);
            if (!Double.isFinite(h.startS())) {
                continue;
            }
            long d = (long) Math.floor(h.startS() / DAY_S);
            if (d != day) {
                flush(points, day, acc, n, max);
                day = d;
                acc = max ? Double.NEGATIVE_INFINITY : 0;
                n = 0;
            }
            if (Double.isFinite(v)) {
                acc = max ? Math.max(acc, v) : acc + v;
                n++;
            }
        }
        flush(points, day, acc, n, max);
        return toXy(points);
    }

    private static void flush(List<double[]> points, long day, double acc, int n, boolean max) {
        if (n > 0) {
            points.add(new double[] {day + 1, max ? acc : acc / n});
        }
    }

    /**
     * A load-duration curve: the finite values sorted descending against the hours they are reached or exceeded,
     * thinned to at most {@link #MAX_POINTS} points (the first and last are always kept).
     *
     * @param hours hourly samples
     * @param field power, kW
     * @return x = hours (1…n), y = power sorted descending
     */
    static Xy loadDuration(List<HourSample> hours, ToDoubleFunction<HourSample> field) {
        double[] v = hours.stream().mapToDouble(field).filter(Double::isFinite).toArray();
        Arrays.sort(v);
        double[] x = new double[v.length];
        double[] y = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = i + 1;
            y[i] = v[v.length - 1 - i];
        }
        return thin(new Xy(x, y));
    }

    /** @return the series keeping at most {@link #MAX_POINTS} evenly spaced points, first and last included */
    static Xy thin(Xy s) {
        int n = s.x().length;
        if (n <= MAX_POINTS) {
            return s;
        }
        double[] x = new double[MAX_POINTS];
        double[] y = new double[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            int j = (int) Math.round(i * (n - 1) / (double) (MAX_POINTS - 1));
            x[i] = s.x()[j];
            y[i] = s.y()[j];
        }
        return new Xy(x, y);
    }

    /**
     * Splits response samples into event windows: a new window starts where consecutive samples (in time order) are
     * more than {@link #WINDOW_GAP_S} apart. Samples with a non-finite time are dropped.
     *
     * @param response fine samples around events
     * @return the windows, each non-empty and in time order
     */
    static List<List<ResponseSample>> windows(List<ResponseSample> response) {
        List<ResponseSample> sorted = response.stream().filter(r -> Double.isFinite(r.timeS()))
                .sorted((a, b) -> Double.compare(a.timeS(), b.timeS())).toList();
        List<List<ResponseSample>> out = new ArrayList<>();
        List<ResponseSample> current = new ArrayList<>();
        for (ResponseSample r : sorted) {
            if (!current.isEmpty() && r.timeS() - current.get(current.size() - 1).timeS() > WINDOW_GAP_S) {
                out.add(List.copyOf(current));
                current.clear();
            }
            current.add(r);
        }
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
        }
        return out;
    }

    /**
     * @param window samples of one event window
     * @param originS time plotted as 0, s
     * @param field  the value
     * @return x = minutes since {@code originS}, y = value; points with a non-finite value dropped, thinned
     */
    static Xy response(List<ResponseSample> window, double originS, ToDoubleFunction<ResponseSample> field) {
        List<double[]> points = new ArrayList<>();
        for (ResponseSample r : window) {
            double v = field.applyAsDouble(r);
            if (Double.isFinite(v)) {
                points.add(new double[] {(r.timeS() - originS) / 60.0, v});
            }
        }
        return thin(toXy(points));
    }

    /**
     * @param xs x values
     * @param ys y values (same length)
     * @return the pairs whose x and y are both finite, sorted by x
     */
    static Xy finitePairs(double[] xs, double[] ys) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                points.add(new double[] {xs[i], ys[i]});
            }
        }
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        return toXy(points);
    }

    private static Xy toXy(List<double[]> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        return new Xy(x, y);
    }
}
