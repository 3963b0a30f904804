/**
 * Design studies: a scenario (plant, site, workload, period, events, optional sweep) run through the engine hour by
 * hour into {@link io.liquidtwin.sim.study.StudyResult}s that the report renders.
 */
package io.liquidtwin.sim.study;
