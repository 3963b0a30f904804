package io.liquidtwin.sim.plant;

import java.util.Optional;

/**
 * A rack of direct-to-chip cold plates on a technology loop. Heat to liquid = IT power × capture fraction (the rest
 * goes to room air); Δp = designDp·(ṁ/ṁdesign)^flowExponent; the cold plates are in parallel inside the rack.
 *
 * @param id               unique equipment id
 * @param model            catalogue model the values came from, if any
 * @param loopId           the technology loop
 * @param itPowerW         IT power at design (peak), W
 * @param nodes            compute nodes in the rack (for the workload model)
 * @param captureFraction  share of the IT heat going into the liquid, 0…1
 * @param designFlowM3s    rack coolant flow at which designDpPa holds, m³/s
 * @param designDpPa       rack pressure drop (manifolds, hoses, quick disconnects, plates) at design flow, Pa
 * @param flowExponent     exponent n of Δp ∝ ṁ^n, dimensionless
 * @param coldPlates       cold plates in the rack (in parallel)
 * @param caseResistance   thermal-resistance fit of one cold plate, if modelled
 * @param maxCaseTempK     highest allowed device case temperature, K
 * @param timeConstantS    first-order thermal lag of the rack's heat to liquid, s
 * @param branchPipe       piping between the loop headers and the rack, if modelled
 */
public record ColdPlateRack(String id, Optional<String> model, String loopId, double itPowerW, int nodes,
                            double captureFraction, double designFlowM3s, double designDpPa, double flowExponent,
                            int coldPlates, Optional<ThermalResistanceFit> caseResistance, double maxCaseTempK,
                            double timeConstantS, Optional<Pipe> branchPipe) {

    /** @return IT heat going into the liquid at design, W */
    public double heatToLiquidW() {
        return itPowerW * captureFraction;
    }
}
