package io.liquidtwin.sim.workload;

import java.util.ArrayList;
import java.util.List;

/** Collects {@link WorkloadError}s of one file up to a cap; package-private helper of {@link SwfReader}. */
final class ErrorList {

    private final String file;
    private final int cap;
    private final List<WorkloadError> errors = new ArrayList<>();
    private boolean capped;

    ErrorList(String file, int cap) {
        this.file = file;
        this.cap = cap;
    }

    void add(int line, String message) {
        if (errors.size() < cap) {
            errors.add(new WorkloadError(file, line, message));
        } else if (!capped) {
            capped = true;
            errors.add(new WorkloadError(file, line, "too many errors; stopped after " + cap));
        }
    }

    boolean full() {
        return capped;
    }

    int size() {
        return errors.size();
    }

    List<WorkloadError> list() {
        return List.copyOf(errors);
    }
}
