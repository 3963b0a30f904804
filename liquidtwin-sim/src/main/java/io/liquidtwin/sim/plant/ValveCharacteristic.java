package io.liquidtwin.sim.plant;

/** Inherent characteristic of a control valve: relative flow coefficient versus stroke. */
public enum ValveCharacteristic implements YamlName {
    /** Kv/Kvs = x. */
    LINEAR("linear"),
    /** Kv/Kvs = R^(x − 1) with rangeability R. */
    EQUAL_PERCENTAGE("equal-percentage");

    private final String yamlName;

    ValveCharacteristic(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
