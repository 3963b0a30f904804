/**
 * The durable telemetry store: {@link io.liquidtwin.ops.store.TelemetryStore} (samples, downsampling, latest values,
 * series by tags, retention, journal), its QuestDB-embedded implementation
 * {@link io.liquidtwin.ops.store.QuestDbTelemetryStore} (durability contract in {@code docs/durability.md}) and an
 * in-memory one for tests. Every implementation passes the compatibility kit {@code TelemetryStoreTck}.
 */
package io.liquidtwin.ops.store;
