package io.liquidtwin.sim.plant;

/** The equipment sections of a plant file (and of the catalogue), with how items of each are written. */
enum EquipmentKind {
    PUMPS("pumps", "pump bank", true, false),
    CDUS("cdus", "CDU", true, true),
    COLD_PLATE_RACKS("coldPlateRacks", "cold-plate rack", true, true),
    TWO_PHASE_TANKS("twoPhaseTanks", "two-phase tank", true, true),
    SINGLE_PHASE_TANKS("singlePhaseTanks", "single-phase tank", true, true),
    DRY_COOLERS("dryCoolers", "dry-cooler bank", true, false),
    COOLING_TOWERS("coolingTowers", "cooling tower", true, false),
    CHILLERS("chillers", "chiller bank", true, false),
    HEAT_REUSE("heatReuse", "heat-reuse exchanger", false, false);

    final String section;
    final String label;
    /** Whether items may name a catalogue model. */
    final boolean catalogued;
    /** Whether {@code count: n} expands into n individual items (else count is the size of a bank). */
    final boolean expands;

    EquipmentKind(String section, String label, boolean catalogued, boolean expands) {
        this.section = section;
        this.label = label;
        this.catalogued = catalogued;
        this.expands = expands;
    }

    boolean isHeatRejection() {
        return this == DRY_COOLERS || this == COOLING_TOWERS || this == CHILLERS;
    }

    boolean isConsumer() {
        return this == COLD_PLATE_RACKS || this == TWO_PHASE_TANKS || this == SINGLE_PHASE_TANKS;
    }

    /** @return the kind whose section has this name, or null */
    static EquipmentKind bySection(String section) {
        for (EquipmentKind k : values()) {
            if (k.section.equals(section)) {
                return k;
            }
        }
        return null;
    }
}
