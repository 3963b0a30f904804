package io.liquidtwin.server.live;

import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ticks a {@link LiveTwin} at wall-clock pace: one tick every {@code stepS ÷ speed} wall seconds, so simulated time
 * runs {@code speed} times faster than the wall clock. A tick that fails is reported and the pacer goes on (the
 * supervisor inside the twin handles store outages with back-off). {@link #close()} waits for a running tick.
 *
 * <p><b>Anchored to the twin's start.</b> When the twin's time 0 is a recent wall-clock instant (at most
 * {@link #MAX_ANCHOR_AGE_S} s before the pacer starts, as when {@code serve} starts the twin at the wall-clock now),
 * the pacer keeps simulated time at {@code (wall now − twin start) × speed}: it first catches up the time the service
 * took to start, and later any ticks that ran late, instead of lagging by them for ever. Twin samples then carry
 * timestamps close to the wall clock, as samples ingested over HTTP do; a lagging twin would write every tick's
 * samples behind the ingested ones, an out-of-order insert that makes the store rewrite (and re-index) everything
 * ingested since. Otherwise (a twin resumed ahead of the wall clock, or one on another clock) it ticks once per period.
 */
public final class Pacer implements AutoCloseable {

    /** The oldest twin start the pacer anchors to, s before the pacer starts. */
    public static final long MAX_ANCHOR_AGE_S = 3600;
    /** Most ticks one period runs to catch up. */
    static final int MAX_CATCH_UP_TICKS = 100;

    private final ScheduledExecutorService timer;

    /**
     * @param speed   simulated seconds per wall second (> 0)
     * @param onError told about a tick that threw
     */
    public Pacer(LiveTwin twin, double speed, Consumer<RuntimeException> onError) {
        this(twin, speed, onError, InstantSource.system());
    }

    /** As above, reading wall time from {@code wall}. */
    public Pacer(LiveTwin twin, double speed, Consumer<RuntimeException> onError, InstantSource wall) {
        if (!(speed > 0) || !Double.isFinite(speed)) {
            throw new IllegalArgumentException("speed must be finite and > 0, got " + speed);
        }
        long periodNanos = Math.max(1_000_000L, Math.round(twin.stepS() / speed * 1e9));
        long startMicros = twin.epochMicrosNow() - Math.round(twin.snapshot().timeS() * 1e6);
        long ageMicros = micros(wall) - startMicros;
        boolean anchored = ageMicros >= 0 && ageMicros <= MAX_ANCHOR_AGE_S * 1_000_000L;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "liquidtwin-pacer");
            t.setDaemon(true);
            return t;
        });
        Runnable tick = () -> {
            try {
                twin.tick();
            } catch (RuntimeException e) {
                onError.accept(e);
            } catch (Error e) { // an escaping Throwable would cancel the schedule for good, silently
                onError.accept(new IllegalStateException("the twin's tick failed: " + e, e));
            }
        };
        timer.scheduleAtFixedRate(!anchored ? tick : () -> {
            for (int i = 0; i < MAX_CATCH_UP_TICKS && behind(twin, wall, startMicros, speed); i++) {
                tick.run();
            }
        }, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
    }

    /** @return whether one more step keeps the twin at or behind {@code (wall now − start) × speed} */
    private static boolean behind(LiveTwin twin, InstantSource wall, long startMicros, double speed) {
        double targetS = (micros(wall) - startMicros) / 1e6 * speed;
        return twin.snapshot().timeS() + twin.stepS() <= targetS + 1e-6;
    }

    private static long micros(InstantSource wall) {
        java.time.Instant now = wall.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1000);
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
