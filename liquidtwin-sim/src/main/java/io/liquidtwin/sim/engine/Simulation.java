package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.component.Pump;
import io.liquidtwin.physics.network.HydraulicNetwork;
import io.liquidtwin.physics.network.NetworkDivergenceException;
import io.liquidtwin.physics.network.PidController;
import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.engine.Elements.CduModel;
import io.liquidtwin.sim.engine.Elements.DryCoolerBank;
import io.liquidtwin.sim.engine.Elements.LoopModel;
import io.liquidtwin.sim.engine.Elements.PumpBank;
import io.liquidtwin.sim.engine.Elements.RackModel;
import io.liquidtwin.sim.engine.Elements.SinglePhaseModel;
import io.liquidtwin.sim.engine.Elements.SinkModel;
import io.liquidtwin.sim.engine.Elements.TankModel;
import io.liquidtwin.sim.engine.Elements.TowerBank;
import io.liquidtwin.sim.plant.LoopKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps a {@link PlantModel} through simulated time: controls at the plant's control interval (sampled PI), actuators
 * (valve stroke, pump spin-down) every step, a hydraulic re-solve only when an actuator moved, heat terms from the
 * component models, one implicit thermal step, then the component states (tank vapour, case temperatures).
 * Events fire at their exact times (the step is split). Outdoor conditions are held constant here (the weather
 * step makes them time series). Energy is integrated every step for the run's balance.
 */
public final class Simulation {

    /**
     * @param dryBulbK outdoor dry-bulb, K
     * @param wetBulbK outdoor wet-bulb, K (≤ dry-bulb)
     */
    public record Ambient(double dryBulbK, double wetBulbK) {
        public Ambient {
            if (!(wetBulbK <= dryBulbK) || !(dryBulbK > 200 && dryBulbK < 340)) {
                throw new IllegalArgumentException("ambient: need 200 K < dry-bulb < 340 K and wet-bulb ≤ dry-bulb"
                        + " (got " + dryBulbK + " K / " + wetBulbK + " K)");
            }
        }
    }

    private final PlantModel m;
    private final HydraulicNetwork hyd;
    private final ThermalNetwork th;
    private Ambient ambient;
    private io.liquidtwin.sim.weather.WeatherYear weather;
    private int weatherHourIndex = -1;
    private final EventTimeline events = new EventTimeline();
    private final EnergyLedger ledger = new EnergyLedger();
    private final List<PumpBank> banks;
    private final double[] tankPressureChangePa;
    final ConsumerLoads loads;
    final Reservoirs reservoirs;
    final SensorFaults sensorFaults;
    private final FaultControls faults;
    private List<Channel> rawChannels;
    private int settledSamples;
    private final double[] lastControlledK; // controlled temperatures at the previous sub-step (CDUs, then loops)
    private boolean hydraulicsDirty = true;
    private final double[] solvedOpening;
    private final double[][] solvedSpeed;
    private double timeS;
    private String component = "";

    /** Builds the simulation; call {@link #initialise()} before stepping. */
    public Simulation(PlantModel model, Ambient ambient) {
        this.m = model;
        this.hyd = model.hydraulics;
        this.th = model.thermal;
        this.ambient = ambient;
        this.banks = collectBanks(model);
        this.tankPressureChangePa = new double[model.tanks.size()];
        this.lastControlledK = new double[model.cdus.size() + model.loopArray.length];
        solvedOpening = new double[model.cdus.size()];
        solvedSpeed = new double[banks().size()][];
        for (int b = 0; b < solvedSpeed.length; b++) {
            solvedSpeed[b] = new double[banks().get(b).pumps.length];
        }
        loads = new ConsumerLoads(model);
        reservoirs = new Reservoirs(model.cdus);
        sensorFaults = new SensorFaults(model.plant.controls().controlIntervalS());
        faults = new FaultControls(this);
    }

    /** @return faults, repairs and operator actions on this simulation */
    public FaultControls faults() {
        return faults;
    }

