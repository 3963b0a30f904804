package io.liquidtwin.physics.fluid;

/** The glycols LiquidTwin models in aqueous solution ({@link GlycolWater}). */
public enum Glycol {

    /** Propylene glycol (1,2-propanediol, "MPG"): the low-toxicity glycol usual in data-centre loops. */
    PROPYLENE("PG", "propylene glycol", GlycolMelinderFit.PROPYLENE),

    /** Ethylene glycol (1,2-ethanediol, "MEG"). */
    ETHYLENE("EG", "ethylene glycol", GlycolMelinderFit.ETHYLENE);

    private final String abbreviation;
    private final String description;
    private final GlycolMelinderFit fit;

    Glycol(String abbreviation, String description, GlycolMelinderFit fit) {
        this.abbreviation = abbreviation;
        this.description = description;
        this.fit = fit;
    }

    /** @return the prefix of solution names, {@code "PG"} or {@code "EG"} */
    public String abbreviation() {
        return abbreviation;
    }

    /** @return the glycol's name in words, e.g. {@code "propylene glycol"} */
    public String description() {
        return description;
    }

    GlycolMelinderFit fit() {
        return fit;
    }
}
