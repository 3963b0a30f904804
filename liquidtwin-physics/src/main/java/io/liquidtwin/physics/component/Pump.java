package io.liquidtwin.physics.component;

/**
 * A variable-speed centrifugal pump with an integral non-return valve, as a network branch ({@link FlowLaw}; the
 * drop is inlet → outlet, so a running pump has a negative drop, i.e. a rise).
 * <pre>
 * Q ≥ 0:  Δp_drop = −Δp(Q, s) + r_lin·Q          (curve {@link PumpCurve}, affinity laws in s)
 * Q &lt; 0:  Δp_drop = −s²·a0 + R_nrv·Q              (non-return valve closed)
 * </pre>
 * continuous at Q = 0. r_lin = 10⁻⁶·a0/Q_bep is a regularisation that keeps the slope positive at zero flow for a
 * stopped pump (whose curve is the freewheeling loss −a2·Q²): it changes the rise at Q_bep by 10⁻⁶·a0.
 * R_nrv = 10⁶·a0/Q_bep is the closed check valve: reverse flow is 10⁻⁶·Q_bep per a0 of back-pressure, so a stopped
 * or tripped pump in parallel with running ones passes essentially no backflow, yet the Jacobian stays finite.
 *
 * <p><b>State</b> (plain fields, changed only by the caller): speed fraction s and mode. {@link #setSpeed} runs at
 * a speed in [min, max] at once (drive ramps belong to the controller); {@link #trip} starts a coast-down that
 * {@link #advance} integrates exactly, s ← s·e^(−Δt/τ); below {@value #STOPPED_SPEED_FRACTION} of rated speed the
 * pump counts as stopped (s = 0). {@link #stop} stops at once. Not thread-safe; allocates nothing.
 *
 * <p><b>Power</b>: electric power = Q·Δp/(η_pump(Q/s)·η_motor·η_drive) for Q ≥ 0 and Δp &gt; 0, else 0.
 */
public final class Pump implements FlowLaw {

    /** Model name used in error messages. */
    public static final String MODEL = "pump";

    /** Speed fraction below which a coasting pump is taken as stopped. */
    public static final double STOPPED_SPEED_FRACTION = 0.01;

    /** Operating modes. */
    public enum Mode {
        /** Driven at the set speed. */
        RUNNING,
        /** Coasting down after a trip. */
        SPINNING_DOWN,
        /** At rest. */
        STOPPED
    }

    private final PumpCurve curve;
    private final PumpDrive drive;
    private final double linearResistance;
    private final double reverseResistance;
    private double speedFraction;
    private Mode mode = Mode.STOPPED;

    /** A stopped pump. */
    public Pump(PumpCurve curve, PumpDrive drive) {
        if (curve == null || drive == null) {
            throw new IllegalArgumentException("pump curve and drive are required");
        }
        this.curve = curve;
        this.drive = drive;
        this.linearResistance = 1e-6 * curve.a0Pa() / curve.bestEfficiencyFlowM3s();
        this.reverseResistance = 1e6 * curve.a0Pa() / curve.bestEfficiencyFlowM3s();
    }

    /** Runs at speed fraction s (of rated), in [min, max] of the drive. */
    public void setSpeed(double speedFraction) {
        Checks.between("speed fraction", speedFraction, drive.minSpeedFraction(), drive.maxSpeedFraction(), "",
                MODEL);
        this.speedFraction = speedFraction;
        this.mode = Mode.RUNNING;
    }

    /** Trips the drive: the pump coasts down from its current speed (no effect when stopped). */
    public void trip() {
        if (mode == Mode.RUNNING) {
            mode = Mode.SPINNING_DOWN;
        }
    }

    /** Stops at once (standby pumps, initial states). */
    public void stop() {
        mode = Mode.STOPPED;
        speedFraction = 0;
    }

    /** Advances the coast-down by dtS, exactly: s ← s·e^(−dt/τ). Running and stopped pumps are unchanged. */
    public void advance(double dtS) {
        Checks.nonNegative("time step", dtS, "s", MODEL);
        if (mode == Mode.SPINNING_DOWN) {
            speedFraction *= Math.exp(-dtS / drive.spinDownTimeConstantS());
            if (speedFraction < STOPPED_SPEED_FRACTION) {
                stop();
            }
        }
    }

    @Override
    public double pressureDropPa(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        if (flowM3s < 0) {
            return -speedFraction * speedFraction * curve.a0Pa() + reverseResistance * flowM3s;
        }
        return -curve.risePa(flowM3s, speedFraction) + linearResistance * flowM3s;
    }

    @Override
    public double pressureDropDerivative(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        if (flowM3s < 0) {
            return reverseResistance;
        }
        return -curve.riseDerivative(flowM3s, speedFraction) + linearResistance;
    }

    /** @return pump (hydraulic) efficiency at Q and the current speed, or 0 when stopped */
    public double pumpEfficiency(double flowM3s) {
        return speedFraction > 0 ? curve.efficiency(Math.max(0, flowM3s), speedFraction) : 0;
    }

    /** @return hydraulic power Q·Δp delivered to the fluid, W (0 for reverse flow or no rise) */
    public double hydraulicPowerW(double flowM3s) {
        Checks.finite("flow", flowM3s, "m³/s", MODEL);
        if (!(flowM3s > 0) || speedFraction == 0) {
            return 0;
        }
        return Math.max(0, flowM3s * curve.risePa(flowM3s, speedFraction));
    }

    /** @return shaft power, W: hydraulic power / η_pump */
    public double shaftPowerW(double flowM3s) {
        double hydraulic = hydraulicPowerW(flowM3s);
        return hydraulic == 0 ? 0 : hydraulic / curve.efficiency(flowM3s, speedFraction);
    }

    /** @return electric power drawn, W: shaft power / (η_motor·η_drive); 0 while coasting or stopped */
    public double electricPowerW(double flowM3s) {
        if (mode != Mode.RUNNING) {
            shaftPowerW(flowM3s); // still checks the input
            return 0;
        }
        return shaftPowerW(flowM3s) / (drive.motorEfficiency() * drive.driveEfficiency());
    }

    /** @return current speed fraction of rated */
    public double speedFraction() {
        return speedFraction;
    }

    /** @return current mode */
    public Mode mode() {
        return mode;
    }

    /** @return the curve */
    public PumpCurve curve() {
        return curve;
    }

    /** @return the drive */
    public PumpDrive drive() {
        return drive;
    }
}
