/**
 * Component models of a liquid-cooled plant (PHYSICS.md §3): pipes, pumps, valves, CDUs, cold-plate racks,
 * single- and two-phase immersion tanks, dry coolers, cooling towers, chillers, heat-reuse exchangers and the
 * electrical chain. SI units inside; each model states its equations, source and validity range, and refuses
 * out-of-range input with {@link io.liquidtwin.physics.OutOfRangeException}. Hydraulic elements implement
 * {@link io.liquidtwin.physics.component.FlowLaw} for the network solver; models allocate nothing per call.
 *
 * <p><b>Conventions for the network integrator.</b>
 * <ul>
 *   <li>Hydraulics: {@code pressureDropPa(Q)} is inlet → outlet; passive elements ({@link
 *       io.liquidtwin.physics.component.Pipe}, {@link io.liquidtwin.physics.component.Valve},
 *       {@link io.liquidtwin.physics.component.PowerLawResistance}, {@link io.liquidtwin.physics.component.Filter},
 *       {@link io.liquidtwin.physics.component.ColdPlateRack}) are odd in Q with a positive slope everywhere; a running
 *       {@link io.liquidtwin.physics.component.Pump} returns a negative drop (a rise) and blocks reverse flow through
 *       its non-return valve. Fluid density (and viscosity for pipes) are plain fields the caller sets when the
 *       temperature changes ({@code setDensityKgM3}, {@code setFluid}).</li>
 *   <li>State changes only through explicit calls: {@code Pump.setSpeed/trip/stop/advance},
 *       {@code Valve.command/setOpening/advance}, {@code Filter.addServiceHours}, {@code ColdPlateRack.advance},
 *       {@code TwoPhaseTank.step}, {@code SinglePhaseImmersionTank.step}, {@code Economiser.update}. The
 *       {@code advance}/{@code step} methods integrate exactly (exponential) or implicitly, so any step from 1 s to
 *       1 h is stable. Quasi-steady models ({@code rate}/{@code run}/{@code solve}: heat exchangers, dry cooler,
 *       cooling tower, chiller, heat reuse, electrical chain) keep their last results in fields read by getters.</li>
 *   <li>Heat flows are positive in the named direction (hot → cold, liquid → air, rejected by the tower).</li>
 * </ul>
 */
package io.liquidtwin.physics.component;
