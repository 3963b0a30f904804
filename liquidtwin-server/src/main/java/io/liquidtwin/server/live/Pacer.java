package io.liquidtwin.server.live;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ticks a {@link LiveTwin} at wall-clock pace: one tick every {@code stepS ÷ speed} wall seconds, so simulated time
 * runs {@code speed} times faster than the wall clock. A tick that fails is reported and the pacer goes on (the
 * supervisor inside the twin handles store outages with back-off). {@link #close()} waits for a running tick.
 */
public final class Pacer implements AutoCloseable {

    private final ScheduledExecutorService timer;

    /**
     * @param speed   simulated seconds per wall second (> 0)
     * @param onError told about a tick that threw
     */
    public Pacer(LiveTwin twin, double speed, Consumer<RuntimeException> onError) {
        if (!(speed > 0) || !Double.isFinite(speed)) {
            throw new IllegalArgumentException("speed must be finite and > 0, got " + speed);
        }
        long periodNanos = Math.max(1_000_000L, Math.round(twin.stepS() / speed * 1e9));
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "liquidtwin-pacer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                twin.tick();
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        }, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
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
