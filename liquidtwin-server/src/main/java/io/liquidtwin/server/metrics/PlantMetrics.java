package io.liquidtwin.server.metrics;

import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmState;
import io.liquidtwin.ops.alarm.Priority;
import io.liquidtwin.server.live.LiveTwin;
import io.liquidtwin.server.live.TwinSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/** The plant's KPIs from the twin's latest snapshot, and its active alarms by priority, as gauges in base units. */
final class PlantMetrics {

    static final double KELVIN_AT_0C = 273.15;

    private PlantMetrics() {
    }

    static void bind(MeterRegistry r, LiveTwin twin) {
        kpi(r, twin, "liquidtwin.pue", "ratio", "Power usage effectiveness now: facility power / IT power",
                TwinSnapshot.Kpis::pue);
        kpi(r, twin, "liquidtwin.it.power", "watts", "IT power", TwinSnapshot.Kpis::itPowerW);
        kpi(r, twin, "liquidtwin.facility.power", "watts", "Facility power (IT + cooling + losses)",
                TwinSnapshot.Kpis::facilityPowerW);
        kpi(r, twin, "liquidtwin.cooling.power", "watts", "Cooling power", TwinSnapshot.Kpis::coolingPowerW);
        kpi(r, twin, "liquidtwin.heat.rejected", "watts", "Heat rejected to ambient",
                TwinSnapshot.Kpis::heatRejectedW);
        kpi(r, twin, "liquidtwin.facility.supply.temperature", "celsius", "Facility water supply temperature",
                k -> k.facilitySupplyTempK() - KELVIN_AT_0C);
        kpi(r, twin, "liquidtwin.cdu.supply.temperature.max", "celsius", "Hottest CDU secondary supply temperature",
                k -> k.hottestCduSupplyTempK() - KELVIN_AT_0C);
        kpi(r, twin, "liquidtwin.outdoor.dry.bulb.temperature", "celsius", "Outdoor dry-bulb temperature",
                k -> k.dryBulbK() - KELVIN_AT_0C);
        kpi(r, twin, "liquidtwin.outdoor.wet.bulb.temperature", "celsius", "Outdoor wet-bulb temperature",
                k -> k.wetBulbK() - KELVIN_AT_0C);
        kpi(r, twin, "liquidtwin.chiller.running", null, "1 while the chiller runs, else 0",
                k -> k.chillerRunning() ? 1 : 0);
        Gauge.builder("liquidtwin.twin.time", twin, t -> t.snapshot().epochMicros() / 1e6).baseUnit("seconds")
                .description("Twin time (start instant + simulated time), Unix epoch").register(r);
        for (Priority p : Priority.values()) {
            Gauge.builder("liquidtwin.alarms.active", twin, t -> active(t, p))
                    .description("Alarms active now (unacknowledged or acknowledged, not hidden), by priority")
                    .tag("priority", p.name().toLowerCase(java.util.Locale.ROOT)).register(r);
        }
    }

    private static void kpi(MeterRegistry r, LiveTwin twin, String name, String unit, String help,
                            ToDoubleFunction<TwinSnapshot.Kpis> value) {
        Gauge.Builder<LiveTwin> b = Gauge.builder(name, twin, t -> value.applyAsDouble(t.snapshot().kpis()))
                .description(help);
        if (unit != null) {
            b.baseUnit(unit);
        }
        b.register(r);
    }

    static int active(LiveTwin twin, Priority p) {
        int n = 0;
        for (AlarmDefinition d : twin.alarmDefinitions()) {
            if (d.priority() == p) {
                AlarmState s = twin.alarms().state(d.id());
                if (s == AlarmState.UNACK || s == AlarmState.ACKED) {
                    n++;
                }
            }
        }
        return n;
    }
}
