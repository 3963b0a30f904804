package io.liquidtwin.sim.weather;

import io.liquidtwin.sim.FileError;
import io.liquidtwin.sim.CappedErrors;

/** The weather reader's {@link CappedErrors}; package-private helper of {@link EpwReader}. */
final class ErrorList extends CappedErrors<FileError> {

    ErrorList(String file, int cap) {
        super(file, cap, FileError::new);
    }

    /** Throws the collected errors, if any. */
    void throwIfAny() {
        if (!isEmpty()) {
            throw new WeatherFileException(file(), list());
        }
    }
}
