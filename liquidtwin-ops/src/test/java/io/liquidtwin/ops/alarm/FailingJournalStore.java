package io.liquidtwin.ops.alarm;

import io.liquidtwin.ops.store.ForwardingTelemetryStore;
import io.liquidtwin.ops.store.InMemoryTelemetryStore;
import io.liquidtwin.ops.store.JournalEntry;

/** An in-memory store whose journal writes fail while {@link #fail} is set (a full disk). */
final class FailingJournalStore extends ForwardingTelemetryStore {
    boolean fail;
    /** When set, only entries whose payload contains this text fail. */
    String failOnlyFor;

    FailingJournalStore() {
        super(new InMemoryTelemetryStore());
    }

    @Override
    public void appendJournal(JournalEntry entry) {
        if (fail && (failOnlyFor == null || entry.payload().contains(failOnlyFor))) {
            throw new IllegalStateException("disk full");
        }
        super.appendJournal(entry);
    }
}
