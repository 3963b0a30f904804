/**
 * Ingest: the source SPI and its sources.
 * <ul>
 *   <li>{@link io.liquidtwin.ops.ingest.LineProtocol} — strict InfluxDB line protocol reader and writer (series
 *       {@code measurement.field}, field {@code value} → {@code measurement}); {@link
 *       io.liquidtwin.ops.ingest.CsvImport} — CSV files, wide or long.</li>
 *   <li>{@link io.liquidtwin.ops.ingest.TelemetrySource} (connect/poll/close; {@link
 *       io.liquidtwin.ops.ingest.PushSource} adapts push feeds), driven into a store by {@link
 *       io.liquidtwin.ops.ingest.SourceSupervisor} under an {@link io.liquidtwin.ops.ingest.IngestPolicy}:
 *       jitter-free exponential back-off, STALE marking of silent series (the newest sample re-appended as STALE,
 *       nothing invented) and a per-series late window; {@link io.liquidtwin.ops.ingest.IngestRunner} ticks it on
 *       a scheduler.</li>
 *   <li>Sources: {@link io.liquidtwin.ops.ingest.LineProtocolSource}, {@link
 *       io.liquidtwin.ops.ingest.SimulationSource} (a running simulation's sensor channels).</li>
 * </ul>
 * All timing comes from an injected {@link java.time.InstantSource}.
 */
package io.liquidtwin.ops.ingest;
