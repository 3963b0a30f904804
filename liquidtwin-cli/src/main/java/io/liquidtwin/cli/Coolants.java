package io.liquidtwin.cli;

import io.liquidtwin.physics.fluid.DielectricCatalogue;
import io.liquidtwin.physics.fluid.Fluid;
import io.liquidtwin.physics.fluid.GlycolWater;
import io.liquidtwin.physics.fluid.Water;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the coolant names users type ({@code water}, {@code PG25}, {@code EG40}, a catalogue id) to fluids. */
final class Coolants {

    private static final Pattern GLYCOL = Pattern.compile("(?i)(PG|EG)(\\d{1,2}(?:\\.\\d+)?)");

    private Coolants() {
    }

    /**
     * @return the fluid named {@code name}
     * @throws IllegalArgumentException naming the valid choices when the name is unknown
     */
    static Fluid resolve(String name) {
        String n = name.trim();
        if (n.equalsIgnoreCase("water")) {
            return Water.iapws();
        }
        Matcher m = GLYCOL.matcher(n);
        if (m.matches()) {
            double fraction = Double.parseDouble(m.group(2)) / 100.0;
            return m.group(1).equalsIgnoreCase("PG") ? GlycolWater.propylene(fraction) : GlycolWater.ethylene(fraction);
        }
        DielectricCatalogue catalogue = DielectricCatalogue.standard();
        String id = n.toLowerCase(Locale.ROOT);
        if (catalogue.ids().contains(id)) {
            return catalogue.fluid(id);
        }
        throw new IllegalArgumentException("unknown coolant '" + name + "'; expected one of: " + String.join(", ",
                names()));
    }

    /** @return the names {@link #resolve} accepts, glycols as patterns */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("water");
        names.add("PG10 … PG60 (propylene glycol, % by mass)");
        names.add("EG10 … EG60 (ethylene glycol, % by mass)");
        names.addAll(DielectricCatalogue.standard().ids());
        return names;
    }
}
