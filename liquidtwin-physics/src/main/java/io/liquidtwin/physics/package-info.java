/**
 * LiquidTwin's physics library: what every model shares.
 *
 * <p>Everything in {@code io.liquidtwin.physics} and its sub-packages works in SI units (K, Pa, kg/s, m³/s, W, J,
 * J/kg, J/(kg·K), Pa·s, W/(m·K)); parameter names state the unit. A model asked for a value outside the range it was
 * fitted or validated on never extrapolates silently: it throws {@link io.liquidtwin.physics.OutOfRangeException},
 * whose message names the quantity, the value given and the valid range. NaN and infinities are refused the same way.
 */
package io.liquidtwin.physics;
