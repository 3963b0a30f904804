/**
 * Workload boundary conditions: job traces in the Standard Workload Format (SWF v2.2, Parallel Workloads Archive),
 * their replay into a utilisation series, and the node power model that turns utilisation into electrical power
 * (PHYSICS.md §5).
 *
 * <p>Units: times in s on the trace clock (0 = the header's UnixStartTime), processor-seconds, power in W,
 * utilisation 0–1.
 *
 * <p>Public contract: {@link io.liquidtwin.sim.workload.SwfReader#read(java.nio.file.Path)} returns a
 * {@link io.liquidtwin.sim.workload.JobTrace} (header, jobs that ran, skipped count, warnings) or throws one
 * {@link io.liquidtwin.sim.workload.WorkloadFileException} listing every
 * {@link io.liquidtwin.sim.workload.FileError} with file and line;
 * {@link io.liquidtwin.sim.workload.ReplaySchedule} replays the jobs as recorded into a
 * {@link io.liquidtwin.sim.workload.UtilisationSeries} (exact busy processor-seconds per interval, scalable to a
 * plant of another processor count); {@link io.liquidtwin.sim.workload.NodePowerModel} gives node wall power from
 * CPU and GPU utilisation. The parsing helpers are package-private.
 *
 * <p>TODO: schedule a trace instead of replaying it — FCFS and EASY backfilling on the plant's processor count, using
 * the requested processors and requested time; AI-training load swings (synchronous GPU steps within seconds); map
 * busy processors to nodes and node power.
 */
package io.liquidtwin.sim.workload;
