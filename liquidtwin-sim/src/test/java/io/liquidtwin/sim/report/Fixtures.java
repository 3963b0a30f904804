package io.liquidtwin.sim.report;

import io.liquidtwin.sim.engine.EventTimeline.FiredEvent;
import io.liquidtwin.sim.kpi.EnergyTotals;
import io.liquidtwin.sim.kpi.KpiAccumulator;
import io.liquidtwin.sim.kpi.Kpis;
import io.liquidtwin.sim.kpi.PueCategory;
import io.liquidtwin.sim.study.HourSample;
import io.liquidtwin.sim.study.ResponseSample;
import io.liquidtwin.sim.study.StudyResult;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Synthetic study results from closed-form patterns, with KPIs formed consistently from the same hours. */
final class Fixtures {

    static final int HOURS = 8760;

    private Fixtures() {
    }

    /** One hour of a simple plant: seasonal + daily weather, a daily IT swing, fans and chillers following dry-bulb. */
    static HourSample hour(int h, double supplyOffsetC) {
        double day = h / 24.0;
        double season = Math.sin(2 * Math.PI * (day - 110) / 365);
        double diurnal = Math.sin(2 * Math.PI * ((h % 24) - 9) / 24.0);
        double dry = 12 + 11 * season + 5 * diurnal;
        double wet = dry - 3 - 2 * (1 + season);
        double it = 800 + 150 * Math.sin(2 * Math.PI * h / 24.0) + 50 * season;
        double pumps = 8 + 0.01 * it;
        double fans = 4 + Math.max(0, dry - 8 - supplyOffsetC) * 0.6;
        double chillers = dry > 27 ? 40 : 0;
        double facility = it + pumps + fans + chillers + 6;
        double reused = season < -0.5 ? 0.2 * it : 0;
        double water = Math.max(0, wet) * 3.5;
        double supply = Math.max(wet + 4, 28 + supplyOffsetC);
        double ret = supply + 7 + it / 400;
        double device = 55 + supply * 0.4 + it / 200;
        double chf = 0.35 + 0.0002 * it + 0.002 * supply;
        return new HourSample(h * 3600.0, dry, wet, it, facility, pumps, fans, chillers, it + pumps - reused, reused,
                water, supply, ret, device, chf, chillers > 0);
    }

    /** A study of a full year with the given title, cost/CO₂ on or off, events and sweep value. */
    static StudyResult study(String title, double supplyOffsetC, boolean tariff, List<FiredEvent> events,
                             double sweepValue) {
        List<HourSample> hours = new ArrayList<>(HOURS);
        for (int h = 0; h < HOURS; h++) {
            hours.add(hour(h, supplyOffsetC));
        }
        KpiAccumulator acc = tariff
                ? new KpiAccumulator(PueCategory.CATEGORY_3, OptionalDouble.of(0.12), OptionalDouble.of(0.4))
                : new KpiAccumulator(PueCategory.CATEGORY_3);
        for (HourSample s : hours) {
            acc.add(s.startS(), new EnergyTotals(s.itKw() * 3.6e6, s.facilityKw() * 3.6e6,
                    (s.pumpsKw() + s.fansKw() + s.chillersKw()) * 3.6e6, s.reusedKw() * 3.6e6, s.waterL()));
        }
        Map<Month, Kpis> monthly = new EnumMap<>(Month.class);
        for (Month m : Month.values()) {
            acc.monthly(m).ifPresent(k -> monthly.put(m, k));
        }
        List<ResponseSample> response = new ArrayList<>();
        for (FiredEvent e : events) {
            for (int i = -30; i <= 120; i++) {
                double t = e.timeS() + 60.0 * i;
                double step = i >= 0 ? 1 - Math.exp(-i / 15.0) : 0;
                response.add(new ResponseSample(t, 30 + 4 * step, 40 + 5 * step, 110 + 20 * step, 70 + 6 * step,
                        900, 40 + 10 * step));
            }
        }
        int chillerFree = (int) hours.stream().filter(s -> !s.chillerRunning()).count();
        double peakDevice = hours.stream().mapToDouble(HourSample::peakDeviceC).max().orElseThrow();
        double peakChf = hours.stream().mapToDouble(HourSample::peakChfRatio).max().orElseThrow();
        return new StudyResult(title, "test-plant-1mw", "Synthetic site", "steady 800 kW with a daily swing", hours,
                monthly, acc.annual(), events, response, chillerFree, peakDevice, peakChf,
                List.of("PUE is above the published 1.02\u20131.10 range because the synthetic fans run all year."),
                sweepValue);
    }

    /** A plain study without events or tariff. */
    static StudyResult study(String title) {
        return study(title, 0, false, List.of(), Double.NaN);
    }

    /** Two events a week apart, each with response samples around it. */
    static List<FiredEvent> twoEvents() {
        return List.of(new FiredEvent(100 * 86_400.0 + 3_600, "trip pump fws-pump-1"),
                new FiredEvent(107 * 86_400.0 + 7_200, "IT step +20 % on hall A"));
    }
}
