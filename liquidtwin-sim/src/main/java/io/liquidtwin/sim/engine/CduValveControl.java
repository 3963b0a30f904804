package io.liquidtwin.sim.engine;

import io.liquidtwin.physics.network.ThermalNetwork;
import io.liquidtwin.sim.engine.Elements.CduModel;

/**
 * Gain scheduling of a CDU's supply-temperature controller (secondary supply temperature → primary valve).
 *
 * <p><b>Process gain.</b> The exchanger is quasi-steady, so within a control interval the secondary supply answers
 * the valve as T_s,out = T_s,in − ε·C_p·(T_s,in − T_p,in)/C_s, and
 * <pre>
 *   dT_s,out/dx = −(T_s,in − T_p,in) · (C_p/C_s) · dln(ε·C_p)/dln ṁ_p · dln ṁ_p/dx
 * </pre>
 * (x the opening, C = ṁ·cp, subscript p primary, s secondary). At the design approach (secondary supply = primary
 * supply + approach) the exchanger runs near its pinch: ε·C_p barely grows with more primary water. A warmer
 * setpoint widens the approach and the lift, the primary flow falls, ε → 1 and the valve works lower on its
 * equal-percentage curve with more authority; only C_p/C_s falls. On the Qingdao example the response within one
 * 30 s interval went from 11 K per unit opening at 35.5 °C to 21 K at 42.5 °C, its steady-state gain from 22 to
 * 58 K, and with the plant's gains (kp 0.05/K) the loop's gain margin from about 1.7 (it cycled at kp 0.09/K) to
 * under 1.2 (cycling at 0.06/K). The lift T_s,in − T_p,in carries most of it: the measured response per kelvin of
 * lift varied by only ±8 % over that range.
 *
 * <p><b>Schedule.</b> The gains as written apply at the lift the exchanger has at its design approach and the
 * present load, approach + (T_s,in − T_s,out); above it they are scaled by that lift over the present one (at least
 * {@value #MIN_GAIN_SCALE}), which keeps the loop gain about constant whatever setpoint the operator chooses. All
 * three temperatures are the CDU's own (secondary return and supply, primary supply), as a CDU controller reads them.
 */
final class CduValveControl {

    private CduValveControl() {
    }

    /** Smallest gain scale of a CDU's supply-temperature controller. */
    static final double MIN_GAIN_SCALE = 0.1;

    /** @return the gain scale for the CDU's present temperatures, in [{@value #MIN_GAIN_SCALE}, 1] */
    static double gainScale(CduModel c, ThermalNetwork th) {
        double secondaryIn = th.inletTemperatureK(c.secondaryLink);
        double secondaryOut = th.outletTemperatureK(c.secondaryLink);
        double primaryIn = th.inletTemperatureK(c.primaryLink);
        return gainScale(c.spec.approachK(), secondaryIn, secondaryOut, primaryIn);
    }

    /**
     * @param approachK      the CDU's design approach (secondary supply − primary supply), K
     * @param secondaryInK   secondary return (exchanger inlet), K
     * @param secondaryOutK  secondary supply (exchanger outlet), K
     * @param primaryInK     primary supply (exchanger inlet), K
     * @return reference lift / present lift, clamped to [{@value #MIN_GAIN_SCALE}, 1]
     */
    static double gainScale(double approachK, double secondaryInK, double secondaryOutK, double primaryInK) {
        double lift = secondaryInK - primaryInK;
        double reference = approachK + Math.max(0, secondaryInK - secondaryOutK);
        if (!(lift > reference)) { // also NaN-safe
            return 1.0;
        }
        return Math.max(MIN_GAIN_SCALE, reference / lift);
    }
}
