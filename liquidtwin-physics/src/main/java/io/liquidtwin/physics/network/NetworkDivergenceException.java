package io.liquidtwin.physics.network;

/**
 * A network solve that did not converge or produced a non-finite value. The message names the element where the
 * residual was worst (a link or node name from the plant) so the user can find the part that misbehaves; the
 * simulation engine adds the simulated time.
 */
public final class NetworkDivergenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String element;

    /**
     * @param element the name of the link or node where the solve failed
     * @param message what happened
     */
    public NetworkDivergenceException(String element, String message) {
        super(message);
        this.element = element;
    }

    /** @return the name of the link or node where the solve failed */
    public String element() {
        return element;
    }
}
