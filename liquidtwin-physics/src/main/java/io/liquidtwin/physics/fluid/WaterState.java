package io.liquidtwin.physics.fluid;

/**
 * Thermodynamic properties of water at one (T, p) state per IAPWS-IF97 (SI units).
 *
 * @param temperatureK          temperature, K
 * @param pressurePa            pressure, Pa
 * @param phase                 the IF97 region the state lies in
 * @param specificVolumeM3Kg    specific volume, m³/kg
 * @param enthalpyJKg           specific enthalpy, J/kg
 * @param internalEnergyJKg     specific internal energy, J/kg
 * @param entropyJKgK           specific entropy, J/(kg·K)
 * @param specificHeatJKgK      isobaric specific heat cp, J/(kg·K)
 * @param isochoricHeatJKgK     isochoric specific heat cv, J/(kg·K)
 * @param speedOfSoundMS        speed of sound, m/s
 */
public record WaterState(double temperatureK, double pressurePa, WaterPhase phase, double specificVolumeM3Kg,
                         double enthalpyJKg, double internalEnergyJKg, double entropyJKgK, double specificHeatJKgK,
                         double isochoricHeatJKgK, double speedOfSoundMS) {

    /** @return density, kg/m³ */
    public double densityKgM3() {
        return 1.0 / specificVolumeM3Kg;
    }
}
