package io.liquidtwin.sim.engine;

/**
 * A simulation that cannot go on: a diverging network solve, or a component driven outside its valid range. The
 * message names the simulated time and, where known, the component.
 */
public final class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String component;
    private final double timeS;

    SimulationException(String message, String component, double timeS, Throwable cause) {
        super(message, cause);
        this.component = component;
        this.timeS = timeS;
    }

    /** @return the component involved, or an empty string */
    public String component() {
        return component;
    }

    /** @return simulated time of the failure, s */
    public double timeS() {
        return timeS;
    }
}