    /** Something changed the plant: sub-step at the control interval until the controllers settle again. */
    void disturbed() {
        settledSamples = 0;
    }

    /** @return the sensor channels without sensor faults (built once) */
    List<Channel> rawChannels() {
        if (rawChannels == null) {
            rawChannels = Sensors.raw(this);
        }
        return rawChannels;
    }

    /** @return every pump bank: facility pumps, then each CDU's secondary pumps (built once) */
    List<PumpBank> banks() {
        return banks;
    }

    private static List<PumpBank> collectBanks(PlantModel model) {
        List<PumpBank> all = new ArrayList<>(model.facilityPumps);
        for (CduModel c : model.cdus) {
            all.add(c.pumps);
        }
        return List.copyOf(all);
    }

    /** @return the model */
    public PlantModel model() {
        return m;
    }

    /** @return simulated time, s since the start */
    public double timeS() {
        return timeS;
    }

    /** @return scheduled and fired events */
    public EventTimeline events() {
        return events;
    }

    /** @return energy integrated so far */
    public EnergyLedger ledger() {
        return ledger;
    }

    /** Scales every rack's and tank's IT power (1 = design, in [0, 2]), from now on. */
    public void setItFraction(double fraction) {
        loads.setAll(fraction);
        settledSamples = 0;
    }

    /**
     * Sets each consumer's IT power as a fraction of its design (each in [0, 2]), in {@link #consumerIds()} order,
     * from now on. An active load spike multiplies these.
     */
    public void setConsumerItFractions(double[] fractions) {
        loads.set(fractions);
        settledSamples = 0;
    }

    /** @return ids of the IT consumers: cold-plate racks, then single-phase tanks, then two-phase tanks (plant order) */
    public List<String> consumerIds() {
        return loads.ids();
    }

    /** @return design IT power of consumer {@code index} (in {@link #consumerIds()} order), W */
    public double consumerDesignItPowerW(int index) {
        return loads.designItPowerW(index);
    }

    /**
     * Starts every duty pump, solves the hydraulics, and puts the plant at the steady state of its initial actuator
     * positions (tanks at their matching saturation state).
     */
    public void initialise() {
        try {
            start();
        } catch (NetworkDivergenceException e) {
            throw new SimulationException("at t = 0 s: " + e.getMessage(), e.element(), 0, e);
        } catch (IllegalArgumentException e) {
            throw new SimulationException("at t = 0 s: " + e.getMessage(), component, 0, e);
        }
    }

    private void start() {
        for (PumpBank b : banks()) {
            for (int i = 0; i < b.pumps.length - b.standby; i++) {
                b.pumps[i].setSpeed(Math.min(1.0, b.pumps[i].drive().maxSpeedFraction()));
            }
        }
        var controls = m.plant.controls();
        for (PumpBank b : m.facilityPumps) {
            b.speedPid = PumpSpeedControl.controller(b, controls.facilityPump(), controls.facilityDpSetpointPa(),
                    controls.controlIntervalS());
        }
        for (CduModel c : m.cdus) {
            c.pumps.speedPid = PumpSpeedControl.controller(c.pumps, controls.cduPump(), c.spec.secondaryDpSetpointPa(),
                    controls.controlIntervalS());
        }
        for (LoopModel l : m.loopArray) {
            if (l.kind == LoopKind.FACILITY) {
                l.hasDryCoolers = m.dryCoolers.stream().anyMatch(d -> d.loop == l);
                l.hasTowers = m.towers.stream().anyMatch(x -> x.loop == l);
                var g = m.plant.controls().heatRejection();
                int stages = stages(l);
                l.heatRejectionPid = new PidController(g.proportionalGain(), g.proportionalGain() / g.integralTimeS(),
                        0, 0, stages, m.plant.controls().controlIntervalS(), PidController.Action.REVERSE,
                        Math.min(1.0, stages));
                l.heatRejectionPid.setSetpoint(l.supplySetpointK);
            }
        }
        HeatRejection.apply(m, ambient);
        resolveHydraulics();
        updateHeatTerms(true);
        th.solveSteadyState();
        initialiseTanks();
        updateHeatTerms(false);
    }

