package io.liquidtwin.sim.study;

import io.liquidtwin.sim.engine.PlantModel;
import io.liquidtwin.sim.engine.Simulation;
import io.liquidtwin.sim.plant.Plant;
import io.liquidtwin.sim.workload.AiPowerSwing;
import io.liquidtwin.sim.workload.Consumer;
import io.liquidtwin.sim.workload.ItLoadProfile;
import io.liquidtwin.sim.workload.ItLoadProfiles;
import io.liquidtwin.sim.workload.SchedulingPolicy;
import io.liquidtwin.sim.workload.ValueScale;
import io.liquidtwin.sim.workload.WorkloadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Turns a scenario's workload choice into the engine's per-consumer load profile. The plant's IT consumers (racks,
 * then single-phase, then two-phase tanks, as the engine orders them) get nodes in proportion to their design IT
 * power; a trace is scaled onto the plant's node count, by default the plant's design IT power over the node model's
 * peak wall power.
 */
final class Workloads {

    /** Workload profile interval, s: hourly, matching the study's records (a CSV keeps its row interval). */
    static final long INTERVAL_S = 3600;

    /** @param profile the profile; @param name its description for the report */
    record Built(ItLoadProfile profile, String name) {
    }

    private Workloads() {
    }

    static Built build(Scenario sc, Plant plant, List<String> notices) {
        Scenario.WorkloadChoice w = sc.workload();
        Simulation probe = new Simulation(PlantModel.build(plant), new Simulation.Ambient(300, 290));
        List<Consumer> consumers = new ArrayList<>();
        double designW = 0;
        for (int i = 0; i < probe.consumerIds().size(); i++) {
            consumers.add(new Consumer(probe.consumerIds().get(i), probe.consumerDesignItPowerW(i)));
            designW += probe.consumerDesignItPowerW(i);
        }
        if (consumers.isEmpty()) {
            throw new ScenarioFileException(sc.file().toString(), List.of(sc.plantFile()
                    + ": the plant has no IT consumers (racks or tanks) for a workload to drive"));
        }
        String kind = w.kind();
        if ((kind.equals("swf") || kind.equals("csv")) && w.file().map(f -> !Files.isRegularFile(f)).orElse(true)) {
            notices.add("the workload file " + w.file().map(Path::toString).orElse("(none)") + " is absent; running "
                    + "the built-in synthetic HPC workload instead");
            kind = "synthetic";
        }
        WorkloadSpec.Source source = switch (kind) {
            case "swf" -> {
                int nodes = w.nodes() > 0 ? w.nodes() : nodesFor(designW);
                yield new WorkloadSpec.Swf(w.file().orElseThrow(), SchedulingPolicy.valueOf(
                        w.policy().toUpperCase(Locale.ROOT)), OptionalInt.of(nodes));
            }
            case "csv" -> new WorkloadSpec.Csv(w.file().orElseThrow(), w.column(), ValueScale.DETECT, INTERVAL_S);
            case "constant" -> new WorkloadSpec.Constant(w.fraction());
            default -> new WorkloadSpec.Synthetic(1, ItLoadProfiles.HOURS_PER_YEAR);
        };
        WorkloadSpec spec = WorkloadSpec.of(source);
        if (w.swing().isPresent()) {
            double[] s = w.swing().get();
            spec = spec.withSwing(new AiPowerSwing(s[0], s[1], s[2]));
        }
        var built = spec.build(consumers, INTERVAL_S);
        notices.addAll(built.notes());
        return new Built(built.profile(), built.description());
    }

    /** @return the plant's node count: design IT power over the node model's peak wall power (at least 1) */
    static int nodesFor(double designItPowerW) {
        double peak = WorkloadSpec.of(new WorkloadSpec.Constant(1)).nodeModel().peakWallPowerW();
        return (int) Math.max(1, Math.round(designItPowerW / peak));
    }
}
