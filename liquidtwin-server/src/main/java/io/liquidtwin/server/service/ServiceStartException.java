package io.liquidtwin.server.service;

import java.io.Serial;

/**
 * The service could not start; the message names what is at fault (the plant or alarms file, the port, the data
 * directory) and is meant to be printed as it is, without a stack trace. Everything opened before the failure has
 * been closed again.
 */
public final class ServiceStartException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What failed. */
    public enum Reason {
        /** A bad option value (speed, step, host). */
        OPTIONS(true),
        /** The plant file is missing or invalid. */
        PLANT_FILE(true),
        /** The alarm definitions file is missing or invalid. */
        ALARMS_FILE(true),
        /** The weather the plant names is missing or invalid. */
        WEATHER(true),
        /** The simulation cannot start from the plant's initial state. */
        SIMULATION(false),
        /** Another process owns the data directory. */
        DATA_DIR_BUSY(false),
        /** The data directory (store, accounts) cannot be opened. */
        DATA_DIR(false),
        /** The port is taken or cannot be bound. */
        PORT(false);

        private final boolean badInput;

        Reason(boolean badInput) {
            this.badInput = badInput;
        }

        /** @return whether the user's input is at fault (rather than the machine: a busy port or directory) */
        public boolean badInput() {
            return badInput;
        }
    }

    private final Reason reason;

    ServiceStartException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** @return what failed */
    public Reason reason() {
        return reason;
    }
}
