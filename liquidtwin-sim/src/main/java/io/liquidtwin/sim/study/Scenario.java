package io.liquidtwin.sim.study;

import io.liquidtwin.sim.fault.FaultEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A design study as its YAML file states it (see docs/scenario-format.md): which plant, where, under which workload,
 * for how long, with which events, and optionally one parameter swept over a list of values. Paths are resolved
 * against the scenario file's folder.
 *
 * @param name            scenario name (titles, output folder)
 * @param file            the scenario file, for messages
 * @param plantFile       the plant file
 * @param site            where the weather comes from
 * @param workload        what the IT equipment does
 * @param startS          where the run starts in the (non-leap) weather year, s from 1 January 00:00
 * @param durationS       simulated duration, s
 * @param stepS           engine step, s (the study records hourly whatever the step)
 * @param tariffPerKWh    energy price per kWh (currency of the user's choice), if stated
 * @param gridKgCo2PerKWh grid emission factor, kg CO₂/kWh, if stated
 * @param events          scheduled events, times relative to the start of the run
 * @param sweep           the swept parameter, if any
 */
public record Scenario(String name, Path file, Path plantFile, SiteChoice site, WorkloadChoice workload, double startS,
                       double durationS, double stepS, OptionalDouble tariffPerKWh, OptionalDouble gridKgCo2PerKWh,
                       List<FaultEvent> events, Optional<Sweep> sweep) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plantFile, "plantFile");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(workload, "workload");
        events = List.copyOf(events);
        Objects.requireNonNull(sweep, "sweep");
    }

    /**
     * The same scenario over another period: events keep their calendar time; those outside the new period are
     * dropped.
     *
     * @param startMonthDay new start as {@code MM-DD} (or {@code MM-DD HH:MM}), or null to keep the start
     * @param newDurationS  new duration, s (1 h to 1 year), or null to keep it
     * @throws IllegalArgumentException for a malformed start or a duration out of range
     */
    public Scenario withPeriod(String startMonthDay, Double newDurationS) {
        double start = startMonthDay == null ? startS : SimTime.calendar(startMonthDay);
        double duration = newDurationS == null ? durationS : newDurationS;
        if (!(duration >= 3600 && duration <= SimTime.YEAR_S)) {
            throw new IllegalArgumentException("a study runs 1 h to 1 year, got " + duration + " s");
        }
        List<FaultEvent> kept = new java.util.ArrayList<>();
        for (FaultEvent e : events) {
            double calendar = (startS + e.atS()) % SimTime.YEAR_S;
            double at = ((calendar - start) % SimTime.YEAR_S + SimTime.YEAR_S) % SimTime.YEAR_S;
            if (at < duration) {
                kept.add(FaultEvents.at(e, at));
            }
        }
        return new Scenario(name, file, plantFile, site, workload, start, duration, stepS, tariffPerKWh,
                gridKgCo2PerKWh, kept, sweep);
    }

    /** @return the same scenario with its workload reading {@code file} instead */
    public Scenario withWorkloadFile(Path newFile) {
        WorkloadChoice w = workload;
        return new Scenario(name, file, plantFile, site, new WorkloadChoice(w.kind(), Optional.of(newFile), w.policy(),
                w.nodes(), w.column(), w.fraction(), w.swing(), w.fallbackToSynthetic()), startS, durationS, stepS,
                tariffPerKWh, gridKgCo2PerKWh, events, sweep);
    }

    /** Where the hourly weather comes from. */
    public sealed interface SiteChoice {
        /** Built-in monthly normals by name (today: {@code qingdao}) turned into a synthetic typical year. */
        record BuiltIn(String name) implements SiteChoice {
        }

        /** An EnergyPlus weather file. */
        record Epw(Path file) implements SiteChoice {
        }

        /** The plant file's design conditions, held constant (no weather year). */
        record DesignConditions() implements SiteChoice {
        }

        /** Whatever the plant file's {@code site.weather} names, else its design conditions. */
        record FromPlant() implements SiteChoice {
        }
    }

    /**
     * The workload. {@code kind} selects which fields matter: {@code swf} (file, policy, nodes), {@code csv} (file,
     * column), {@code constant} (fraction), {@code synthetic}. When {@code file} is absent on disk and
     * {@code fallbackToSynthetic} is set, the study runs the built-in synthetic workload and says so.
     *
     * @param kind                swf, csv, constant or synthetic
     * @param file                trace or CSV file, if the kind reads one
     * @param policy              swf: replay, fcfs or easy
     * @param nodes               swf: nodes of the plant the trace is scaled to (0 = from the plant's IT power and
     *                            the node model's peak power)
     * @param column              csv: the column to read
     * @param fraction            constant: fraction of design IT power
     * @param swing               AI-training swing (period s, depth 0–1, ramp s), if any
     * @param fallbackToSynthetic whether a missing file falls back to the synthetic workload
     */
    public record WorkloadChoice(String kind, Optional<Path> file, String policy, int nodes, String column,
                                 double fraction, Optional<double[]> swing, boolean fallbackToSynthetic) {
    }

    /**
     * One plant-file parameter swept over values.
     *
     * @param path   the parameter's path in the plant file, list elements by id: {@code loops.fws.supplyTempSetpointC}
     * @param values the values, in order
     */
    public record Sweep(String path, List<Double> values) {
        public Sweep {
            values = List.copyOf(values);
        }

        /** @return the unit the path's name carries (C → °C, Kw → kW, …), or "" */
        public String unit() {
            String last = path.substring(path.lastIndexOf('.') + 1);
            for (String[] u : new String[][] {{"C", "°C"}, {"K", "K"}, {"Kw", "kW"}, {"Kpa", "kPa"},
                    {"KpaGauge", "kPa(g)"}, {"Lpm", "L/min"}, {"S", "s"}, {"M", "m"}, {"Mm", "mm"}}) {
                if (last.endsWith(u[0]) && last.length() > u[0].length()
                        && Character.isLowerCase(last.charAt(last.length() - u[0].length() - 1))) {
                    return u[1];
                }
            }
            return "";
        }
    }
}
