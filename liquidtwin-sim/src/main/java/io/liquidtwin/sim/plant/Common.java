package io.liquidtwin.sim.plant;

import java.util.Optional;

/** Field groups and ranges shared by several readers. */
final class Common {

    /** Plausible supply-temperature setpoints, °C. */
    static final Limits SETPOINT_C = Limits.between(5, 70);
    /** Plausible liquid temperatures at equipment ratings, °C. */
    static final Limits LIQUID_C = Limits.between(0, 95);
    /** Plausible ambient (dry- or wet-bulb) temperatures, °C. */
    static final Limits AMBIENT_C = Limits.between(-50, 60);
    /** Plausible temperature differences (approaches, ranges), K. */
    static final Limits DELTA_K = new Limits(0, true, 40, false);
    /** Positive powers up to 1 GW, in kW. */
    static final Limits POWER_KW = Limits.positive(1e6);
    /** Positive flows up to 10 m³/s, in L/min. */
    static final Limits FLOW_LPM = Limits.positive(600_000);
    /** Pressure drops and heads, 0…5 MPa, in kPa. */
    static final Limits DP_KPA = Limits.between(0, 5000);
    /** Largest {@code count:} of an expanding item. */
    static final int MAX_COUNT = 10_000;

    private Common() {
    }

    /** @return the optional pipe at key: lengthM, diameterMm, roughnessMm (0.045), minorLossK (0) */
    static Optional<Pipe> pipe(Fields parent, String key) {
        Fields f = parent.child(key, "a pipe: lengthM, diameterMm, roughnessMm, minorLossK");
        if (f == null) {
            return Optional.empty();
        }
        double length = f.number("lengthM", Unit.METRE, Limits.positive(100_000));
        double diameter = f.number("diameterMm", Unit.MM, Limits.between(5, 3000));
        double roughness = f.number("roughnessMm", Unit.MM, Limits.between(0, 10), 0.045);
        double k = f.number("minorLossK", Unit.NONE, Limits.between(0, 10_000), 0);
        if (roughness / diameter > 0.05) {
            f.problems().error(f.originOf("roughnessMm"), "relative roughness " + Fmt.num(roughness / diameter)
                    + " is above 0.05, beyond the friction correlations; check roughnessMm against diameterMm");
            f.fail();
        }
        f.finish();
        return Optional.of(new Pipe(length, diameter, roughness, k));
    }

    /** @return an optional text (description) */
    static String description(Fields f) {
        String d = f.text("description", "");
        return d == null ? "" : d;
    }
}
