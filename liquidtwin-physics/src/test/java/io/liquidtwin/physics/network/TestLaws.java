package io.liquidtwin.physics.network;

import io.liquidtwin.physics.component.FlowLaw;

/** Minimal flow laws with closed-form solutions, for testing the solvers apart from the component models. */
final class TestLaws {

    private TestLaws() {
    }

    /** Δp = k·Q·|Q| (turbulent resistance), Pa with Q in m³/s. */
    record Quadratic(double k) implements FlowLaw {
        @Override
        public double pressureDropPa(double q) {
            return k * q * Math.abs(q);
        }

        @Override
        public double pressureDropDerivative(double q) {
            return 2 * k * Math.abs(q);
        }
    }

    /** Δp = r·Q (laminar resistance). */
    record Linear(double r) implements FlowLaw {
        @Override
        public double pressureDropPa(double q) {
            return r * q;
        }

        @Override
        public double pressureDropDerivative(double q) {
            return r;
        }
    }

    /**
     * A pump with rise a0 + a2·Q² (a2 &lt; 0) while running; when stopped, a closed non-return valve (linear
     * resistance 1e13 Pa·s/m³). Mutable on purpose: the solver must pick up state changes.
     */
    static final class Pump implements FlowLaw {
        final double a0;
        final double a2;
        boolean running = true;

        Pump(double a0, double a2) {
            this.a0 = a0;
            this.a2 = a2;
        }

        @Override
        public double pressureDropPa(double q) {
            return running ? -(a0 + a2 * q * Math.abs(q)) : 1e13 * q;
        }

        @Override
        public double pressureDropDerivative(double q) {
            return running ? -2 * a2 * Math.abs(q) : 1e13;
        }
    }

    /** Returns NaN once its flow passes a threshold (a component that blows up). */
    record Broken(double threshold) implements FlowLaw {
        @Override
        public double pressureDropPa(double q) {
            return Math.abs(q) > threshold ? Double.NaN : 1e9 * q;
        }

        @Override
        public double pressureDropDerivative(double q) {
            return 1e9;
        }
    }
}
