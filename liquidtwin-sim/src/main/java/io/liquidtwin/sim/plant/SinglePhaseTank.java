package io.liquidtwin.sim.plant;

import io.liquidtwin.physics.fluid.Fluid;
import java.util.Optional;

/**
 * A single-phase immersion tank: the dielectric is pumped through a heat exchanger whose water side sits on a
 * technology loop.
 *
 * @param id                  unique equipment id
 * @param model               catalogue model the values came from, if any
 * @param loopId              the technology loop on the heat exchanger's water side
 * @param itPowerW            IT power at design (peak), W
 * @param designHeatW         rated heat of the tank and its exchanger, W
 * @param fluidId             dielectric catalogue id
 * @param fluid               the dielectric's properties (SI)
 * @param coolantVolumeM3     dielectric volume (heat capacity), m³
 * @param hxUaWPerK           heat-exchanger UA at design flows, W/K
 * @param internalFlowM3s     dielectric circulation through the exchanger, m³/s
 * @param waterDesignFlowM3s  water flow through the exchanger at design, m³/s
 * @param waterDpPa           water-side pressure drop at design flow, Pa
 * @param maxCoolantTempK     highest allowed dielectric temperature (leaving the IT), K
 * @param captureFraction     share of the IT heat going into the water, 0…1
 * @param branchPipe          piping between the loop headers and the exchanger, if modelled
 */
public record SinglePhaseTank(String id, Optional<String> model, String loopId, double itPowerW, double designHeatW,
                              String fluidId, Fluid fluid, double coolantVolumeM3, double hxUaWPerK,
                              double internalFlowM3s, double waterDesignFlowM3s, double waterDpPa,
                              double maxCoolantTempK, double captureFraction, Optional<Pipe> branchPipe) {

    /** @return IT heat going into the water at design, W */
    public double heatToLiquidW() {
        return itPowerW * captureFraction;
    }
}
