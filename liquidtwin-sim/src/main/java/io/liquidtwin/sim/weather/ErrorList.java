package io.liquidtwin.sim.weather;

import java.util.ArrayList;
import java.util.List;

/** Collects {@link WeatherError}s of one file up to a cap; package-private helper of {@link EpwReader}. */
final class ErrorList {

    private final String file;
    private final int cap;
    private final List<WeatherError> errors = new ArrayList<>();
    private boolean capped;

    ErrorList(String file, int cap) {
        this.file = file;
        this.cap = cap;
    }

    void add(int line, String message) {
        if (errors.size() < cap) {
            errors.add(new WeatherError(file, line, message));
        } else if (!capped) {
            capped = true;
            errors.add(new WeatherError(file, line, "too many errors; stopped after " + cap));
        }
    }

    boolean full() {
        return capped;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws the collected errors, if any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new WeatherFileException(file, errors);
        }
    }
}
