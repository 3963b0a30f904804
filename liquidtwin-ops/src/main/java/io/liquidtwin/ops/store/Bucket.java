package io.liquidtwin.ops.store;

/**
 * One downsampling bucket {@code [startMicros, startMicros + width)} of a series; empty buckets are not returned.
 *
 * @param startMicros bucket start, epoch µs
 * @param count       samples in the bucket (≥ 1)
 * @param min         smallest value
 * @param max         largest value
 * @param mean        arithmetic mean of the values
 * @param last        value of the latest sample in the bucket
 */
public record Bucket(long startMicros, long count, double min, double max, double mean, double last) {
}
