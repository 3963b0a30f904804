package io.liquidtwin.sim.plant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, validated plant: loops and equipment with SI values, repeated groups already expanded into individual
 * items with generated ids. Instances are immutable; the lists keep plant-file order (template order, then copy
 * order for repeated items).
 *
 * @param name              plant name
 * @param description       free text (may be empty)
 * @param sourceFile        the file (or source name) the plant was loaded from
 * @param site              design ambient conditions, if given
 * @param loops             all loops, facility and technology
 * @param pumps             facility pump banks
 * @param cdus              coolant distribution units
 * @param coldPlateRacks    cold-plate racks
 * @param twoPhaseTanks     two-phase immersion tanks
 * @param singlePhaseTanks  single-phase immersion tanks
 * @param dryCoolers        dry-cooler banks
 * @param coolingTowers     cooling towers
 * @param chillers          chiller banks
 * @param heatReuse         heat-reuse exchangers
 * @param electrical        the electrical chain
 * @param controls          controller settings
 */
public record Plant(String name, String description, String sourceFile, Optional<Site> site, List<Loop> loops,
                    List<Pump> pumps, List<Cdu> cdus, List<ColdPlateRack> coldPlateRacks,
                    List<TwoPhaseTank> twoPhaseTanks, List<SinglePhaseTank> singlePhaseTanks,
                    List<DryCooler> dryCoolers, List<CoolingTower> coolingTowers, List<Chiller> chillers,
                    List<HeatReuse> heatReuse, Electrical electrical, Controls controls) {

    public Plant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(site, "site");
        loops = List.copyOf(loops);
        pumps = List.copyOf(pumps);
        cdus = List.copyOf(cdus);
        coldPlateRacks = List.copyOf(coldPlateRacks);
        twoPhaseTanks = List.copyOf(twoPhaseTanks);
        singlePhaseTanks = List.copyOf(singlePhaseTanks);
        dryCoolers = List.copyOf(dryCoolers);
        coolingTowers = List.copyOf(coolingTowers);
        chillers = List.copyOf(chillers);
        heatReuse = List.copyOf(heatReuse);
        Objects.requireNonNull(electrical, "electrical");
        Objects.requireNonNull(controls, "controls");
    }

    /** @return the loop with this id, if any */
    public Optional<Loop> loop(String id) {
        return loops.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** @return the loops of one kind, in file order */
    public List<Loop> loops(LoopKind kind) {
        return loops.stream().filter(l -> l.kind() == kind).toList();
    }

    /** @return the CDUs whose secondary side serves this technology loop */
    public List<Cdu> cdusServing(String technologyLoopId) {
        return cdus.stream().filter(c -> c.secondaryLoopId().equals(technologyLoopId)).toList();
    }

    /** @return the CDUs whose primary side sits on this facility loop */
    public List<Cdu> cdusOn(String facilityLoopId) {
        return cdus.stream().filter(c -> c.primaryLoopId().equals(facilityLoopId)).toList();
    }

    /** @return total IT power at design over racks and tanks, W */
    public double totalItPowerW() {
        return coldPlateRacks.stream().mapToDouble(ColdPlateRack::itPowerW).sum()
                + twoPhaseTanks.stream().mapToDouble(TwoPhaseTank::itPowerW).sum()
                + singlePhaseTanks.stream().mapToDouble(SinglePhaseTank::itPowerW).sum();
    }

    /** @return total IT heat going into liquid at design over racks and tanks, W */
    public double totalHeatToLiquidW() {
        return coldPlateRacks.stream().mapToDouble(ColdPlateRack::heatToLiquidW).sum()
                + twoPhaseTanks.stream().mapToDouble(TwoPhaseTank::heatToLiquidW).sum()
                + singlePhaseTanks.stream().mapToDouble(SinglePhaseTank::heatToLiquidW).sum();
    }

    /** @return IT heat going into liquid at design on one technology loop, W */
    public double heatToLiquidW(String technologyLoopId) {
        return coldPlateRacks.stream().filter(r -> r.loopId().equals(technologyLoopId))
                .mapToDouble(ColdPlateRack::heatToLiquidW).sum()
                + twoPhaseTanks.stream().filter(t -> t.loopId().equals(technologyLoopId))
                .mapToDouble(TwoPhaseTank::heatToLiquidW).sum()
                + singlePhaseTanks.stream().filter(t -> t.loopId().equals(technologyLoopId))
                .mapToDouble(SinglePhaseTank::heatToLiquidW).sum();
    }
}
