package io.liquidtwin.sim.plant;

/** ASHRAE liquid-cooling classes by maximum facility supply temperature (ASHRAE TC 9.9, 2021). */
public enum AshraeClass implements YamlName {
    W17("W17", 17), W27("W27", 27), W32("W32", 32), W40("W40", 40), W45("W45", 45),
    /** W+: above 45 °C, no upper limit checked. */
    W_PLUS("W+", Double.POSITIVE_INFINITY);

    private final String yamlName;
    private final double maxSupplyC;

    AshraeClass(String yamlName, double maxSupplyC) {
        this.yamlName = yamlName;
        this.maxSupplyC = maxSupplyC;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** @return the class's highest facility supply temperature, K (+∞ for W+) */
    public double maxSupplyTempK() {
        return maxSupplyC + 273.15;
    }
}
