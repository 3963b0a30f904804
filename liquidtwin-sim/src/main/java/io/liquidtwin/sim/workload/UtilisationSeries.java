package io.liquidtwin.sim.workload;

import java.util.Arrays;

/**
 * Busy processors of a replayed trace on fixed intervals {@code [startS + i·intervalS, startS + (i+1)·intervalS)}.
 * The recorded busy processor-seconds per interval are exact integers; utilisation is their share of the recorded
 * machine's capacity, and busy processors are that utilisation applied to the plant's processor count (equal to the
 * recorded machine unless {@link #scaledTo(int) scaled}).
 */
public final class UtilisationSeries {

    private final long startS;
    private final long intervalS;
    private final long traceProcessors;
    private final long plantProcessors;
    private final long[] busyProcessorSeconds;

    UtilisationSeries(long startS, long intervalS, long traceProcessors, long plantProcessors, long[] busy) {
        this.startS = startS;
        this.intervalS = intervalS;
        this.traceProcessors = traceProcessors;
        this.plantProcessors = plantProcessors;
        this.busyProcessorSeconds = busy;
    }

    /** @return start of the first interval, s on the trace's clock (0 = header UnixStartTime) */
    public long startS() {
        return startS;
    }

    /** @return interval length, s */
    public long intervalS() {
        return intervalS;
    }

    /** @return number of intervals */
    public int size() {
        return busyProcessorSeconds.length;
    }

    /** @return processors of the recorded machine the utilisation refers to */
    public long traceProcessors() {
        return traceProcessors;
    }

    /** @return processors of the plant that {@link #busyProcessors(int)} counts */
    public long plantProcessors() {
        return plantProcessors;
    }

    /**
     * @param i interval index
     * @return processor-seconds the recorded jobs used in interval i (recorded machine), processor-s
     */
    public long recordedBusyProcessorSeconds(int i) {
        return busyProcessorSeconds[i];
    }

    /** @return Σ recorded busy processor-seconds over all intervals, processor-s */
    public long totalRecordedBusyProcessorSeconds() {
        return Arrays.stream(busyProcessorSeconds).sum();
    }

    /**
     * @param i interval index
     * @return mean fraction of the processors busy in interval i, 0–1 when the trace fits its machine
     */
    public double utilisation(int i) {
        return busyProcessorSeconds[i] / ((double) intervalS * traceProcessors);
    }

    /**
     * @param i interval index
     * @return mean busy processors of the plant in interval i
     */
    public double busyProcessors(int i) {
        return utilisation(i) * plantProcessors;
    }

    /** @return the utilisation of every interval, 0–1 */
    public double[] utilisations() {
        double[] u = new double[size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = utilisation(i);
        }
        return u;
    }

    /**
     * @param processors processors of the plant, &gt; 0
     * @return the same utilisation fractions, with busy processors counted on a plant of that size
     */
    public UtilisationSeries scaledTo(int processors) {
        if (processors <= 0) {
            throw new IllegalArgumentException("plant processors must be > 0, got " + processors);
        }
        return new UtilisationSeries(startS, intervalS, traceProcessors, processors, busyProcessorSeconds);
    }
}
