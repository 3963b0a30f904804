package io.liquidtwin.sim.study;

/** A study run that could not go on (the engine stopped, e.g. liquid above its boiling point); names the run. */
public final class StudyFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param runTitle the run's title; the cause's message follows it */
    public StudyFailedException(String runTitle, RuntimeException cause) {
        super("run '" + runTitle + "' stopped " + cause.getMessage(), cause);
    }
}
