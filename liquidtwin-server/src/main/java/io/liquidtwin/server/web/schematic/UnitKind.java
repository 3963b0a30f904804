package io.liquidtwin.server.web.schematic;

/** What a schematic unit shows; {@link #attribute()} is its {@code data-kind}. */
public enum UnitKind {
    CDU("cdu"),
    TANK("tank"),
    RACK("rack"),
    LOOP("loop"),
    DRY_COOLER("dry-cooler"),
    TOWER("tower"),
    CHILLER("chiller"),
    HEAT_REUSE("heat-reuse"),
    PUMP("pump");

    private final String attribute;

    UnitKind(String attribute) {
        this.attribute = attribute;
    }

    /** @return the {@code data-kind} value, e.g. {@code "dry-cooler"} */
    public String attribute() {
        return attribute;
    }
}
