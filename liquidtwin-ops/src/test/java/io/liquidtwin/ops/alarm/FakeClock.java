package io.liquidtwin.ops.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock tests advance by hand. */
final class FakeClock implements InstantSource {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    void advanceSeconds(long s) {
        advance(Duration.ofSeconds(s));
    }

    long micros() {
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }
}
