package io.liquidtwin.physics.fluid;

/**
 * The dimensionless specific Gibbs free energy γ = g/(RT) of an IAPWS-IF97 region and its partial derivatives at
 * one state, with the thermodynamic properties that follow from them (IAPWS R7-97(2012), tables 3 and 12).
 *
 * <p>Derivatives are with respect to the reduced pressure π and inverse reduced temperature τ of the region:
 * {@code gp} = ∂γ/∂π, {@code gpp} = ∂²γ/∂π², {@code gt} = ∂γ/∂τ, {@code gtt} = ∂²γ/∂τ², {@code gpt} = ∂²γ/∂π∂τ.
 */
record Gibbs(double pi, double tau, double g, double gp, double gpp, double gt, double gtt, double gpt) {

    /** @return specific volume, m³/kg */
    double specificVolume(double temperatureK, double pressurePa) {
        return pi * gp * Water.R_J_KG_K * temperatureK / pressurePa;
    }

    /** @return specific enthalpy, J/kg */
    double enthalpy(double temperatureK) {
        return tau * gt * Water.R_J_KG_K * temperatureK;
    }

    /** @return specific internal energy, J/kg */
    double internalEnergy(double temperatureK) {
        return (tau * gt - pi * gp) * Water.R_J_KG_K * temperatureK;
    }

    /** @return specific entropy, J/(kg·K) */
    double entropy() {
        return (tau * gt - g) * Water.R_J_KG_K;
    }

    /** @return isobaric specific heat, J/(kg·K) */
    double cp() {
        return -tau * tau * gtt * Water.R_J_KG_K;
    }

    /**
     * @return isochoric specific heat, J/(kg·K); the general form −τ²γττ + (γπ − τγπτ)²/γππ holds for both regions
     *     when γ includes the ideal-gas part
     */
    double cv() {
        double a = gp - tau * gpt;
        return (-tau * tau * gtt + a * a / gpp) * Water.R_J_KG_K;
    }

    /** @return speed of sound, m/s */
    double speedOfSound(double temperatureK) {
        double a = gp - tau * gpt;
        return Math.sqrt(Water.R_J_KG_K * temperatureK * gp * gp / (a * a / (tau * tau * gtt) - gpp));
    }
}
