package io.liquidtwin.server.ingest;

/**
 * Counters of the HTTP write endpoint since the server started.
 *
 * @param requests       write requests that reached the endpoint with enough privilege
 * @param samplesWritten samples acknowledged (appended to the store)
 * @param lineErrors     bad lines and rejected fields reported back to clients
 * @param storeFailures  writes answered 503 because the store failed
 * @param stringFields   string fields passed over (they hold no number to store; not errors)
 */
public record HttpIngestStats(long requests, long samplesWritten, long lineErrors, long storeFailures,
                              long stringFields) {
}
