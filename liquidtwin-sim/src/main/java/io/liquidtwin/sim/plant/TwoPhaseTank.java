package io.liquidtwin.sim.plant;

import io.liquidtwin.physics.fluid.TwoPhaseFluid;
import java.util.Optional;

/**
 * A sealed two-phase immersion tank: devices boil the dielectric; the vapour condenses on a water-cooled coil in
 * the vapour space whose water comes from a technology loop (the condenser water).
 *
 * @param id                      unique equipment id
 * @param model                   catalogue model the values came from, if any
 * @param loopId                  the technology loop feeding the condenser coil
 * @param itPowerW                IT power at design (peak), W
 * @param designHeatW             rated heat the tank (boiling and condenser) is built for, W
 * @param fluidId                 dielectric catalogue id of the fluid
 * @param fluid                   the fluid's properties and saturation curve (SI)
 * @param fluidInventoryM3        liquid inventory, m³
 * @param vapourSpaceVolumeM3     vapour-space (headspace) volume, m³
 * @param condenserUaWPerK        condenser coil UA at design water flow, W/K
 * @param condenserDesignFlowM3s  condenser water flow at design, m³/s
 * @param condenserDpPa           condenser coil water-side pressure drop at design flow, Pa
 * @param reliefPressurePa        absolute pressure at which the relief valve opens, Pa
 * @param deviceCount             boiling devices (processors, accelerators) in the tank
 * @param deviceAreaM2            boiling surface of one device (bare die or boiling-enhancement coating), m²
 * @param chfCoefficient          Zuber–Kutateladze coefficient K for the critical heat flux, dimensionless
 * @param rohsenowCsf             Rohsenow surface–fluid coefficient Csf, dimensionless
 * @param rohsenowN               Rohsenow Prandtl exponent n, dimensionless
 * @param vapourLossKgPerS        fluid lost through seals and servicing, kg/s
 * @param captureFraction         share of the IT heat going to the condenser water, 0…1
 * @param branchPipe              piping between the loop headers and the coil, if modelled
 */
public record TwoPhaseTank(String id, Optional<String> model, String loopId, double itPowerW, double designHeatW,
                           String fluidId, TwoPhaseFluid fluid, double fluidInventoryM3, double vapourSpaceVolumeM3,
                           double condenserUaWPerK, double condenserDesignFlowM3s, double condenserDpPa,
                           double reliefPressurePa, int deviceCount, double deviceAreaM2, double chfCoefficient,
                           double rohsenowCsf, double rohsenowN, double vapourLossKgPerS, double captureFraction,
                           Optional<Pipe> branchPipe) {

    /** @return IT heat going into the condenser water at design, W */
    public double heatToLiquidW() {
        return itPowerW * captureFraction;
    }
}
