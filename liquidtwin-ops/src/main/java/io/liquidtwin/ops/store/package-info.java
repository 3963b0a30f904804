/**
 * The durable telemetry store: {@link io.liquidtwin.ops.store.TelemetryStore} (samples, downsampling, latest values,
 * series by tags, retention, journal), its QuestDB-embedded implementation and an in-memory one for tests.
 */
package io.liquidtwin.ops.store;