    private void initialiseTanks() {
        for (int i = 0; i < m.tanks.size(); i++) {
            TankModel tk = m.tanks.get(i);
            component = tk.id();
            tk.tank().initialiseSteadyState(tk.itPowerW() * tk.captureFraction() * loads.twoPhase(i),
                    th.inletTemperatureK(tk.link()), Math.abs(th.massFlowKgS(tk.link())), th.cpJKgK(tk.link()));
        }
    }

    private double headerDpPa(LoopModel l) {
        return hyd.pressurePa(l.supplyNode) - hyd.pressurePa(l.returnNode);
    }

    /** @return the heat-rejection stages of a facility loop: dry coolers, towers, chillers (at least 1) */
    private int stages(LoopModel l) {
        int s = (l.hasDryCoolers ? 1 : 0) + (l.hasTowers ? 1 : 0);
        if (m.chillers.stream().anyMatch(c -> c.loop == l)) {
            s++;
        }
        return Math.max(s, 1);
    }

    /**
     * Advances by dt seconds, splitting the step at any event inside it. A step longer than the plant's control
     * interval is taken as sub-steps of that interval, so controllers always act at their own interval and the
     * coupling of two-phase tanks to their condenser water (lagged by one sub-step) stays accurate.
     */
    public void step(double dtS) {
        if (!(dtS >= MIN_STEP_S) || Double.isInfinite(dtS)) {
            throw new IllegalArgumentException("time step must be at least " + MIN_STEP_S + " s and finite, got "
                    + dtS + " s");
        }
        double end = timeS + dtS;
        double maxSub = m.plant.controls().controlIntervalS();
        while (timeS < end - 1e-9) {
            double chunk = settledSamples >= SETTLE_SAMPLES ? Double.POSITIVE_INFINITY : maxSub;
            double next = Math.min(Math.min(end, events.nextTimeS()), timeS + chunk);
            next = Math.min(next, timeS + reservoirs.nextCrossingInS()); // detector thresholds, empty: on time
            if (weather != null) { // the weather changes on the hour: no step crosses an hour
                next = Math.min(next, (Math.floor(timeS / 3600 + 1e-9) + 1) * 3600);
            }
            if (next <= timeS) {
                fireEvents();
                continue;
            }
            advance(next - timeS);
            fireEvents();
        }
    }

    /** Shortest step the engine takes, s. */
    public static final double MIN_STEP_S = 1e-3;

    private void fireEvents() {
        if (events.fireDue(timeS) > 0) {
            settledSamples = 0; // every event disturbs the plant: sub-step until the controllers settle again
        }
    }

