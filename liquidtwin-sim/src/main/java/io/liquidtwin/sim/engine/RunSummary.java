package io.liquidtwin.sim.engine;

import io.liquidtwin.sim.engine.Elements.CduModel;
import io.liquidtwin.sim.engine.Elements.DryCoolerBank;
import io.liquidtwin.sim.engine.Elements.RackModel;
import io.liquidtwin.sim.engine.Elements.SinkModel;
import io.liquidtwin.sim.engine.Elements.TowerBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run tells its user in a few lines: the energy balance, peak temperatures against their limits, and the
 * equipment that ended at a limit (valves fully open, fans at full speed, chillers running, relief valves opened).
 */
public final class RunSummary {

    /** CHF margin above which a boiling device is reported (PHYSICS.md: warn above 0.7). */
    public static final double CHF_WARNING = 0.7;

    private RunSummary() {
    }

    /** @return the summary lines of a finished run */
    public static List<String> of(Simulation sim) {
        EnergyLedger e = sim.ledger();
        PlantModel m = sim.model();
        List<String> out = new ArrayList<>();
        double kwh = 3.6e6;
        out.add(sim.weather() != null
                ? String.format(Locale.ROOT, "Simulated %.1f h of %s under the weather of %s", e.simulatedS() / 3600,
                        m.plant.name(), sim.weather().site().name())
                : String.format(Locale.ROOT, "Simulated %.1f h of %s (outdoor %.1f °C dry-bulb, %.1f °C wet-bulb)",
                        e.simulatedS() / 3600, m.plant.name(), sim.ambient().dryBulbK() - 273.15,
                        sim.ambient().wetBulbK() - 273.15));
        out.add("Energy balance of the liquid loops:");
        out.add(String.format(Locale.ROOT, "  heat into the liquid   %14.3f kWh   (IT energy %.3f kWh)",
                e.heatToLiquidJ() / kwh, e.itJ() / kwh));
        out.add(String.format(Locale.ROOT, "  heat rejected          %14.3f kWh", e.rejectedJ() / kwh));
        out.add(String.format(Locale.ROOT, "  heat reused            %14.3f kWh", e.reusedJ() / kwh));
        out.add(String.format(Locale.ROOT, "  stored in the liquid   %14.3f kWh", e.storedJ() / kwh));
        out.add(String.format(Locale.ROOT, "  stored in 2-phase tanks%14.3f kWh", e.tankStoredJ() / kwh));
        double scale = Math.max(Math.abs(e.heatToLiquidJ()), 1e-300);
        out.add(String.format(Locale.ROOT, "  residual               %14.3e kWh   (%.1e relative)",
                e.balanceResidualJ() / kwh, Math.abs(e.balanceResidualJ()) / scale));
        out.add(String.format(Locale.ROOT, "Energy use: pumps %.2f kWh, fans %.2f kWh, chillers %.2f kWh, facility %.2f "
                + "kWh; PUE over the run %.4f; site water %.1f L", e.pumpJ() / kwh, e.fanJ() / kwh, e.chillerJ() / kwh,
                e.facilityJ() / kwh, e.itJ() > 0 ? e.facilityJ() / e.itJ() : 0, e.waterKg()));
        out.add("Peaks against limits:");
        if (!m.racks.isEmpty()) {
            double limit = m.racks.stream().mapToDouble(RackModel::maxCaseTempK).min().orElse(Double.NaN);
            out.add(String.format(Locale.ROOT, "  cold-plate case temperature %.2f °C (lowest rack limit %.1f °C)%s",
                    e.maxCaseTempK() - 273.15, limit - 273.15, e.caseLimitExceededBy().isEmpty() ? ""
                            : "  EXCEEDED its limit on " + e.caseLimitExceededBy()));
        }
        if (!m.tanks.isEmpty()) {
            out.add(String.format(Locale.ROOT, "  two-phase tank pressure %.2f kPa; device surface %.2f °C; CHF margin %.3f"
                    + " (warn above %.1f)%s%s", e.maxTankPressurePa() / 1e3, e.maxDeviceTempK() - 273.15,
                    e.maxChfMargin(), CHF_WARNING, e.maxChfMargin() > CHF_WARNING ? "  WARNING" : "",
                    e.reliefOpened() ? "; a relief valve OPENED" : ""));
        }
        List<String> limits = new ArrayList<>();
        for (CduModel c : m.cdus) {
            if (c.valve.opening() > 0.99) {
                limits.add(c.spec.id() + " primary valve fully open");
            }
            if (c.outOfService) {
                limits.add(c.spec.id() + " out of service");
            }
        }
        for (DryCoolerBank d : m.dryCoolers) {
            if (d.fanFraction > 0.999) {
                limits.add(d.id + " fans at full speed" + (d.padsWetted ? " with pads wetted" : ""));
            }
        }
        for (TowerBank x : m.towers) {
            if (x.cellsOn == x.cells && x.cellFanFraction > 0.999) {
                limits.add(x.id + " all cells at full fan speed");
            }
        }
        for (SinkModel c : m.chillers) {
            if (c.enabled) {
                limits.add(c.id + " running (" + Math.round(c.removedW / 1e3) + " kW)");
            }
        }
        out.add(limits.isEmpty() ? "Equipment at its limits: none" : "Equipment at its limits: " + String.join("; ",
                limits));
        var fired = sim.events().fired();
        if (!fired.isEmpty()) {
            out.add("Events:");
            for (var ev : fired) {
                out.add(String.format(Locale.ROOT, "  t = %.0f s: %s", ev.timeS(), ev.description()));
            }
        }
        return out;
    }
}
