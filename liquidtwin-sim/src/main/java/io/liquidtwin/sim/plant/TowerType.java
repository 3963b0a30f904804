package io.liquidtwin.sim.plant;

/** Cooling-tower construction. */
public enum TowerType implements YamlName {
    /** The loop water itself is sprayed over the fill and meets the air. */
    OPEN("open"),
    /** The loop water stays inside a coil; a separate spray circuit evaporates over it. */
    CLOSED_CIRCUIT("closed-circuit");

    private final String yamlName;

    TowerType(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
