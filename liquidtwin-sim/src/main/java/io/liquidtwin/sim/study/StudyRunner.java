package io.liquidtwin.sim.study;

import io.liquidtwin.sim.engine.EnergyLedger;
import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.fault.FaultEvent;
import io.liquidtwin.sim.fault.FaultInjector;
import io.liquidtwin.sim.kpi.EnergyTotals;
import io.liquidtwin.sim.kpi.KpiAccumulator;
import io.liquidtwin.sim.kpi.Kpis;
import io.liquidtwin.sim.kpi.PueCategory;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.weather.WeatherYear;
import io.liquidtwin.sim.workload.ItLoadProfile;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Runs one study: the engine stepped through the period with the weather, the workload's per-consumer IT fractions
 * (changed at each of the workload's interval boundaries) and the scheduled events, recording one {@link HourSample}
 * per hour from the energy ledger's increments, KPIs per month and for the run, and minute samples of the plant from
 * {@value #BEFORE_EVENT_S} s before each event to {@value #AFTER_EVENT_S} s after it.
 */
public final class StudyRunner {

    /** Fine sampling starts this long before an event, s. */
    public static final double BEFORE_EVENT_S = 900;
    /** Fine sampling lasts this long after an event, s. */
    public static final double AFTER_EVENT_S = 3 * 3600;
    /** Interval of the fine samples around events, s. */
    public static final double RESPONSE_INTERVAL_S = 60;
    /** Published annual PUE range of two-phase immersion plants (PHYSICS.md §6; the issue's ≈1.02–1.10). */
    public static final double PUBLISHED_PUE_LOW = 1.02;
    /** Upper end of the published range. */
    public static final double PUBLISHED_PUE_HIGH = 1.10;

    /** Receives the simulated seconds completed so far in this run. */
    @FunctionalInterface
    public interface Progress {
        /** @param doneS simulated seconds completed */
        void advanced(double doneS);

        /** A progress receiver that ignores everything. */
        Progress NONE = doneS -> { };
    }

    /**
     * What one run needs.
     *
     * @param title           run title
     * @param plant           the plant (already with any sweep value applied)
     * @param weather         the weather year, hour 0 = the run's start (rotated by the caller), or null for
     *                        constant design conditions
     * @param siteName        site name for the report
     * @param workload        per-consumer IT fractions; interval 0 starts at the run's start
     * @param workloadName    workload description for the report
     * @param events          scheduled events (times from the run's start)
     * @param startS          the run's start in the calendar year, s from 1 January (for months)
     * @param durationS       simulated duration, s (≤ one year)
     * @param stepS           engine step, s
     * @param tariffPerKWh    energy price, if any
     * @param gridKgCo2PerKWh grid factor, if any
     * @param sweepValue      the swept value, or NaN
     */
    public record Inputs(String title, Plant plant, WeatherYear weather, String siteName, ItLoadProfile workload,
                         String workloadName, List<FaultEvent> events, double startS, double durationS, double stepS,
                         OptionalDouble tariffPerKWh, OptionalDouble gridKgCo2PerKWh, double sweepValue) {
        public Inputs {
            Objects.requireNonNull(plant, "plant");
            Objects.requireNonNull(workload, "workload");
            events = List.copyOf(events);
            if (!(durationS >= 3600 && durationS <= SimTime.YEAR_S)) {
                throw new IllegalArgumentException("a study runs 1 h to 1 year, got " + durationS + " s");
            }
        }
    }

    private StudyRunner() {
    }

    /** Runs the study. @throws io.liquidtwin.sim.engine.SimulationException when the plant cannot go on */
    public static StudyResult run(Inputs in, Progress progress) {
        Plant plant = in.plant();
        var site = plant.site();
        Simulation.Ambient design = new Simulation.Ambient(site.map(s -> s.designDryBulbK()).orElse(298.15),
                site.map(s -> s.designWetBulbK()).orElse(291.15));
        Simulation sim = new Simulation(PlantModel.build(plant), design);
        if (in.weather() != null) {
            sim.useWeather(in.weather());
        }
        int[] consumerOf = mapConsumers(sim.consumerIds(), in.workload());
        applyWorkload(sim, in.workload(), consumerOf, 0);
        sim.initialise();
        FaultInjector.schedule(sim, in.events());
        Recorder rec = new Recorder(sim, in);
        List<double[]> windows = new ArrayList<>();
        for (FaultEvent e : in.events()) {
            windows.add(new double[] {Math.max(0, e.atS() - BEFORE_EVENT_S), e.atS() + AFTER_EVENT_S});
        }
        double intervalS = in.workload().intervalS();
        int hours = (int) Math.ceil(in.durationS() / 3600 - 1e-9);
        for (int h = 0; h < hours; h++) {
            double hourEnd = Math.min((h + 1) * 3600.0, in.durationS());
            rec.beginHour();
            while (sim.timeS() < hourEnd - 1e-6) {
                double t = sim.timeS();
                boolean fine = inWindow(windows, t);
                double nextLoad = (Math.floor(t / intervalS + 1e-9) + 1) * intervalS;
                double target = Math.min(hourEnd, nextLoad);
                target = Math.min(target, fine ? t + RESPONSE_INTERVAL_S : nextWindowStart(windows, t));
                target = Math.max(target, t + Simulation.MIN_STEP_S);
                while (sim.timeS() < target - 1e-6) {
                    sim.step(Math.min(in.stepS(), target - sim.timeS()));
                }
                if (fine) {
                    rec.response(t);
                }
                if (Math.abs(sim.timeS() - nextLoad) < 1e-6) {
                    applyWorkload(sim, in.workload(), consumerOf, (int) Math.round(nextLoad / intervalS));
                }
            }
            rec.endHour(h * 3600.0);
            progress.advanced(sim.timeS());
        }
        return rec.result();
    }

    private static boolean inWindow(List<double[]> windows, double t) {
        for (double[] w : windows) {
            if (t >= w[0] - 1e-6 && t < w[1] - 1e-6) {
                return true;
            }
        }
        return false;
    }

    private static double nextWindowStart(List<double[]> windows, double t) {
        double next = Double.POSITIVE_INFINITY;
        for (double[] w : windows) {
            if (w[0] > t + 1e-6) {
                next = Math.min(next, w[0]);
            }
        }
        return next;
    }

    /** @return for each engine consumer, its index in the workload profile */
    private static int[] mapConsumers(List<String> engineIds, ItLoadProfile profile) {
        List<String> ids = profile.consumerIds();
        int[] out = new int[engineIds.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.indexOf(engineIds.get(i));
            if (out[i] < 0) {
                throw new IllegalArgumentException("the workload has no load for consumer '" + engineIds.get(i)
                        + "' (it covers " + ids + ")");
            }
        }
        return out;
    }

    private static void applyWorkload(Simulation sim, ItLoadProfile p, int[] consumerOf, int interval) {
        double[] f = new double[consumerOf.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = p.fraction(consumerOf[i], interval);
        }
        sim.setConsumerItFractions(f);
    }

    /** Turns ledger increments into hour samples, KPIs and response samples. */
    private static final class Recorder {
        private final Simulation sim;
        private final Inputs in;
        private final EnergyLedger ledger;
        private final KpiAccumulator kpis;
        private final List<HourSample> hours = new ArrayList<>();
        private final List<ResponseSample> response = new ArrayList<>();
        private double[] hourStart;
        private double[] minuteStart;
        private int chillerFree;
        private double peakDeviceK;
        private double peakChf;

        Recorder(Simulation sim, Inputs in) {
            this.sim = sim;
            this.in = in;
            this.ledger = sim.ledger();
            this.kpis = new KpiAccumulator(PueCategory.CATEGORY_3, in.tariffPerKWh(), in.gridKgCo2PerKWh());
            this.minuteStart = snapshot();
        }

        /** it, facility, pumps, fans, chillers, rejected, reused, water — cumulative J (kg for water) */
        private double[] snapshot() {
            return new double[] {ledger.itJ(), ledger.facilityJ(), ledger.pumpJ(), ledger.fanJ(), ledger.chillerJ(),
                    ledger.rejectedJ(), ledger.reusedJ(), ledger.waterKg(), sim.timeS()};
        }

        void beginHour() {
            hourStart = snapshot();
            ledger.resetIntervalPeaks();
        }

        void endHour(double startS) {
            double[] now = snapshot();
            double dt = now[8] - hourStart[8];
            double[] d = new double[8];
            for (int i = 0; i < 8; i++) {
                d[i] = Math.max(0, now[i] - hourStart[i]);
            }
            var ambient = sim.ambient();
            double deviceK = ledger.intervalMaxDeviceTempK();
            double chf = ledger.intervalMaxChfMargin();
            boolean chiller = ledger.intervalChillerRan();
            hours.add(new HourSample(startS, ambient.dryBulbK() - 273.15, ambient.wetBulbK() - 273.15,
                    d[0] / dt / 1e3, d[1] / dt / 1e3, d[2] / dt / 1e3, d[3] / dt / 1e3, d[4] / dt / 1e3,
                    d[5] / dt / 1e3, d[6] / dt / 1e3, d[7], sim.facilitySupplyTempK() - 273.15,
                    sim.facilityReturnTempK() - 273.15, deviceK - 273.15, chf, chiller));
            if (!chiller) {
                chillerFree++;
            }
            peakDeviceK = Math.max(peakDeviceK, deviceK);
            peakChf = Math.max(peakChf, chf);
            double yearS = (in.startS() + startS) % SimTime.YEAR_S;
            kpis.add(yearS, new EnergyTotals(d[0], d[1], d[2] + d[3] + d[4], d[6], d[7]));
        }

        void response(double fromS) {
            double[] now = snapshot();
            double dt = Math.max(now[8] - minuteStart[8], 1e-9);
            boolean contiguous = Math.abs(minuteStart[8] - fromS) < 1e-6;
            double itKw = contiguous ? (now[0] - minuteStart[0]) / dt / 1e3 : Double.NaN;
            double coolKw = contiguous ? (now[2] + now[3] + now[4] - minuteStart[2] - minuteStart[3]
                    - minuteStart[4]) / dt / 1e3 : Double.NaN;
            minuteStart = now;
            if (Double.isNaN(itKw)) {
                return; // the first sample of a window only marks its start
            }
            response.add(new ResponseSample(sim.timeS(), sim.facilitySupplyTempK() - 273.15,
                    sim.hottestCduSupplyTempK() - 273.15, sim.maxTankPressurePa() / 1e3,
                    sim.peakDeviceTempNowK() - 273.15, itKw, coolKw));
        }

        StudyResult result() {
            Map<Month, Kpis> monthly = new EnumMap<>(Month.class);
            for (Month m : Month.values()) {
                kpis.monthly(m).ifPresent(k -> monthly.put(m, k));
            }
            Kpis annual = kpis.annual();
            List<String> notes = Notes.of(in.plant(), annual, ledger);
            return new StudyResult(in.title(), in.plant().name(), in.siteName(), in.workloadName(), hours, monthly,
                    annual, sim.events().fired(), response, chillerFree, peakDeviceK - 273.15, peakChf, notes,
                    in.sweepValue());
        }
    }
}
