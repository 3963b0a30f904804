package io.liquidtwin.ops.ingest;

import io.liquidtwin.ops.store.Sample;

/**
 * A sample the supervisor did not store.
 *
 * @param source source name
 * @param sample the sample
 * @param reason why
 */
public record Rejection(String source, Sample sample, String reason) {
}
