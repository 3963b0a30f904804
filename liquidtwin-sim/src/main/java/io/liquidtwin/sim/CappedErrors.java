package io.liquidtwin.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one input file up to a cap, so a reader reports every problem at once without flooding:
 * past the cap one last entry says the reader stopped. Shared by the weather and workload readers.
 *
 * @param <E> the reader's error record
 */
public class CappedErrors<E> {

    /** Makes a reader's error record from file, line and message. */
    @FunctionalInterface
    public interface Factory<E> {
        /** @return the error for this file, line and message */
        E error(String file, int line, String message);
    }

    private final String file;
    private final int cap;
    private final Factory<E> factory;
    private final List<E> errors = new ArrayList<>();
    private boolean capped;

    /**
     * @param file    the file's name as the errors show it
     * @param cap     how many errors to keep before stopping
     * @param factory makes the error records
     */
    public CappedErrors(String file, int cap, Factory<E> factory) {
        this.file = file;
        this.cap = cap;
        this.factory = factory;
    }

    /** Records an error at a line (1-based; 0 when there is no line). */
    public void add(int line, String message) {
        if (errors.size() < cap) {
            errors.add(factory.error(file, line, message));
        } else if (!capped) {
            capped = true;
            errors.add(factory.error(file, line, "too many errors; stopped after " + cap));
        }
    }

    /** @return whether the cap was reached (readers stop there) */
    public boolean full() {
        return capped;
    }

    /** @return whether nothing was recorded */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @return how many errors were recorded (the closing "too many" entry included) */
    public int size() {
        return errors.size();
    }

    /** @return the errors, in the order recorded */
    public List<E> list() {
        return List.copyOf(errors);
    }

    /** @return the file's name */
    protected String file() {
        return file;
    }
}
