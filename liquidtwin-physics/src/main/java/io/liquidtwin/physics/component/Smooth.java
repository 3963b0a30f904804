package io.liquidtwin.physics.component;

/**
 * Regularised flow laws of the form Δp ∝ Q·|Q|^(n−1) (package-private), so a passive element's derivative stays
 * positive at zero flow, as {@link FlowLaw} requires.
 *
 * <p>Δp = c·Q·(Q² + Q_t²)^((n−1)/2) instead of c·Q·|Q|^(n−1): smooth, odd, strictly increasing, with slope
 * c·Q_t^(n−1) at Q = 0, and relative deviation ≈ ((n−1)/2)·(Q_t/Q)² from the pure power law at |Q| ≫ Q_t. Every
 * component using it puts Q_t at 10⁻⁴ of its characteristic flow, so the deviation at that flow is ≈ 5·10⁻⁹ (n = 2)
 * and below 10⁻⁸ above 1 % of it.
 */
final class Smooth {

    /** Transition flow as a fraction of an element's characteristic flow. */
    static final double TRANSITION_FRACTION = 1e-4;

    private Smooth() {
    }

    /** Q·(Q² + Q_t²)^((n−1)/2). */
    static double signedPower(double flow, double transitionFlow, double exponent) {
        double s = flow * flow + transitionFlow * transitionFlow;
        return exponent == 2 ? flow * Math.sqrt(s) : flow * Math.pow(s, 0.5 * (exponent - 1));
    }

    /** d/dQ of {@link #signedPower}: (Q² + Q_t²)^((n−3)/2)·(n·Q² + Q_t²). */
    static double signedPowerDerivative(double flow, double transitionFlow, double exponent) {
        double q2 = flow * flow;
        double t2 = transitionFlow * transitionFlow;
        double s = q2 + t2;
        double base = exponent == 2 ? 1.0 / Math.sqrt(s) : Math.pow(s, 0.5 * (exponent - 3));
        return base * (exponent * q2 + t2);
    }
}
