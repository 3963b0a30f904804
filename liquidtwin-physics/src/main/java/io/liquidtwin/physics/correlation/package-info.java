/**
 * Engineering correlations of LiquidTwin's thermal-hydraulics, one algorithm per class, each with its formula,
 * source and validity range in its javadoc.
 *
 * <ul>
 *   <li>Darcy friction factor: {@link io.liquidtwin.physics.correlation.LaminarFriction} (64/Re),
 *       {@link io.liquidtwin.physics.correlation.Colebrook} (implicit, solved to machine precision),
 *       {@link io.liquidtwin.physics.correlation.Churchill1977} (explicit, all regimes),
 *       {@link io.liquidtwin.physics.correlation.Haaland} (explicit, turbulent); minor losses
 *       {@link io.liquidtwin.physics.correlation.MinorLoss}.</li>
 *   <li>Internal forced convection: {@link io.liquidtwin.physics.correlation.Gnielinski},
 *       {@link io.liquidtwin.physics.correlation.DittusBoelter},
 *       {@link io.liquidtwin.physics.correlation.LaminarNusselt}.</li>
 *   <li>Heat exchangers (ε-NTU): {@link io.liquidtwin.physics.correlation.FlowArrangement} dispatching to
 *       {@link io.liquidtwin.physics.correlation.CounterflowHx}, {@link io.liquidtwin.physics.correlation.ParallelFlowHx}
 *       and {@link io.liquidtwin.physics.correlation.CrossflowUnmixedHx}, each with its inverse NTU(ε);
 *       flow scaling of UA: {@link io.liquidtwin.physics.correlation.UaFlowScaling}.</li>
 *   <li>Pool boiling: {@link io.liquidtwin.physics.correlation.Rohsenow}, {@link io.liquidtwin.physics.correlation.Cooper},
 *       critical heat flux {@link io.liquidtwin.physics.correlation.ZuberChf}.</li>
 *   <li>Laminar film condensation: {@link io.liquidtwin.physics.correlation.NusseltCondensation}.</li>
 * </ul>
 *
 * <p><b>Conventions.</b> SI units throughout; a parameter's name ends with its unit ({@code KgM3}, {@code PaS},
 * {@code WMK}, {@code JKg}, {@code NM}, {@code WM2K}, ...) or is a dimensionless group (Reynolds, Prandtl, NTU, ...).
 * Every method checks every input: NaN, infinities and values outside the correlation's validity range raise
 * {@link io.liquidtwin.physics.OutOfRangeException} naming the quantity, the value and the valid range; nothing is
 * extrapolated silently and no result is NaN. The ranges are published as {@code public static final}
 * {@link io.liquidtwin.physics.Range} constants where they are fixed numbers.
 *
 * <p><b>Gravity.</b> Correlations containing g use standard gravity {@link io.liquidtwin.physics.correlation.Gravity#STANDARD_M_S2}
 * = 9.80665 m/s² (CGPM 1901): with it Rohsenow, Zuber and Nusselt reproduce the independent reference values of
 * PHYSICS.md §2 to ≤ 1·10⁻¹⁰ relative (Nusselt against the reference's full-precision value 1482.206403453679; the table
 * prints it rounded to 1482.2064), whereas 9.81 puts them 0.85–1.7·10⁻⁴ off.
 *
 * <p>The classes are stateless (static methods) or immutable records and are thread-safe.
 */
package io.liquidtwin.physics.correlation;
