package io.liquidtwin.ops.ingest;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link SourceSupervisor} on a scheduler: one {@code tick} every {@code periodMs}, never two at once. An
 * exception from a tick (a failing store) is kept in {@link #lastFailure()} and the next tick still runs.
 */
public final class IngestRunner implements AutoCloseable {

    private final SourceSupervisor supervisor;
    private final ScheduledFuture<?> task;
    private volatile RuntimeException lastFailure;

    /** Starts ticking {@code supervisor} on {@code scheduler} (which the caller owns) every {@code periodMs}. */
    public IngestRunner(SourceSupervisor supervisor, ScheduledExecutorService scheduler, long periodMs) {
        this.supervisor = supervisor;
        this.task = scheduler.scheduleWithFixedDelay(this::tickOnce, 0, periodMs, TimeUnit.MILLISECONDS);
    }

    private void tickOnce() {
        try {
            supervisor.tick();
        } catch (RuntimeException e) {
            lastFailure = e;
        }
    }

    /** @return the last exception a tick threw, or null */
    public RuntimeException lastFailure() {
        return lastFailure;
    }

    /** Stops ticking and closes the supervisor's sources. */
    @Override
    public void close() {
        task.cancel(false);
        supervisor.close();
    }
}
