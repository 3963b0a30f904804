/**
 * Ingest: the source SPI (push or poll, reconnect with back-off, stale marking, out-of-order window) and its
 * sources — InfluxDB line protocol, CSV import and the running simulation itself.
 */
package io.liquidtwin.ops.ingest;
