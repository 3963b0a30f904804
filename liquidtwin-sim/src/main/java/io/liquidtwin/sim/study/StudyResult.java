package io.liquidtwin.sim.study;

import io.liquidtwin.sim.engine.EventTimeline;
import io.liquidtwin.sim.kpi.Kpis;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one study run produced: its hourly samples, KPIs per month and for the whole period, the fired event
 * timeline, and headline peaks.
 *
 * @param title            scenario title (plant name and variant, e.g. "qingdao-two-phase-1mw, facility supply 32 °C")
 * @param plantName        plant name
 * @param siteName         site (weather) name
 * @param workloadName     workload description (e.g. "KTH-SP2 scaled to 1,000 nodes, EASY")
 * @param hours            one sample per simulated hour, in order
 * @param monthly          KPIs of every month that has IT energy, in calendar order
 * @param annual           KPIs over the whole run
 * @param events           events that fired, in time order
 * @param response         fine samples of the plant around each event (empty when no event fired)
 * @param chillerFreeHours hours in which no chiller ran
 * @param peakDeviceC      hottest device surface/case temperature of the run, °C
 * @param peakChfRatio     highest q″/q″_CHF of the run (minimum CHF headroom = 1 − this)
 * @param notes            remarks the report should show (e.g. why PUE is outside the published range)
 * @param sweepValue       the swept parameter's value for this run, or NaN outside a sweep
 */
public record StudyResult(String title, String plantName, String siteName, String workloadName,
                          List<HourSample> hours, Map<Month, Kpis> monthly, Kpis annual,
                          List<EventTimeline.FiredEvent> events,
                          List<ResponseSample> response, int chillerFreeHours, double peakDeviceC,
                          double peakChfRatio, List<String> notes, double sweepValue) {

    public StudyResult {
        Objects.requireNonNull(title, "title");
        hours = List.copyOf(hours);
        monthly = Map.copyOf(monthly);
        Objects.requireNonNull(annual, "annual");
        events = List.copyOf(events);
        response = List.copyOf(response);
        notes = List.copyOf(notes);
    }
}
