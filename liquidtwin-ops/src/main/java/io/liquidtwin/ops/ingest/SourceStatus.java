package io.liquidtwin.ops.ingest;

/**
 * A source as its supervisor sees it.
 *
 * @param name                source name
 * @param connected           whether it is connected now
 * @param consecutiveFailures failures since the last successful poll
 * @param nextAttemptEpochMs  when the next connect is due (meaningful when not connected), epoch ms
 * @param lastError           the last failure, or empty
 */
public record SourceStatus(String name, boolean connected, int consecutiveFailures, long nextAttemptEpochMs,
                           String lastError) {
}
