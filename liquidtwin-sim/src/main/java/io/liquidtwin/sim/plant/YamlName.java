package io.liquidtwin.sim.plant;

/** An enum constant with the spelling plant files use for it. */
interface YamlName {

    /** @return the plant-file spelling, e.g. {@code "closed-circuit"} */
    String yamlName();
}
