package io.liquidtwin.ops.ingest;

import java.time.Instant;
import java.time.InstantSource;

/** A clock tests move by hand. */
final class FakeClock implements InstantSource {

    private long epochMs;

    FakeClock(long epochMs) {
        this.epochMs = epochMs;
    }

    void advanceMs(long ms) {
        epochMs += ms;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(epochMs);
    }

    @Override
    public long millis() {
        return epochMs;
    }
}
