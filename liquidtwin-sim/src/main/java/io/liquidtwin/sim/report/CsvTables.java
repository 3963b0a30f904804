package io.liquidtwin.sim.report;

import io.liquidtwin.sim.engine.EventTimeline.FiredEvent;
import io.liquidtwin.sim.kpi.Kpis;
import io.liquidtwin.sim.study.HourSample;
import io.liquidtwin.sim.study.StudyResult;
import io.liquidtwin.sim.study.SweepResult;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The report's CSV tables as strings (see the package documentation for the conventions: units in the header, Locale.ROOT
 * plain decimals that round-trip, empty cells for absent or non-finite values, "\n" line ends).
 */
final class CsvTables {

    static final String HOURLY_HEADER = "start_s,dry_bulb_c,wet_bulb_c,it_kw,facility_kw,pumps_kw,fans_kw,chillers_kw,"
            + "rejected_kw,reused_kw,water_l,facility_supply_c,facility_return_c,peak_device_c,peak_chf_ratio,"
            + "chiller_running,pue";
    static final String KPI_COLUMNS = "pue_category,it_energy_kwh,facility_energy_kwh,cooling_energy_kwh,"
            + "reused_energy_kwh,site_water_l,pue,ppue_cooling,clf,wue_l_per_kwh,erf,ere,energy_cost,co2_kg";
    static final String RUN_COLUMNS = "title,plant,site,workload,sweep_value," + KPI_COLUMNS
            + ",chiller_free_hours,peak_device_c,peak_chf_ratio,min_chf_headroom";

    private CsvTables() {
    }

    /** @return every field of every hour, one row per hour in order */
    static String hourly(List<HourSample> hours) {
        StringBuilder sb = new StringBuilder(HOURLY_HEADER.length() + hours.size() * 160).append(HOURLY_HEADER)
                .append('\n');
        for (HourSample h : hours) {
            sb.append(row(h.startS(), h.dryBulbC(), h.wetBulbC(), h.itKw(), h.facilityKw(), h.pumpsKw(), h.fansKw(),
                    h.chillersKw(), h.rejectedKw(), h.reusedKw(), h.waterL(), h.facilitySupplyC(),
                    h.facilityReturnC(), h.peakDeviceC(), h.peakChfRatio()))
                    .append(',').append(h.chillerRunning())
                    .append(',').append(row(h.itKw() > 0 ? h.pue() : Double.NaN)).append('\n'); // hourly PUE
        }
        return sb.toString();
    }

    /** @return one row per month with KPIs, in calendar order */
    static String monthly(Map<Month, Kpis> monthly) {
        StringBuilder sb = new StringBuilder("month,").append(KPI_COLUMNS).append('\n');
        new TreeMap<>(monthly).forEach((m, k) -> sb.append(m.getValue()).append(',').append(kpis(k)).append('\n'));
        return sb.toString();
    }

    /** @return the header and one row of the run's annual KPIs and peaks */
    static String annual(StudyResult r) {
        return RUN_COLUMNS + "\n" + run(r) + "\n";
    }

    /** @return one row per run, numbered from 1 in the sweep's order */
    static String sweep(SweepResult sweep) {
        StringBuilder sb = new StringBuilder("run,parameter,unit,").append(RUN_COLUMNS).append('\n');
        for (int i = 0; i < sweep.runs().size(); i++) {
            sb.append(i + 1).append(',').append(Fmt.csvText(sweep.parameter())).append(',')
                    .append(Fmt.csvText(sweep.unit())).append(',').append(run(sweep.runs().get(i))).append('\n');
        }
        return sb.toString();
    }

    /** @return time (s and h) and description of every fired event */
    static String events(List<FiredEvent> events) {
        StringBuilder sb = new StringBuilder("time_s,time_h,description\n");
        for (FiredEvent e : events) {
            sb.append(Fmt.csv(e.timeS())).append(',').append(Fmt.csv(e.timeS() / 3600.0)).append(',')
                    .append(Fmt.csvText(e.description())).append('\n');
        }
        return sb.toString();
    }

    private static String run(StudyResult r) {
        return Fmt.csvText(r.title()) + ',' + Fmt.csvText(r.plantName()) + ',' + Fmt.csvText(r.siteName()) + ','
                + Fmt.csvText(r.workloadName()) + ',' + Fmt.csv(r.sweepValue()) + ',' + kpis(r.annual()) + ','
                + r.chillerFreeHours() + ',' + row(r.peakDeviceC(), r.peakChfRatio(), headroom(r.peakChfRatio()));
    }

    /** @return 1 − ratio, or NaN (an empty cell) when the plant has no boiling device (ratio ≤ 0) */
    static double headroom(double peakChfRatio) {
        return peakChfRatio > 0 ? 1 - peakChfRatio : Double.NaN;
    }

    private static String kpis(Kpis k) {
        var t = k.totals();
        return k.category().number() + "," + row(t.itEnergyKWh(), t.facilityEnergyKWh(), t.coolingEnergyKWh(),
                t.reusedEnergyKWh(), t.siteWaterL(), k.pue(), k.coolingPartialPue(), k.clf(), k.wueLPerKWh(), k.erf(),
                k.ere()) + ',' + Fmt.csv(k.energyCost()) + ',' + Fmt.csv(k.co2Kg());
    }

    private static String row(double... values) {
        StringJoiner j = new StringJoiner(",");
        for (double v : values) {
            j.add(Fmt.csv(v));
        }
        return j.toString();
    }
}
