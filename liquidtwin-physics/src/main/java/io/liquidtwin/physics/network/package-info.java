/**
 * Network solvers: the hydraulic Newton solve (global gradient algorithm) for loops of branches with pumps in
 * parallel, and the thermal integrator (implicit Euler over lumped fluid volumes, unconditionally stable from 1 s to
 * 1 h steps), with controllers and timed events. Data are laid out once in primitive arrays; solving a step
 * allocates nothing.
 */
package io.liquidtwin.physics.network;
