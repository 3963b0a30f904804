package io.liquidtwin.sim.plant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hydraulic loop. Its topology is implied by {@link #kind()} and by which equipment names it (see
 * docs/plant-format.md): the engine finds the loop's pumps, CDUs, consumers and heat-rejection units through
 * {@link Plant}.
 *
 * @param id                   unique loop id
 * @param kind                 facility (FWS) or technology (TCS)
 * @param coolant              the circulating liquid
 * @param supplyTempSetpointK  supply temperature setpoint, K (facility: leaving the heat rejection; technology: the
 *                             default CDU secondary supply setpoint)
 * @param designDeltaTK        facility loops: design return − supply temperature difference, K (sizes the pump flow
 *                             check and the design return temperature); 0 for technology loops, whose flow is the
 *                             sum of their consumers' design flows
 * @param staticPressurePa     absolute static (fill) pressure at the pump suction, Pa
 * @param ashraeClass          the ASHRAE W class the loop is declared to meet, if any
 * @param header               supply + return header piping, if modelled
 * @param heatRejectionOrder   facility loops: ids of the dry-cooler banks, cooling towers and chillers in the order
 *                             the water meets them (in series, return → supply); empty for technology loops
 * @param description          free text (may be empty)
 */
public record Loop(String id, LoopKind kind, Coolant coolant, double supplyTempSetpointK, double designDeltaTK,
                   double staticPressurePa, Optional<AshraeClass> ashraeClass, Optional<Pipe> header,
                   List<String> heatRejectionOrder, String description) {

    public Loop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coolant, "coolant");
        Objects.requireNonNull(ashraeClass, "ashraeClass");
        Objects.requireNonNull(header, "header");
        heatRejectionOrder = List.copyOf(heatRejectionOrder);
        Objects.requireNonNull(description, "description");
    }

    /** @return a copy with the heat-rejection order set (the loader fills it once equipment is known) */
    Loop withHeatRejectionOrder(List<String> order) {
        return new Loop(id, kind, coolant, supplyTempSetpointK, designDeltaTK, staticPressurePa, ashraeClass, header,
                order, description);
    }
}
