package io.liquidtwin.sim.kpi;

/**
 * PUE category of ISO/IEC 30134-2: where the IT energy in the PUE denominator is metered. The further downstream the
 * meter, the more electrical-distribution losses count as facility overhead and the higher (and more honest) the PUE.
 */
public enum PueCategory {

    /** Category 1 (basic): IT energy measured at the UPS output. */
    CATEGORY_1(1, "IT energy measured at the UPS output"),
    /** Category 2 (intermediate): IT energy measured at the PDU output. */
    CATEGORY_2(2, "IT energy measured at the PDU output"),
    /** Category 3 (advanced): IT energy measured at the IT equipment input. */
    CATEGORY_3(3, "IT energy measured at the IT equipment input");

    private final int number;
    private final String description;

    PueCategory(int number, String description) {
        this.number = number;
        this.description = description;
    }

    /** @return the category number of ISO/IEC 30134-2 (1, 2 or 3) */
    public int number() {
        return number;
    }

    /** @return where the IT energy is metered, in a few words */
    public String description() {
        return description;
    }

    /** @return e.g. "ISO/IEC 30134-2 category 3 (IT energy measured at the IT equipment input)" */
    public String label() {
        return "ISO/IEC 30134-2 category " + number + " (" + description + ")";
    }
}
