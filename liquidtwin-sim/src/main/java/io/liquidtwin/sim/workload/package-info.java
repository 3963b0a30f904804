/**
 * Workload boundary conditions (PHYSICS.md §5): what fraction of its design IT power each rack or tank draws, hour
 * by hour, from a job trace, a utilisation series, a constant or a built-in synthetic pattern.
 *
 * <p>Units: times in s on the trace clock (SWF: 0 = the header's UnixStartTime), node-seconds and
 * processor-seconds, power in W, utilisation and load fractions 0–1.
 *
 * <p>Pipeline and public contract:
 * <ol>
 *   <li>{@link io.liquidtwin.sim.workload.SwfReader} reads a Standard Workload Format file into a
 *       {@link io.liquidtwin.sim.workload.JobTrace}, or throws one
 *       {@link io.liquidtwin.sim.workload.WorkloadFileException} listing every {@link io.liquidtwin.sim.FileError}
 *       with file and line; {@link io.liquidtwin.sim.workload.UtilisationCsvReader} does the same for a utilisation
 *       column of a CSV file (by header name; fraction, percent or detected).</li>
 *   <li>{@link io.liquidtwin.sim.workload.NodeJobs} sizes jobs in nodes: ⌈processors / processors per node⌉ on the
 *       recorded machine, or scaled proportionally onto a plant of M nodes (max(1, round(p·M/P))). A job's run-time
 *       estimate is its requested time raised to its run time (the run time if none was requested).</li>
 *   <li>{@link io.liquidtwin.sim.workload.Scheduler} runs them under a
 *       {@link io.liquidtwin.sim.workload.SchedulingPolicy}: REPLAY (recorded starts, the machine grown to the
 *       recorded peak — KTH-SP2 104 of 100, NASA iPSC 176 of 128 — and a note saying so), FCFS, or EASY backfilling
 *       (jobs wider than the machine rejected and noted). The {@link io.liquidtwin.sim.workload.Schedule} never has
 *       more busy nodes than its machine.</li>
 *   <li>{@link io.liquidtwin.sim.workload.NodeMap} splits the nodes over the plant's
 *       {@link io.liquidtwin.sim.workload.Consumer}s by design IT power (largest remainder, ≥ 1 node each) and
 *       places jobs first fit, giving exact busy node-seconds per consumer and interval.</li>
 *   <li>{@link io.liquidtwin.sim.workload.ItLoadProfiles} turns these into the engine's
 *       {@link io.liquidtwin.sim.workload.ItLoadProfile} through the
 *       {@link io.liquidtwin.sim.workload.NodePowerModel} (idle and busy node power), optionally multiplied by an
 *       {@link io.liquidtwin.sim.workload.AiPowerSwing} with exact interval means;
 *       {@link io.liquidtwin.sim.workload.WorkloadSpec#build} does it all from one value.</li>
 * </ol>
 *
 * <p>Time alignment: interval 0 of a profile is the simulation's t = 0 and is the trace's first job submit (REPLAY
 * included), the CSV's first row, or Monday 00:00 for the synthetic pattern. Past its end a profile wraps.
 *
 * <p>{@link io.liquidtwin.sim.workload.ReplaySchedule} and {@link io.liquidtwin.sim.workload.UtilisationSeries} are
 * the earlier processor-level replay, kept for processor-second accounting. Parsing helpers and profile
 * implementations are package-private.
 */
package io.liquidtwin.sim.workload;
