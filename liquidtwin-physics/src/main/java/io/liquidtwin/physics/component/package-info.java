/**
 * Component models of a liquid-cooled plant (PHYSICS.md §3): pipes, pumps, valves, CDUs, cold-plate racks,
 * single- and two-phase immersion tanks, dry coolers, cooling towers, chillers, heat-reuse exchangers and the
 * electrical chain. SI units inside; each model states its equations, source and validity range, and refuses
 * out-of-range input with {@link io.liquidtwin.physics.OutOfRangeException}. Hydraulic elements implement
 * {@link io.liquidtwin.physics.component.FlowLaw} for the network solver; models allocate nothing per call.
 */
package io.liquidtwin.physics.component;
