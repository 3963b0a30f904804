package io.liquidtwin.sim.fault;

import java.util.Objects;

/**
 * One scheduled event of a scenario: a fault, a repair, a load change or an operator action, at a simulated time
 * (s from the start of the run). Ids name plant elements exactly as the plant file does (pump link names such as
 * {@code cwp-1}, CDU ids, dry-cooler/tower ids, sensor channel names). Temperatures in events are °C as users write
 * them; the engine converts to K.
 */
public sealed interface FaultEvent {

    /** @return simulated time the event fires, s from the start of the run (≥ 0) */
    double atS();

    /** @return one line for the event timeline, e.g. {@code "pump cwp-1 trips"} */
    String describe();

    /** A pump trips (spins down, stays unavailable; the bank's standby pump starts if it has one). */
    record PumpTrip(double atS, String pumpId) implements FaultEvent {
        public String describe() {
            return "pump " + pumpId + " trips";
        }
    }

    /** A tripped pump is available again and restarts at its bank's controlled speed. */
    record PumpRestore(double atS, String pumpId) implements FaultEvent {
        public String describe() {
            return "pump " + pumpId + " restored";
        }
    }

    /** A CDU is lost: its primary valve closes and its secondary pumps stop. */
    record CduLoss(double atS, String cduId) implements FaultEvent {
        public String describe() {
            return "CDU " + cduId + " lost";
        }
    }

    /** A lost CDU returns to service. */
    record CduRestore(double atS, String cduId) implements FaultEvent {
        public String describe() {
            return "CDU " + cduId + " restored";
        }
    }

    /** The fans of {@code failedUnits} units (dry coolers of a bank, or cells of a tower) stop. */
    record FanFailure(double atS, String unitId, int failedUnits) implements FaultEvent {
        public String describe() {
            return failedUnits + " fan unit(s) of " + unitId + " fail";
        }
    }

    /** Every failed fan of a dry-cooler bank or tower runs again. */
    record FanRestore(double atS, String unitId) implements FaultEvent {
        public String describe() {
            return "fans of " + unitId + " restored";
        }
    }

    /** A CDU's primary control valve sticks at an opening (0–1) and ignores its controller. */
    record ValveStuck(double atS, String cduId, double openingFraction) implements FaultEvent {
        public String describe() {
            return String.format(java.util.Locale.ROOT, "valve of %s stuck at %.0f %%", cduId, openingFraction * 100);
        }
    }

    /** A stuck valve follows its controller again. */
    record ValveRelease(double atS, String cduId) implements FaultEvent {
        public String describe() {
            return "valve of " + cduId + " released";
        }
    }

    /** Coolant leaks from a CDU's secondary loop at a constant rate, L/min, draining its reservoir. */
    record Leak(double atS, String cduId, double rateLpm) implements FaultEvent {
        public String describe() {
            return String.format(java.util.Locale.ROOT, "leak of %.2f L/min on %s", rateLpm, cduId);
        }
    }

    /** The leak on a CDU is repaired (the reservoir is not refilled). */
    record LeakRepaired(double atS, String cduId) implements FaultEvent {
        public String describe() {
            return "leak on " + cduId + " repaired";
        }
    }

    /** How a failed sensor misreports. */
    enum SensorMode {
        /** Holds the value it read when it failed. */
        STUCK,
        /** Adds zero-mean Gaussian noise of standard deviation {@code magnitude} (in the channel's unit). */
        NOISY,
        /** Adds an error growing at {@code magnitude} channel units per hour. */
        DRIFT
    }

    /** A sensor fails; a controller that reads it acts on the false value. */
    record SensorFailure(double atS, String sensorId, SensorMode mode, double magnitude) implements FaultEvent {
        public String describe() {
            return "sensor " + sensorId + " fails (" + mode.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
    }

    /** A failed sensor reads true again. */
    record SensorRestore(double atS, String sensorId) implements FaultEvent {
        public String describe() {
            return "sensor " + sensorId + " restored";
        }
    }

    /** IT load is multiplied by {@code factor} for {@code durationS} seconds, then returns to the workload's value. */
    record LoadSpike(double atS, double durationS, double factor) implements FaultEvent {
        public String describe() {
            return String.format(java.util.Locale.ROOT, "load spike ×%.2f for %.0f s", factor, durationS);
        }
    }

    /**
     * A supply-temperature setpoint changes: {@code target} is a CDU id (its secondary supply setpoint) or a loop id
     * (a facility loop's supply setpoint).
     */
    record SetpointChange(double atS, String target, double setpointC) implements FaultEvent {
        public String describe() {
            return String.format(java.util.Locale.ROOT, "setpoint of %s to %.1f °C", target, setpointC);
        }
    }

    /** @throws IllegalArgumentException if the time is negative or not finite */
    static void checkTime(double atS) {
        if (!(atS >= 0) || Double.isInfinite(atS)) {
            throw new IllegalArgumentException("event time must be finite and ≥ 0 s, got " + atS);
        }
    }

    /** @return the id, checked non-null and non-blank */
    static String checkId(String id, String what) {
        Objects.requireNonNull(id, what);
        if (id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return id;
    }
}
