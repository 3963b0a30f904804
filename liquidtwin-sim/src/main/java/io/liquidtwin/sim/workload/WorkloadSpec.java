package io.liquidtwin.sim.workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which workload a study runs: a {@link Source}, an optional {@link AiPowerSwing} on top, and the node power model
 * (default {@link NodePowerModel#frontierNode()}, the published example of PHYSICS.md §5). {@link #build} turns it
 * into the engine's {@link ItLoadProfile}; its interval 0 is the simulation's t = 0 and is the trace's first job
 * submit, the CSV's first row, or Monday 00:00 of the synthetic week.
 *
 * @param source    where the load comes from
 * @param swing     AI-training swing multiplying the load, if any
 * @param nodeModel node power, idle → peak
 */
public record WorkloadSpec(Source source, Optional<AiPowerSwing> swing, NodePowerModel nodeModel) {

    /** The trace file the default workload replays when it is present. */
    public static final String DEFAULT_TRACE = "KTH-SP2-1996-2.1-cln.swf.gz";

    /** Where the load comes from. */
    public sealed interface Source permits Swf, Csv, Constant, Synthetic {
    }

    /**
     * An SWF trace scheduled under a policy.
     *
     * @param file       the {@code .swf} or {@code .swf.gz} file
     * @param policy     the scheduling policy
     * @param plantNodes nodes of the plant: the trace (recorded on its header's MaxProcs processors) is scaled onto
     *                   them ({@link NodeJobs#scaled}); empty = the recorded machine, MaxNodes nodes of
     *                   MaxProcs/MaxNodes processors ({@link NodeJobs#perNode})
     */
    public record Swf(Path file, SchedulingPolicy policy, OptionalInt plantNodes) implements Source {
        public Swf {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(plantNodes, "plantNodes");
        }
    }

    /**
     * A node-utilisation column of a CSV file ({@link UtilisationCsvReader}).
     *
     * @param file         the {@code .csv} or {@code .csv.gz} file
     * @param column       the column's header name
     * @param scale        fraction, percent or detect
     * @param rowIntervalS time between rows, s (3600 for hourly data); the profile's interval
     */
    public record Csv(Path file, String column, ValueScale scale, double rowIntervalS) implements Source {
        public Csv {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(scale, "scale");
        }
    }

    /** @param fraction the fraction of design IT power drawn at all times, 0–1 */
    public record Constant(double fraction) implements Source {
    }

    /**
     * The built-in synthetic HPC centre ({@link ItLoadProfiles#synthetic}).
     *
     * @param seed  noise seed
     * @param hours hours before it wraps
     */
    public record Synthetic(long seed, int hours) implements Source {
    }

    public WorkloadSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(swing, "swing");
        Objects.requireNonNull(nodeModel, "nodeModel");
    }

    /** @return the source with no swing and the Frontier node of PHYSICS.md §5 */
    public static WorkloadSpec of(Source source) {
        return new WorkloadSpec(source, Optional.empty(), NodePowerModel.frontierNode());
    }

    /**
     * The default workload: {@link #DEFAULT_TRACE} in {@code tracesDir} under EASY scaled onto the plant, or, when that
     * file is absent, the synthetic year with seed 1.
     *
     * @param tracesDir  the trace folder (e.g. {@code ../shared/data/traces})
     * @param plantNodes nodes of the plant
     * @return the spec
     */
    public static WorkloadSpec traceOrSynthetic(Path tracesDir, int plantNodes) {
        Path kth = tracesDir.resolve(DEFAULT_TRACE);
        return of(Files.isRegularFile(kth) ? new Swf(kth, SchedulingPolicy.EASY, OptionalInt.of(plantNodes))
                : new Synthetic(1, ItLoadProfiles.HOURS_PER_YEAR));
    }

    /** @return this spec with the swing applied */
    public WorkloadSpec withSwing(AiPowerSwing s) {
        return new WorkloadSpec(source, Optional.of(s), nodeModel);
    }

    /**
     * @param consumers the plant's IT consumers, in plant order
     * @param intervalS interval length for SWF, constant and synthetic sources, s, &gt; 0 (a CSV keeps its row
     *                  interval; a synthetic source is hourly)
     * @return the profile, with a one-line description and the notes of any decision made (machine enlarged, jobs
     *         rejected)
     * @throws WorkloadFileException if a file cannot be read
     */
    public BuiltWorkload build(List<Consumer> consumers, long intervalS) {
        List<String> ids = consumers.stream().map(Consumer::id).toList();
        List<String> notes = new ArrayList<>();
        ItLoadProfile p;
        String what;
        switch (source) {
            case Swf s -> {
                JobTrace trace = SwfReader.read(s.file());
                long procs = trace.header().maxProcs();
                long recorded = trace.header().maxNodes() > 0 ? trace.header().maxNodes() : procs;
                if (procs <= 0) {
                    throw new IllegalArgumentException(s.file() + ": the header gives no MaxProcs; expected the"
                            + " recorded machine's processor count to size the jobs");
                }
                int nodes = s.plantNodes().orElse((int) recorded);
                List<MachineJob> jobs = s.plantNodes().isPresent() ? NodeJobs.scaled(trace, procs, nodes)
                        : NodeJobs.perNode(trace, (int) Math.max(1, procs / recorded));
                Schedule schedule = Scheduler.schedule(jobs, s.policy(), nodes);
                notes.addAll(schedule.notes());
                p = ItLoadProfiles.fromSchedule(schedule, consumers, nodeModel, intervalS);
                what = String.format(Locale.ROOT, "%s, %s on %d nodes", s.file().getFileName(), s.policy(),
                        schedule.nodes());
            }
            case Csv c -> {
                UtilisationColumn col = UtilisationCsvReader.read(c.file(), c.column(), c.scale(), c.rowIntervalS());
                p = ItLoadProfiles.fromUtilisation(ids, col.intervalS(), col.fractions(), nodeModel);
                what = String.format(Locale.ROOT, "%s column %s (%s), mean utilisation %.3f", c.file().getFileName(),
                        col.column(), col.scale(), col.mean());
            }
            case Constant k -> {
                p = ItLoadProfiles.constant(ids, k.fraction(), intervalS);
                what = String.format(Locale.ROOT, "constant %.3f of design IT power", k.fraction());
            }
            case Synthetic y -> {
                p = ItLoadProfiles.synthetic(ids, y.seed(), y.hours(), nodeModel);
                what = "synthetic HPC centre (seed " + y.seed() + ")";
            }
        }
        if (swing.isPresent()) {
            p = ItLoadProfiles.withSwing(p, swing.get());
            AiPowerSwing w = swing.get();
            what += String.format(Locale.ROOT, ", AI swing %.0f s period, depth %.2f", w.periodS(),
                    w.depthFraction());
        }
        return new BuiltWorkload(p, what, notes);
    }
}
