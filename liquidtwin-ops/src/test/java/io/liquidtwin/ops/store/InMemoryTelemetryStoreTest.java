package io.liquidtwin.ops.store;

/** The in-memory store against the compatibility kit. */
class InMemoryTelemetryStoreTest extends TelemetryStoreTck {
    @Override
    protected TelemetryStore newStore() {
        return new InMemoryTelemetryStore();
    }
}