    private void advance(double dt) {
        double t = timeS + dt;
        component = "";
        if (weather != null) {
            int index = (int) (Math.floor(timeS / 3600 + 1e-9)) % weather.hourCount();
            if (index != weatherHourIndex) { // the wet-bulb is solved from the psychrometrics: once per hour
                weatherHourIndex = index;
                var hour = weather.hour(index);
                Ambient now = new Ambient(hour.dryBulbK(), Math.min(hour.wetBulbK(), hour.dryBulbK()));
                if (!now.equals(ambient)) {
                    ambient = now;
                    settledSamples = 0; // new outdoor conditions: let the controllers answer before holding a step
                }
            }
        }
        try {
            controls(t);
            for (CduModel c : m.cdus) {
                component = c.spec.id();
                c.valve.advance(dt);
            }
            for (PumpBank b : banks()) {
                component = b.id;
                for (Pump p : b.pumps) {
                    p.advance(dt);
                }
            }
            component = "";
            resolveHydraulics();
            updateHeatTerms(false);
            component = "";
            th.step(dt);
            checkLiquidTemperatures();
            for (int i = 0; i < m.tanks.size(); i++) {
                TankModel tk = m.tanks.get(i);
                component = tk.id();
                double before = tk.tank().pressurePa();
                tk.tank().step(dt, tk.itPowerW() * tk.captureFraction() * loads.twoPhase(i), th.inletTemperatureK(tk.link()),
                        Math.abs(th.massFlowKgS(tk.link())), th.cpJKgK(tk.link()));
                tankPressureChangePa[i] = Math.abs(tk.tank().pressurePa() - before);
            }
            for (int i = 0; i < m.racks.size(); i++) { // case temperature: the rack's liquid heat per cold plate
                RackModel r = m.racks.get(i);
                component = r.id();
                r.rack().advance(dt, th.inletTemperatureK(r.link()), Math.abs(hyd.flowM3s(r.link())),
                        r.rack().heatToLiquidW(r.itPowerW() * loads.rack(i)) / r.coldPlates());
            }
        } catch (NetworkDivergenceException e) {
            hydraulicsDirty = true; // a caller that goes on must not reuse half-solved flows
            throw new SimulationException("at t = " + Math.round(t) + " s: " + e.getMessage(), e.element(), t, e);
        } catch (IllegalArgumentException e) {
            hydraulicsDirty = true;
            String who = component.isEmpty() ? "" : component + ": ";
            throw new SimulationException("at t = " + Math.round(t) + " s: " + who + e.getMessage(), component, t, e);
        }
        timeS = t;
        settledSamples = currentlySettled(dt) ? settledSamples + 1 : 0;
        ledger.record(this, dt);
        reservoirs.advance(dt, timeS, events);
        for (int i = reservoirs.pendingDry(); i >= 0; i = reservoirs.pendingDry()) {
            runDry(i);
        }
    }

    /** CDU {@code i}'s reservoir is empty: its secondary pumps lose suction and dry-run protection trips them. */
    private void runDry(int i) {
        CduModel c = m.cdus.get(i);
        reservoirs.markDry(i);
        for (Pump p : c.pumps.pumps) {
            p.trip();
        }
        settledSamples = 0;
        events.note(timeS, "reservoir of " + c.spec.id() + " empty: secondary pumps trip (dry-run protection)");
    }

