package io.liquidtwin.sim.fault;

import io.liquidtwin.sim.engine.FaultControls;
import io.liquidtwin.sim.engine.Simulation;
import java.util.List;
import java.util.Locale;

/**
 * Puts a scenario's {@link FaultEvent}s on a simulation's {@link io.liquidtwin.sim.engine.EventTimeline}: each fires at
 * its exact time with its {@link FaultEvent#describe()} text, so the fired timeline is part of the results. Every event
 * is checked against the plant when it is scheduled (ids, counts, ranges), so a typo fails before the run starts, not
 * hours into it. A load spike schedules two entries: its start and its end.
 */
public final class FaultInjector {

    /** Most valid ids an error message lists (a large plant has thousands of sensor channels). */
    static final int MAX_LISTED = 60;

    private FaultInjector() {
    }

    /**
     * Validates every event, then schedules them all (nothing is scheduled if any is invalid).
     *
     * @throws IllegalArgumentException naming the event, the unknown id and the valid ids (or the bad value)
     */
    public static void schedule(Simulation sim, List<FaultEvent> events) {
        FaultControls f = sim.faults();
        for (FaultEvent e : events) {
            validate(f, e);
        }
        for (FaultEvent e : events) {
            sim.events().schedule(e.atS(), e.describe(), action(f, e));
            if (e instanceof FaultEvent.LoadSpike s) {
                sim.events().schedule(s.atS() + s.durationS(), String.format(Locale.ROOT, "load spike ×%.2f ends",
                        s.factor()), () -> f.endLoadSpike(s.factor()));
            }
        }
    }

    private static Runnable action(FaultControls f, FaultEvent e) {
        return switch (e) {
            case FaultEvent.PumpTrip x -> () -> f.tripPump(x.pumpId());
            case FaultEvent.PumpRestore x -> () -> f.restorePump(x.pumpId());
            case FaultEvent.CduLoss x -> () -> f.loseCdu(x.cduId());
            case FaultEvent.CduRestore x -> () -> f.restoreCdu(x.cduId());
            case FaultEvent.FanFailure x -> () -> f.failFans(x.unitId(), x.failedUnits());
            case FaultEvent.FanRestore x -> () -> f.restoreFans(x.unitId());
            case FaultEvent.ValveStuck x -> () -> f.stickValve(x.cduId(), x.openingFraction());
            case FaultEvent.ValveRelease x -> () -> f.releaseValve(x.cduId());
            case FaultEvent.Leak x -> () -> f.startLeak(x.cduId(), x.rateLpm());
            case FaultEvent.LeakRepaired x -> () -> f.repairLeak(x.cduId());
            case FaultEvent.SensorFailure x -> () -> f.failSensor(x.sensorId(), x.mode(), x.magnitude());
            case FaultEvent.SensorRestore x -> () -> f.restoreSensor(x.sensorId());
            case FaultEvent.LoadSpike x -> () -> f.startLoadSpike(x.factor());
            case FaultEvent.SetpointChange x -> () -> f.setSetpoint(x.target(), x.setpointC());
        };
    }

    private static void validate(FaultControls f, FaultEvent e) {
        if (e == null) {
            throw new IllegalArgumentException("null fault event");
        }
        try {
            FaultEvent.checkTime(e.atS());
            switch (e) {
                case FaultEvent.PumpTrip x -> id(x.pumpId(), "pump", f.pumpIds());
                case FaultEvent.PumpRestore x -> id(x.pumpId(), "pump", f.pumpIds());
                case FaultEvent.CduLoss x -> id(x.cduId(), "CDU", f.cduIds());
                case FaultEvent.CduRestore x -> id(x.cduId(), "CDU", f.cduIds());
                case FaultEvent.FanFailure x -> {
                    id(x.unitId(), "dry-cooler bank or cooling tower", f.fanUnitIds());
                    int count = f.fanUnitCount(x.unitId());
                    if (x.failedUnits() < 1 || x.failedUnits() > count) {
                        throw new IllegalArgumentException("failed units must be in [1, " + count + "] for "
                                + x.unitId() + ", got " + x.failedUnits());
                    }
                }
                case FaultEvent.FanRestore x -> id(x.unitId(), "dry-cooler bank or cooling tower", f.fanUnitIds());
                case FaultEvent.ValveStuck x -> {
                    id(x.cduId(), "CDU", f.cduIds());
                    range("valve opening", x.openingFraction(), 0, 1);
                }
                case FaultEvent.ValveRelease x -> id(x.cduId(), "CDU", f.cduIds());
                case FaultEvent.Leak x -> {
                    id(x.cduId(), "CDU", f.cduIds());
                    if (!(x.rateLpm() > 0) || Double.isInfinite(x.rateLpm())) {
                        throw new IllegalArgumentException("leak rate must be positive and finite, got "
                                + x.rateLpm() + " L/min");
                    }
                }
                case FaultEvent.LeakRepaired x -> id(x.cduId(), "CDU", f.cduIds());
                case FaultEvent.SensorFailure x -> {
                    id(x.sensorId(), "sensor", f.sensorIds());
                    if (x.mode() == null || !Double.isFinite(x.magnitude())
                            || (x.mode() == FaultEvent.SensorMode.NOISY && x.magnitude() < 0)) {
                        throw new IllegalArgumentException("sensor failure needs a mode and a finite magnitude (≥ 0 "
                                + "for noise), got " + x.mode() + " / " + x.magnitude());
                    }
                }
                case FaultEvent.SensorRestore x -> id(x.sensorId(), "sensor", f.sensorIds());
                case FaultEvent.LoadSpike x -> {
                    range("load spike factor", x.factor(), 0, 10);
                    if (!(x.durationS() > 0) || Double.isInfinite(x.durationS())) {
                        throw new IllegalArgumentException("load spike duration must be positive and finite, got "
                                + x.durationS() + " s");
                    }
                }
                case FaultEvent.SetpointChange x -> {
                    id(x.target(), "setpoint target (CDU or facility loop)", f.setpointTargets());
                    range("setpoint (°C)", x.setpointC(), 0, 95);
                }
            }
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new IllegalArgumentException("event '" + describe(e) + "' at t = " + e.atS() + " s: "
                    + ex.getMessage(), ex);
        }
    }

    private static String describe(FaultEvent e) {
        try {
            return e.describe();
        } catch (RuntimeException ex) {
            return e.toString();
        }
    }

    private static void id(String id, String what, List<String> valid) {
        FaultEvent.checkId(id, what + " id");
        if (!valid.contains(id)) {
            String list = valid.size() <= MAX_LISTED ? String.join(", ", valid)
                    : String.join(", ", valid.subList(0, MAX_LISTED)) + ", … (" + (valid.size() - MAX_LISTED) + " more)";
            throw new IllegalArgumentException("no " + what + " named '" + id + "'; valid: "
                    + (valid.isEmpty() ? "(none in this plant)" : list));
        }
    }

    private static void range(String what, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "], got " + value);
        }
    }
}
