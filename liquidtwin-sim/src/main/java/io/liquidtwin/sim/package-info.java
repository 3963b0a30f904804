/**
 * LiquidTwin's simulation module: plant files ({@code sim.plant}), the engine ({@code sim.engine}), weather
 * ({@code sim.weather}), workloads ({@code sim.workload}) and KPIs ({@code sim.kpi}); this package holds what their
 * file readers share.
 */
package io.liquidtwin.sim;