    /** The liquid may not pass its boiling point at loop pressure (or its fluid's range): a stopped loop, say. */
    private void checkLiquidTemperatures() {
        for (int k = 0; k < m.linkLimitK.length; k++) {
            double temp = th.outletTemperatureK(k);
            if (temp > m.linkLimitK[k]) {
                component = hyd.linkName(k);
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "liquid at %.1f °C exceeds "
                        + "%.1f °C, the most its coolant can take at loop pressure (is its flow stopped?)",
                        temp - 273.15, m.linkLimitK[k] - 273.15));
            }
        }
    }

    private static void setRunningSpeeds(PumpBank b, double speed) {
        for (Pump p : b.pumps) {
            if (p.mode() == Pump.Mode.RUNNING) {
                p.setSpeed(speed);
            }
        }
    }

    /** Largest controller error (K) below which a loop counts as settled. */
    static final double SETTLED_K = 0.02;
    /** Largest header-Δp error, as a fraction of its setpoint, for a settled pump controller. */
    static final double SETTLED_DP_FRACTION = 0.002;
    /** Largest tank pressure change over one sub-step (Pa) for a settled plant. */
    static final double SETTLED_PA = 5.0;

    /**
     * Largest rate of change of a controlled temperature (K/s) for a settled plant: 0.072 K/h. A held step freezes
     * the actuators, so what is still moving then settles at the frozen actuators' steady state; at this rate and
     * the plants' slow loop modes (periods of 10–20 min) that is within a few hundredths of a kelvin of where the
     * controllers would have taken it.
     */
    static final double SETTLED_DRIFT_K_PER_S = 2e-5;

    /** Consecutive settled sub-steps (at the control interval) before a long step may be held. */
    static final int SETTLE_SAMPLES = 20;

    /**
     * Whether the plant is settled now, judged from current measurements: every controller within
     * {@value #SETTLED_K} K (pump banks: {@value #SETTLED_DP_FRACTION} of their Δp setpoint) of its setpoint or pinned
     * at the limit its current error pushes against, every valve at its command, no pump spinning down, no two-phase
     * tank's pressure moving more than {@value #SETTLED_PA} Pa and no controlled temperature changing faster than
     * {@value #SETTLED_DRIFT_K_PER_S} K/s over the last sub-step. After
     * {@value #SETTLE_SAMPLES} settled sub-steps in a row (and no event, load or trip since), the rest of a long step
     * is taken in one held piece; implicit integration keeps it stable.
     */
    private boolean currentlySettled(double dt) {
        double drift = SETTLED_DRIFT_K_PER_S * dt;
        boolean settled = true;
        // controlled temperatures must also have stopped drifting: slow thermal modes still moving at the setpoint
        // would otherwise carry a held hour away from it
        for (int i = 0; i < m.cdus.size(); i++) {
            double now = th.outletTemperatureK(m.cdus.get(i).secondaryLink);
            settled &= Math.abs(now - lastControlledK[i]) <= drift;
            lastControlledK[i] = now;
        }
        for (int i = 0; i < m.loopArray.length; i++) {
            double now = th.nodeTemperatureK(m.loopArray[i].supplyNode);
            settled &= Math.abs(now - lastControlledK[m.cdus.size() + i]) <= drift;
            lastControlledK[m.cdus.size() + i] = now;
        }
        if (!settled || sensorFaults.anyTimeVarying()) { // a noisy or drifting sensor keeps its controller moving
            return false;
        }
        for (int i = 0; i < m.cdus.size(); i++) {
            CduModel c = m.cdus.get(i);
            if (c.outOfService || reservoirs.dry(i)) {
                continue;
            }
            if (!(c.valveStuck || c.valvePid.settledAt(measuredSupplyK(c, timeS), SETTLED_K))
                    || Math.abs(c.valve.opening() - c.valve.commandedOpening()) > 1e-6
                    || !c.pumps.speedPid.settledAt(headerDpPa(c.secondary),
                    SETTLED_DP_FRACTION * c.pumps.speedPid.setpoint())) {
                return false;
            }
        }
        for (LoopModel l : m.loopArray) {
            PidController pid = l.heatRejectionPid;
            if (pid != null && !pid.settledAt(measuredSupplyK(l, timeS), SETTLED_K)) {
                return false;
            }
        }
        for (PumpBank b : m.facilityPumps) {
            if (!b.speedPid.settledAt(headerDpPa(b.loop), SETTLED_DP_FRACTION * b.speedPid.setpoint())) {
                return false;
            }
        }
        for (PumpBank b : banks) {
            for (Pump p : b.pumps) {
                if (p.mode() == Pump.Mode.SPINNING_DOWN) {
                    return false;
                }
            }
        }
        for (double change : tankPressureChangePa) {
            if (change > SETTLED_PA) {
                return false;
            }
        }
        return true;
    }

    private void controls(double t) {
        for (CduModel c : m.cdus) {
            if (!c.outOfService) {
                if (!c.valveStuck) {
                    c.valvePid.setGainScale(CduValveControl.gainScale(c, th));
                    c.valve.command(c.valvePid.update(t, measuredSupplyK(c, t)));
                }
                setRunningSpeeds(c.pumps, PumpSpeedControl.update(c.pumps.speedPid, t, headerDpPa(c.secondary)));
            }
        }
        for (PumpBank b : m.facilityPumps) {
            setRunningSpeeds(b, PumpSpeedControl.update(b.speedPid, t, headerDpPa(b.loop)));
        }
        for (LoopModel l : m.loopArray) {
            if (l.heatRejectionPid != null) {
                l.heatRejectionPid.setGainScale(HeatRejection.gainScale(l, ambient));
                l.heatRejectionPid.update(t, measuredSupplyK(l, t));
            }
        }
        HeatRejection.apply(m, ambient);
    }

    /** @return the CDU's secondary supply temperature as its sensor reports it (a failed sensor misreports), K */
    private double measuredSupplyK(CduModel c, double t) {
        double trueK = th.outletTemperatureK(c.secondaryLink);
        return sensorFaults.isEmpty() ? trueK : sensorFaults.reportK(c.spec.id() + ".secondary_supply_temp", trueK, t);
    }

    /** @return a loop's supply temperature as its sensor reports it, K */
    private double measuredSupplyK(LoopModel l, double t) {
        double trueK = th.nodeTemperatureK(l.supplyNode);
        return sensorFaults.isEmpty() ? trueK : sensorFaults.reportK(l.id + ".supply_temp", trueK, t);
    }

    /** Re-solves the hydraulics only when a valve or pump moved since the last solve. */
    private void resolveHydraulics() {
        boolean changed = false;
        for (int i = 0; i < m.cdus.size(); i++) {
            double o = m.cdus.get(i).valve.opening();
            if (Math.abs(o - solvedOpening[i]) > 1e-7) {
                solvedOpening[i] = o;
                changed = true;
            }
        }
        List<PumpBank> banks = banks();
        for (int b = 0; b < banks.size(); b++) {
            Pump[] pumps = banks.get(b).pumps;
            for (int i = 0; i < pumps.length; i++) {
                double s = pumps[i].mode() == Pump.Mode.STOPPED ? -1 : pumps[i].speedFraction();
                if (Math.abs(s - solvedSpeed[b][i]) > 1e-7) {
                    solvedSpeed[b][i] = s;
                    changed = true;
                }
            }
        }
        if (changed || hydraulicsDirty || timeS == 0) {
            hyd.solve();
            hydraulicsDirty = false;
        }
    }

    /** Heat terms of every link from the component models (lagged by one step where a model is non-linear). */
    private void updateHeatTerms(boolean steadyTanks) {
        for (int i = 0; i < m.racks.size(); i++) {
            RackModel r = m.racks.get(i);
            th.setHeat(r.link(), r.rack().heatToLiquidW(r.itPowerW() * loads.rack(i)), 0);
        }
        for (int i = 0; i < m.singlePhaseTanks.size(); i++) {
            SinglePhaseModel s = m.singlePhaseTanks.get(i);
            th.setHeat(s.link(), s.heatToWaterW() * loads.singlePhase(i), 0);
        }
        for (int i = 0; i < m.tanks.size(); i++) {
            TankModel tk = m.tanks.get(i);
            component = tk.id();
            if (steadyTanks) {
                th.setHeat(tk.link(), tk.itPowerW() * tk.captureFraction() * loads.twoPhase(i), 0);
                continue;
            }
            double cw = Math.abs(th.massFlowKgS(tk.link())) * th.cpJKgK(tk.link());
            double g = cw > 1e-9 ? cw * -Math.expm1(-tk.tank().condenserUaWK() / cw) : 0.0;
            th.setHeat(tk.link(), g * tk.tank().saturationTemperatureK(), -g);
        }
        for (CduModel c : m.cdus) {
            component = c.spec.id();
            double mh = Math.abs(th.massFlowKgS(c.secondaryLink));
            double mc = Math.abs(th.massFlowKgS(c.primaryLink));
            double g = 0;
            if (mh > 1e-6 && mc > 1e-6) {
                double cph = th.cpJKgK(c.secondaryLink);
                double cpc = th.cpJKgK(c.primaryLink);
                double thIn = th.inletTemperatureK(c.secondaryLink);
                double tcIn = Math.min(th.inletTemperatureK(c.primaryLink), thIn - 0.1);
                c.hx.rate(mh, cph, thIn, mc, cpc, tcIn);
                g = c.hx.effectiveness() * Math.min(mh * cph, mc * cpc);
            }
            th.setCouplingConductanceWK(c.coupling, g);
        }
        for (DryCoolerBank d : m.dryCoolers) {
            component = d.id;
            double mdot = Math.abs(th.massFlowKgS(d.link)) / d.count;
            double cp = th.cpJKgK(d.link);
            double g = 0;
            double air = ambient.dryBulbK();
            if (mdot > 1e-9) {
                double probe = ambient.dryBulbK() + 10;
                double heat = d.unit.rate(mdot, cp, probe, ambient.dryBulbK(), ambient.wetBulbK(), d.fanFraction,
                        d.padsWetted);
                air = d.unit.airInletTempK();
                g = heat / (probe - air) * (d.count - d.failedUnits); // failed units: no air, no heat
            }
            d.conductanceWK = g;
            d.airInletK = air;
            th.setHeat(d.link, g * air, -g);
        }
        for (TowerBank x : m.towers) {
            component = x.id;
            double mdot = Math.abs(th.massFlowKgS(x.link)) / x.cells;
            double g = 0;
            if (mdot > 1e-9 && x.cellsOn > 0) { // water runs through every cell; only running cells have air
                double tin = Math.max(th.inletTemperatureK(x.link), ambient.wetBulbK() + 0.5);
                double heat = x.unit.rate(mdot, th.cpJKgK(x.link), tin, ambient.wetBulbK(), x.cellFanFraction);
                g = heat / (tin - ambient.wetBulbK()) * x.cellsOn;
            }
            x.conductanceWK = g;
            th.setHeat(x.link, g * ambient.wetBulbK(), -g);
        }
        for (SinkModel c : m.chillers) {
            double removed = 0;
            if (c.enabled) {
                double cdot = Math.abs(th.massFlowKgS(c.link)) * th.cpJKgK(c.link);
                double load = Math.max(0, cdot * (th.inletTemperatureK(c.link) - c.leavingSetpointK));
                removed = c.chiller.run(load, c.leavingSetpointK, ambient.dryBulbK());
            }
            c.removedW = removed;
            th.setHeat(c.link, -removed, 0);
        }
        for (SinkModel r : m.reuse) {
            double cdot = Math.abs(th.massFlowKgS(r.link)) * th.cpJKgK(r.link);
            double removed = Math.min(r.capacityW, Math.max(0, cdot * (th.inletTemperatureK(r.link)
                    - r.leavingSetpointK)));
            r.removedW = removed;
            th.setHeat(r.link, -removed, 0);
        }
    }

    /**
     * Brings the plant to steady state: steps with the controllers until temperatures stop changing (or {@code
     * maxSimulatedS} passes), then solves the thermal network exactly for the final actuator positions, with each
     * two-phase tank's condenser carrying exactly its IT heat, so the energy balance closes to round-off.
     *
     * @return simulated seconds used
     */
    public double runToSteadyState(double stepS, double maxSimulatedS) {
        double start = timeS;
        double[] previous = new double[hyd.linkCount()];
        while (timeS - start < maxSimulatedS) {
            for (int k = 0; k < previous.length; k++) {
                previous[k] = th.outletTemperatureK(k);
            }
            step(stepS);
            double maxChange = 0;
            for (int k = 0; k < previous.length; k++) {
                maxChange = Math.max(maxChange, Math.abs(th.outletTemperatureK(k) - previous[k]));
            }
            if (maxChange < 1e-6 && timeS - start > 10 * m.plant.controls().controlIntervalS()) {
                break;
            }
        }
        try {
            resolveHydraulics();
            updateHeatTerms(true);
            th.solveSteadyState();
            initialiseTanks();
        } catch (NetworkDivergenceException e) {
            throw new SimulationException("at t = " + Math.round(timeS) + " s (steady state): " + e.getMessage(),
                    e.element(), timeS, e);
        } catch (IllegalArgumentException e) {
            throw new SimulationException("at t = " + Math.round(timeS) + " s (steady state): " + e.getMessage(),
                    component, timeS, e);
        }
        return timeS - start;
    }

    /** @return the outdoor conditions now */
    public Ambient ambient() {
        return ambient;
    }

    /**
     * Drives the outdoor conditions from a weather year from now on: hour h of the run (simulated time / 3600 s,
     * wrapping after the year) takes the year's hour h, with the true wet-bulb from its dew point and pressure.
     */
    public void useWeather(io.liquidtwin.sim.weather.WeatherYear year) {
        this.weather = year;
        this.weatherHourIndex = -1;
        settledSamples = 0;
    }

    /** @return the weather year driving the run, or null for constant conditions */
    public io.liquidtwin.sim.weather.WeatherYear weather() {
        return weather;
    }

    // ---- observables (SI, now) -------------------------------------------------------------------------------

    /** @return true supply temperature of the plant's first facility loop (plant-file order), K; NaN without one */
    public double facilitySupplyTempK() {
        return Observables.facilityTempK(m, true);
    }

    /** @return true return-header temperature of the first facility loop (plant-file order), K; NaN without one */
    public double facilityReturnTempK() {
        return Observables.facilityTempK(m, false);
    }

    /** @return highest true secondary supply temperature of the CDUs whose pumps move coolant, K (NaN if none) */
    public double hottestCduSupplyTempK() {
        return Observables.hottestCduSupplyTempK(m);
    }

    /** @return highest two-phase tank pressure now, Pa (0 when the plant has no two-phase tanks) */
    public double maxTankPressurePa() {
        return Observables.maxTankPressurePa(m);
    }

    /** @return hottest cold-plate case or boiling-device surface temperature now, K (NaN when the plant has neither) */
    public double peakDeviceTempNowK() {
        return Observables.peakDeviceTempNowK(m);
    }

    /** @return whether any chiller is enabled now */
    public boolean chillerRunning() {
        return m.chillers.stream().anyMatch(c -> c.enabled);
    }

    /** @return level of a CDU's reservoir, fraction of its volume (see {@link Reservoirs}) */
    public double reservoirLevelFraction(String cduId) {
        faults.cdu(cduId);
        return reservoirs.levelFraction(reservoirs.index(cduId));
    }

    /** @return state of a CDU's leak detector, from its reservoir level (see {@link Reservoirs} for the thresholds) */
    public LeakDetectorState leakDetectorState(String cduId) {
        faults.cdu(cduId);
        return reservoirs.state(reservoirs.index(cduId));
    }

    /** @return IT power at the last step (Σ consumer design × fraction × spike), W */
    public double itPowerW() {
        return ledger.itPowerW;
    }

    /** @return pump electrical power (facility and CDU secondary pumps) at the last step, W */
    public double pumpPowerW() {
        return ledger.pumpPowerW;
    }

    /** @return heat-rejection fan power (dry coolers, towers) at the last step, W */
    public double fanPowerW() {
        return ledger.fanPowerW;
    }

    /** @return chiller compressor power at the last step, W */
    public double chillerPowerW() {
        return ledger.chillerPowerW;
    }

    /** @return cooling power (pumps + fans + chillers) at the last step, W */
    public double coolingPowerW() {
        return ledger.coolingPowerW;
    }

    /** @return facility input power (IT through PDU/UPS, cooling, constant loads, transformer) at the last step, W */
    public double facilityPowerW() {
        return ledger.facilityPowerW;
    }

    /** @return heat rejected to ambient (dry coolers, towers, chillers) at the last step, W */
    public double heatRejectedW() {
        return ledger.rejectedPowerW;
    }

    /** Trips a pump (see {@link FaultControls#tripPump}). */
    public void tripPump(String pumpName) {
        faults.tripPump(pumpName);
    }

    /** Takes a CDU out of service (see {@link FaultControls#loseCdu}). */
    public void loseCdu(String cduId) {
        faults.loseCdu(cduId);
    }
}
