package io.liquidtwin.sim.workload;

import io.liquidtwin.sim.FileError;
import io.liquidtwin.sim.CappedErrors;

/** The workload reader's {@link CappedErrors}; package-private helper of {@link SwfReader}. */
final class ErrorList extends CappedErrors<FileError> {

    ErrorList(String file, int cap) {
        super(file, cap, FileError::new);
    }
}
