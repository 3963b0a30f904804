package io.liquidtwin.physics.fluid;

import io.liquidtwin.physics.Range;

/**
 * The saturation data of a two-phase catalogue record, in SI, with the models the catalogue documents:
 * <ul>
 *   <li>saturation pressure: {@link DielectricAntoineFit} (Clausius–Clapeyron through two points, Antoine with a
 *       fitted C through three or more), saturation temperature its exact inverse;</li>
 *   <li>latent heat: the record's value at T₁ (normally the boiling point) carried to T with Watson's relation
 *       h_fg(T) = h_fg(T₁)·((T_c − T)/(T_c − T₁))^0.38;</li>
 *   <li>vapour density: ideal gas, ρ_v = p_sat·M/(R·T);</li>
 *   <li>surface tension: Guggenheim–Katayama σ = σ₀·(1 − T/T_c)^(11/9), σ₀ fitted to the record's points.</li>
 * </ul>
 *
 * @param temperature          saturation-temperature range, K
 * @param pressure             the matching saturation-pressure range, Pa
 * @param curve                the fitted saturation curve
 * @param latentHeatTemperatureK T₁ of the record's latent heat, K
 * @param latentHeatJKg        the record's latent heat at T₁, J/kg
 * @param criticalTemperatureK T_c, K
 * @param criticalPressurePa   p_c, Pa
 * @param molarMassKgMol       M, kg/mol
 * @param sigma0NM             σ₀ of Guggenheim–Katayama, N/m
 */
record DielectricSaturation(Range temperature, Range pressure, DielectricAntoineFit curve,
                            double latentHeatTemperatureK, double latentHeatJKg, double criticalTemperatureK,
                            double criticalPressurePa, double molarMassKgMol, double sigma0NM) {

    /** Molar gas constant N_A·k, J/(mol·K) (exact since the 2019 SI; CODATA 2018). */
    static final double GAS_CONSTANT = 8.31446261815324;

    /** Watson's exponent. */
    static final double WATSON_EXPONENT = 0.38;

    /** Guggenheim–Katayama exponent 11/9. */
    static final double GUGGENHEIM_EXPONENT = 11.0 / 9.0;

    /** @return saturation pressure at T, Pa */
    double pressurePa(double temperatureK) {
        return curve.pressurePa(temperature.check(temperatureK));
    }

    /** @return saturation temperature at p, K */
    double temperatureK(double pressurePa) {
        double t = curve.temperatureK(pressure.check(pressurePa));
        // Rounding at the range ends must not step outside the range the caller may feed back.
        return Math.min(temperature.max(), Math.max(temperature.min(), t));
    }

    /** @return latent heat at saturation temperature T, J/kg (Watson) */
    double latentHeatJKg(double temperatureK) {
        double t = temperature.check(temperatureK);
        double ratio = (criticalTemperatureK - t) / (criticalTemperatureK - latentHeatTemperatureK);
        return latentHeatJKg * Math.pow(ratio, WATSON_EXPONENT);
    }

    /** @return saturated vapour density at T, kg/m³ (ideal gas) */
    double vapourDensityKgM3(double temperatureK) {
        double t = temperature.check(temperatureK);
        return curve.pressurePa(t) * molarMassKgMol / (GAS_CONSTANT * t);
    }

    /** @return surface tension at T, N/m (Guggenheim–Katayama) */
    double surfaceTensionNM(double temperatureK) {
        double t = temperature.check(temperatureK);
        return sigma0NM * Math.pow(1.0 - t / criticalTemperatureK, GUGGENHEIM_EXPONENT);
    }

    /** @return σ₀ fitted by least squares on ln σ to the given points (temperatures below T_c) */
    static double fitSigma0(double[] temperaturesK, double[] sigmasNM, double criticalTemperatureK) {
        double sum = 0;
        for (int i = 0; i < temperaturesK.length; i++) {
            sum += Math.log(sigmasNM[i]) - GUGGENHEIM_EXPONENT * Math.log(1.0 - temperaturesK[i] / criticalTemperatureK);
        }
        return Math.exp(sum / temperaturesK.length);
    }
}
