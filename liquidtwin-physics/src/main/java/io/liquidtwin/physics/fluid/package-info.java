/**
 * Thermophysical properties of the coolants LiquidTwin models, behind one contract, {@link
 * io.liquidtwin.physics.fluid.Fluid} (and {@link io.liquidtwin.physics.fluid.TwoPhaseFluid} for fluids that boil).
 *
 * <ul>
 *   <li>{@link io.liquidtwin.physics.fluid.Water}: IAPWS-IF97 regions 1, 2 and 4, IAPWS 2008 viscosity, IAPWS 2011
 *       thermal conductivity.</li>
 *   <li>{@link io.liquidtwin.physics.fluid.GlycolWater}: propylene- and ethylene-glycol solutions, 10–60 % by mass,
 *       with their freezing point.</li>
 *   <li>{@link io.liquidtwin.physics.fluid.DielectricCatalogue}: single- and two-phase dielectric fluids as data
 *       records read from the {@code dielectric-fluids.yaml} resource, each value with its source.</li>
 * </ul>
 *
 * All inputs and outputs are SI: temperature in K, pressure in Pa, density kg/m³, specific heat J/(kg·K), dynamic
 * viscosity Pa·s, thermal conductivity W/(m·K), latent heat J/kg, surface tension N/m. Outside a fluid's declared
 * range every method throws {@link io.liquidtwin.physics.OutOfRangeException}.
 */
package io.liquidtwin.physics.fluid;
