package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.component.Pump;
import io.liquidtwin.sim.engine.Elements.CduModel;
import io.liquidtwin.sim.engine.Elements.DryCoolerBank;
import io.liquidtwin.sim.engine.Elements.LoopModel;
import io.liquidtwin.sim.engine.Elements.PumpBank;
import io.liquidtwin.sim.engine.Elements.TowerBank;
import io.liquidtwin.sim.fault.FaultEvent.SensorMode;
import io.liquidtwin.sim.plant.LoopKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Faults, repairs and operator actions on a running {@link Simulation} ({@link Simulation#faults()}). Each takes effect
 * at once (schedule it on the {@link EventTimeline} to make it happen at an exact time) and restarts the settling
 * count, so a long step after it is sub-stepped at the control interval until the controllers settle again. Unknown
 * ids throw {@link IllegalArgumentException} naming the valid ones.
 */
public final class FaultControls {

    private final Simulation sim;
    private final PlantModel m;
    /** Pumps that tripped and were not restored: never started as standby. */
    final Set<Pump> unavailable = Collections.newSetFromMap(new IdentityHashMap<>());

    FaultControls(Simulation sim) {
        this.sim = sim;
        this.m = sim.model();
    }

    // ---- ids ---------------------------------------------------------------------------------------------------

    /** @return every pump's link name (e.g. {@code fwp-1}, {@code cdu-1.pump-2}), facility pumps first */
    public List<String> pumpIds() {
        List<String> ids = new ArrayList<>();
        for (PumpBank b : sim.banks()) {
            for (int link : b.links) {
                ids.add(m.hydraulics.linkName(link));
            }
        }
        return List.copyOf(ids);
    }

    /** @return CDU ids in plant order */
    public List<String> cduIds() {
        return m.cdus.stream().map(c -> c.spec.id()).toList();
    }

    /** @return dry-cooler bank and cooling-tower ids (the units a fan failure can name) */
    public List<String> fanUnitIds() {
        List<String> ids = new ArrayList<>();
        m.dryCoolers.forEach(d -> ids.add(d.id));
        m.towers.forEach(x -> ids.add(x.id));
        return List.copyOf(ids);
    }

    /** @return how many fan units (dry coolers of a bank, cells of a tower) {@code unitId} has */
    public int fanUnitCount(String unitId) {
        for (DryCoolerBank d : m.dryCoolers) {
            if (d.id.equals(unitId)) {
                return d.count;
            }
        }
        for (TowerBank x : m.towers) {
            if (x.id.equals(unitId)) {
                return x.cells;
            }
        }
        throw unknown("fan unit", unitId, fanUnitIds());
    }

    /** @return sensor (channel) names, as {@link Sensors#of} lists them */
    public List<String> sensorIds() {
        return sim.rawChannels().stream().map(Channel::name).toList();
    }

    /** @return setpoint targets: CDU ids (secondary supply) and facility loop ids (loop supply) */
    public List<String> setpointTargets() {
        List<String> ids = new ArrayList<>(cduIds());
        for (LoopModel l : m.loopArray) {
            if (l.kind == LoopKind.FACILITY) {
                ids.add(l.id);
            }
        }
        return List.copyOf(ids);
    }

    static IllegalArgumentException unknown(String what, String id, List<String> valid) {
        return new IllegalArgumentException("no " + what + " named '" + id + "'; valid: "
                + (valid.isEmpty() ? "(none in this plant)" : String.join(", ", valid)));
    }

    // ---- pumps and CDUs ----------------------------------------------------------------------------------------

    /**
     * Trips a pump (by its link name, e.g. {@code fwp-1}): it spins down and stays unavailable; one stopped pump of
     * the same bank that has not itself tripped starts at the bank's controlled speed (N+1 changeover), unless the
     * bank belongs to a CDU out of service or run dry.
     */
    public void tripPump(String pumpName) {
        PumpBank b = bankOf(pumpName);
        Pump target = pump(b, pumpName);
        target.trip();
        unavailable.add(target);
        sim.disturbed();
        if (!bankHeld(b)) {
            startStandby(b);
        }
    }

    /**
     * A tripped pump is available again. It restarts at its bank's controlled speed when the bank runs fewer than
     * its duty pumps (count − standby); otherwise it rejoins as the standby (N+1: the pump that took over keeps
     * running). A pump of a CDU out of service or run dry stays stopped until the CDU can run it.
     */
    public void restorePump(String pumpName) {
        PumpBank b = bankOf(pumpName);
        unavailable.remove(pump(b, pumpName));
        sim.disturbed();
        if (!bankHeld(b)) {
            startStandby(b);
        }
    }

    /** Starts available stopped pumps of a bank until it runs its duty count. */
    private void startStandby(PumpBank b) {
        int duty = b.pumps.length - b.standby;
        for (Pump p : b.pumps) {
            if (running(b) >= duty) {
                return;
            }
            if (p.mode() != Pump.Mode.RUNNING && !unavailable.contains(p)) {
                p.setSpeed(b.speedPid != null ? b.speedPid.output() : Math.min(1.0, p.drive().maxSpeedFraction()));
            }
        }
    }

    private static int running(PumpBank b) {
        int n = 0;
        for (Pump p : b.pumps) {
            n += p.mode() == Pump.Mode.RUNNING ? 1 : 0;
        }
        return n;
    }

    /** @return whether the bank belongs to a CDU that cannot run its pumps (out of service, reservoir dry) */
    private boolean bankHeld(PumpBank b) {
        for (int i = 0; i < m.cdus.size(); i++) {
            CduModel c = m.cdus.get(i);
            if (c.pumps == b) {
                return c.outOfService || sim.reservoirs.dry(i);
            }
        }
        return false;
    }

    private PumpBank bankOf(String pumpName) {
        for (PumpBank b : sim.banks()) {
            for (int link : b.links) {
                if (m.hydraulics.linkName(link).equals(pumpName)) {
                    return b;
                }
            }
        }
        throw unknown("pump", pumpName, pumpIds());
    }

    private Pump pump(PumpBank b, String pumpName) {
        for (int i = 0; i < b.links.length; i++) {
            if (m.hydraulics.linkName(b.links[i]).equals(pumpName)) {
                return b.pumps[i];
            }
        }
        throw new AssertionError(pumpName);
    }

    CduModel cdu(String cduId) {
        for (CduModel c : m.cdus) {
            if (c.spec.id().equals(cduId)) {
                return c;
            }
        }
        throw unknown("CDU", cduId, cduIds());
    }

    /** Takes a CDU out of service: its primary valve closes and its secondary pumps stop. */
    public void loseCdu(String cduId) {
        CduModel c = cdu(cduId);
        c.outOfService = true;
        sim.disturbed();
        c.valve.command(0.0);
        c.valve.setOpening(0.0);
        for (Pump p : c.pumps.pumps) {
            p.stop();
        }
    }

    /**
     * A lost CDU returns to service: its available pumps start (duty count) at the bank's controlled speed and its
     * valve controller restarts bumplessly from the closed valve (a stuck valve stays stuck).
     */
    public void restoreCdu(String cduId) {
        CduModel c = cdu(cduId);
        if (!c.outOfService) {
            return;
        }
        c.outOfService = false;
        sim.disturbed();
        if (!c.valveStuck) {
            c.valvePid.reset(c.valve.opening());
        }
        if (!bankHeld(c.pumps)) {
            startStandby(c.pumps);
        }
    }

    // ---- heat rejection ----------------------------------------------------------------------------------------

    /**
     * The fans of {@code failedUnits} more units of a dry-cooler bank or tower stop (capped at the unit count). A
     * dry cooler without fan air rejects nothing (natural convection through the coil is neglected); a tower cell
     * without its fan is off (its water still passes). The heat-rejection controller drives the remaining units.
     */
    public void failFans(String unitId, int failedUnits) {
        int count = fanUnitCount(unitId);
        if (failedUnits < 1 || failedUnits > count) {
            throw new IllegalArgumentException("fan failure on " + unitId + ": failed units must be in [1, " + count
                    + "], got " + failedUnits);
        }
        setFailed(unitId, failedUnits, true);
    }

    /** Every failed fan of a dry-cooler bank or tower runs again. */
    public void restoreFans(String unitId) {
        fanUnitCount(unitId);
        setFailed(unitId, 0, false);
    }

    private void setFailed(String unitId, int units, boolean add) {
        for (DryCoolerBank d : m.dryCoolers) {
            if (d.id.equals(unitId)) {
                d.failedUnits = add ? Math.min(d.count, d.failedUnits + units) : 0;
            }
        }
        for (TowerBank x : m.towers) {
            if (x.id.equals(unitId)) {
                x.failedCells = add ? Math.min(x.cells, x.failedCells + units) : 0;
                HeatRejection.stageCells(x, x.fanFraction);
            }
        }
        sim.disturbed();
    }

    // ---- valves, leaks, sensors, setpoints, load ---------------------------------------------------------------

    /** A CDU's primary valve sticks at {@code openingFraction} (0–1) at once and ignores its controller. */
    public void stickValve(String cduId, double openingFraction) {
        if (!(openingFraction >= 0 && openingFraction <= 1)) {
            throw new IllegalArgumentException("stuck valve opening of " + cduId + " must be in [0, 1], got "
                    + openingFraction);
        }
        CduModel c = cdu(cduId);
        c.valveStuck = true;
        c.valve.command(openingFraction);
        c.valve.setOpening(openingFraction);
        sim.disturbed();
    }

    /** A stuck valve follows its controller again, which restarts bumplessly from the stuck opening. */
    public void releaseValve(String cduId) {
        CduModel c = cdu(cduId);
        if (c.valveStuck) {
            c.valveStuck = false;
            c.valvePid.reset(c.valve.opening());
            sim.disturbed();
        }
    }

    /** Coolant leaks from a CDU's secondary side at {@code rateLpm} L/min, draining its reservoir ({@link Reservoirs}). */
    public void startLeak(String cduId, double rateLpm) {
        if (!(rateLpm > 0) || Double.isInfinite(rateLpm)) {
            throw new IllegalArgumentException("leak rate on " + cduId + " must be positive and finite, got "
                    + rateLpm + " L/min");
        }
        cdu(cduId);
        sim.reservoirs.setLeak(sim.reservoirs.index(cduId), rateLpm / 60_000.0);
        sim.disturbed();
    }

    /** The leak on a CDU stops; the reservoir keeps its level (it is not refilled). */
    public void repairLeak(String cduId) {
        cdu(cduId);
        sim.reservoirs.setLeak(sim.reservoirs.index(cduId), 0);
        sim.disturbed();
    }

    /**
     * Sensor {@code sensorId} (a channel name) fails: {@link SensorMode#STUCK} holds its present reading, {@link
     * SensorMode#NOISY} adds Gaussian noise of standard deviation {@code magnitude} (channel units), {@link
     * SensorMode#DRIFT} adds {@code magnitude} channel units per hour. Controllers reading it act on the false value.
     */
    public void failSensor(String sensorId, SensorMode mode, double magnitude) {
        if (mode == null || !Double.isFinite(magnitude) || (mode == SensorMode.NOISY && magnitude < 0)) {
            throw new IllegalArgumentException("sensor failure on " + sensorId + ": need a mode and a finite magnitude"
                    + " (≥ 0 for noise), got " + mode + " / " + magnitude);
        }
        Channel raw = rawChannel(sensorId);
        double now = sim.sensorFaults.report(sensorId, raw.source().getAsDouble(), sim.timeS());
        sim.sensorFaults.fail(sensorId, mode, magnitude, now, sim.timeS());
        sim.disturbed();
    }

    /** A failed sensor reads true again. */
    public void restoreSensor(String sensorId) {
        rawChannel(sensorId);
        sim.sensorFaults.restore(sensorId);
        sim.disturbed();
    }

    private Channel rawChannel(String sensorId) {
        for (Channel c : sim.rawChannels()) {
            if (c.name().equals(sensorId)) {
                return c;
            }
        }
        throw unknown("sensor", sensorId, sensorIds());
    }

    /**
     * Changes a supply-temperature setpoint: a CDU id sets its secondary supply setpoint (primary-valve controller), a
     * facility loop id its supply setpoint (heat-rejection controller).
     */
    public void setSetpoint(String target, double setpointC) {
        if (!(setpointC >= 0 && setpointC <= 95)) {
            throw new IllegalArgumentException("setpoint of " + target + " must be in [0, 95] °C, got " + setpointC);
        }
        double k = setpointC + 273.15;
        for (CduModel c : m.cdus) {
            if (c.spec.id().equals(target)) {
                c.valvePid.setSetpoint(k);
                sim.disturbed();
                return;
            }
        }
        for (LoopModel l : m.loopArray) {
            if (l.id.equals(target) && l.heatRejectionPid != null) {
                l.heatRejectionPid.setSetpoint(k);
                sim.disturbed();
                return;
            }
        }
        throw unknown("setpoint target (CDU or facility loop)", target, setpointTargets());
    }

    /**
     * @return the supply-temperature setpoint of a target (a CDU id or a facility loop id, as {@link
     *         #setSetpoint} takes), in °C
     */
    public double setpointC(String target) {
        for (CduModel c : m.cdus) {
            if (c.spec.id().equals(target)) {
                return c.valvePid.setpoint() - 273.15;
            }
        }
        for (LoopModel l : m.loopArray) {
            if (l.id.equals(target) && l.heatRejectionPid != null) {
                return l.heatRejectionPid.setpoint() - 273.15;
            }
        }
        throw unknown("setpoint target (CDU or facility loop)", target, setpointTargets());
    }

    /** @return whether a pump (by link name) is available, i.e. not tripped (it may be running or standby) */
    public boolean pumpAvailable(String pumpName) {
        PumpBank b = bankOf(pumpName);
        return !unavailable.contains(pump(b, pumpName));
    }

    /** @return whether a pump (by link name) is running now */
    public boolean pumpRunning(String pumpName) {
        PumpBank b = bankOf(pumpName);
        return pump(b, pumpName).mode() == Pump.Mode.RUNNING;
    }

    /** @return whether a CDU is in service (not taken out by {@link #loseCdu}) */
    public boolean cduInService(String cduId) {
        return !cdu(cduId).outOfService;
    }

    /** @return whether a CDU's primary valve is stuck (it ignores its controller) */
    public boolean valveStuck(String cduId) {
        return cdu(cduId).valveStuck;
    }

    /** @return a CDU's primary valve opening now, 0–1 */
    public double valveOpening(String cduId) {
        return cdu(cduId).valve.opening();
    }

    /** A load spike starts: every consumer's IT load is multiplied by {@code factor} (in [0, 10]) until it ends. */
    public void startLoadSpike(double factor) {
        if (!(factor >= 0 && factor <= 10)) {
            throw new IllegalArgumentException("load spike factor must be in [0, 10], got " + factor);
        }
        sim.loads.startSpike(factor);
        sim.disturbed();
    }

    /** The load spike of this factor ends (the workload's fractions apply again). */
    public void endLoadSpike(double factor) {
        sim.loads.endSpike(factor);
        sim.disturbed();
    }

    /** Seeds the sensor-noise generator (default {@value SensorFaults#DEFAULT_SEED}). */
    public void seedSensorNoise(long seed) {
        sim.sensorFaults.seed(seed);
    }
}
