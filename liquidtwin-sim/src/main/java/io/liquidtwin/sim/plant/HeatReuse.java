package io.liquidtwin.sim.plant;

import java.util.Optional;

/**
 * A heat exchanger handing facility-loop heat to a district-heating loop (reused energy counts toward ERF). It sits
 * in parallel with the CDU primaries; its demand may be zero, so it is never counted as heat-rejection capacity.
 *
 * @param id               unique equipment id
 * @param loopId           the facility loop
 * @param designCapacityW  rated heat transfer, W
 * @param demandW          constant district heat demand, W (≤ capacity)
 * @param approachK        approach (facility return − district supply leaving), K
 * @param districtReturnK  temperature at which district water arrives at the exchanger, K
 * @param branchPipe       piping between the facility headers and the exchanger, if modelled
 */
public record HeatReuse(String id, String loopId, double designCapacityW, double demandW, double approachK,
                        double districtReturnK, Optional<Pipe> branchPipe) {
}
