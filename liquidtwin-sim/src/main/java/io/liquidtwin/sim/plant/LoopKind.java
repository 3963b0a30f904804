package io.liquidtwin.sim.plant;

/** The two kinds of loop; each implies a topology (docs/plant-format.md, "Implied topology"). */
public enum LoopKind implements YamlName {
    /**
     * Facility water system (FWS): facility pumps and heat-rejection units in series on the return→supply path; CDU
     * primary sides and heat-reuse exchangers in parallel between supply and return.
     */
    FACILITY("facility"),
    /**
     * Technology cooling system (TCS, IT side): the secondary sides of its CDUs (heat exchanger and secondary pumps,
     * CDUs in parallel) on the return→supply path; cold-plate racks and tanks in parallel between supply and return.
     */
    TECHNOLOGY("technology");

    private final String yamlName;

    LoopKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
