package io.liquidtwin.sim.plant;

import io.liquidtwin.physics.OutOfRangeException;
import io.liquidtwin.physics.fluid.DielectricCatalogue;
import io.liquidtwin.physics.fluid.FluidProperties;
import io.liquidtwin.physics.fluid.Glycol;
import io.liquidtwin.physics.fluid.GlycolWater;
import io.liquidtwin.physics.fluid.Water;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code loops:} items and the {@code site:} section. */
final class LoopReader {

    private static final Pattern GLYCOL = Pattern.compile("(PG|EG)(\\d{1,2})", Pattern.CASE_INSENSITIVE);

    private LoopReader() {
    }

    /** @return the loop's template (its values read once, copied per group instance) */
    static Template<LoopInfo> read(Fields.Found item, Problems problems, double atmosphericPa) {
        Fields f = Fields.of(problems, item.origin(), item.value(), "a loop with at least id, kind and "
                + "supplyTempSetpointC");
        Fields.Ref idRef = f.ref("id");
        LoopKind kind = f.choice("kind", LoopKind.values(), null);
        String description = Common.description(f);
        Coolant coolant = coolant(f);
        double supply = f.number("supplyTempSetpointC", Unit.CELSIUS, Common.SETPOINT_C);
        if (kind == LoopKind.TECHNOLOGY && f.has("designDeltaTK")) {
            problems.error(f.originOf("designDeltaTK"), "designDeltaTK applies to facility loops only; a technology "
                    + "loop's flow is the sum of its consumers' design flows");
            f.fail();
        }
        double deltaT = f.number("designDeltaTK", Unit.KELVIN, Limits.between(2, 30), 10);
        double gauge = f.number("staticPressureKpaGauge", Unit.KPA, Limits.between(0, 2000), 200);
        AshraeClass cls = f.has("ashraeClass") ? f.choice("ashraeClass", AshraeClass.values(), null) : null;
        Optional<Pipe> header = Common.pipe(f, "header");
        List<Fields.Ref> order = new ArrayList<>();
        for (Fields.Found e : f.list("heatRejectionOrder", "equipment ids")) {
            Fields.Ref r = f.ref(e);
            if (r != null) {
                order.add(r);
            }
        }
        if (kind == LoopKind.TECHNOLOGY && f.has("heatRejectionOrder")) {
            problems.error(f.originOf("heatRejectionOrder"), "heatRejectionOrder applies to facility loops only");
            f.fail();
        }
        if (cls != null && supply > cls.maxSupplyTempK()) {
            problems.error(f.originOf("supplyTempSetpointC"), "supply setpoint " + Fmt.celsius(supply) + " is above "
                    + "the " + cls.yamlName() + " class limit of " + Fmt.celsius(cls.maxSupplyTempK()));
            f.fail();
        }
        double staticPa = atmosphericPa + gauge;
        FluidProperties props = null;
        if (coolant != null && !Double.isNaN(supply) && !Double.isNaN(gauge)) {
            try {
                props = coolant.fluid().properties(supply, staticPa);
            } catch (OutOfRangeException e) {
                problems.error(f.originOf("supplyTempSetpointC"), "coolant " + coolant.id() + " cannot be used at "
                        + Fmt.celsius(supply) + " and " + Fmt.kpa(staticPa) + " absolute: " + e.getMessage());
                f.fail();
            }
        }
        f.finish();
        FluidProperties p = props;
        Template.Factory<LoopInfo> factory = (id, r) -> new LoopInfo(new Loop(id, kind, coolant, supply,
                kind == LoopKind.FACILITY ? deltaT : 0, staticPa, Optional.ofNullable(cls), header, List.of(),
                description), p.densityKgM3(), p.specificHeatJKgK(), p.viscosityPaS());
        Template<LoopInfo> t = new Template<>(null, idRef == null ? null : idRef.name(), 1, item.origin(),
                idRef == null ? item.origin() : idRef.origin(), List.of(), List.copyOf(order), factory);
        return f.failed() || p == null ? t.broken() : t;
    }

    /** @return the loop's coolant (default water), or null after an error */
    private static Coolant coolant(Fields f) {
        Fields.Found found = f.find("coolant");
        if (found == null) {
            return new Coolant("water", Water.iapws());
        }
        String name = f.text(found);
        if (name == null) {
            return null;
        }
        String n = name.trim();
        if (n.equalsIgnoreCase("water")) {
            return new Coolant("water", Water.iapws());
        }
        Matcher m = GLYCOL.matcher(n);
        if (m.matches()) {
            Glycol g = m.group(1).equalsIgnoreCase("PG") ? Glycol.PROPYLENE : Glycol.ETHYLENE;
            double x = Integer.parseInt(m.group(2)) / 100.0;
            if (!GlycolWater.massFractionRange(g).contains(x)) {
                f.problems().error(found.origin(), g.abbreviation() + m.group(2) + ": " + g.description()
                        + " mass fraction " + m.group(2) + " % is outside the modelled 10–60 %");
                f.fail();
                return null;
            }
            return new Coolant(g.abbreviation() + m.group(2), GlycolWater.of(g, x));
        }
        DielectricCatalogue cat = DielectricCatalogue.standard();
        if (cat.contains(n)) {
            if (cat.isTwoPhase(n)) {
                f.problems().error(found.origin(), "'" + n + "' is a two-phase fluid: it boils inside "
                        + "twoPhaseTanks (their 'fluid'); a loop carries a liquid (water, PGnn, EGnn or a "
                        + "single-phase dielectric)");
                f.fail();
                return null;
            }
            return new Coolant(n, cat.fluid(n));
        }
        List<String> known = new ArrayList<>(List.of("water", "PG25", "EG25"));
        cat.ids().stream().filter(id -> !cat.isTwoPhase(id)).forEach(known::add);
        f.problems().error(found.origin(), "unknown coolant '" + Fields.shorten(n) + "'"
                + Fmt.didYouMean(n.toLowerCase(Locale.ROOT), known) + "; expected water, PGnn or EGnn (glycol mass "
                + "percent 10–60, e.g. PG25) or a single-phase dielectric: "
                + String.join(", ", known.subList(3, known.size())));
        f.fail();
        return null;
    }

    /** @return the site, if the section is given (errors recorded otherwise) */
    static Optional<Site> site(Fields f) {
        if (f == null) {
            return Optional.empty();
        }
        String name = f.text("name", "");
        double db = f.number("designDryBulbC", Unit.CELSIUS, Common.AMBIENT_C);
        double wb = f.number("designWetBulbC", Unit.CELSIUS, Common.AMBIENT_C);
        double alt = f.number("altitudeM", Unit.METRE, Limits.between(-500, 5000), 0);
        String weather = f.has("weather") ? f.text("weather", "") : null;
        if (wb > db) {
            f.problems().error(f.originOf("designWetBulbC"), "design wet-bulb " + Fmt.celsius(wb)
                    + " cannot be above the design dry-bulb " + Fmt.celsius(db));
            f.fail();
        }
        f.finish();
        return f.failed() ? Optional.empty() : Optional.of(new Site(name == null ? "" : name, db, wb, alt,
                Optional.ofNullable(weather).map(String::trim).filter(w -> !w.isEmpty())));
    }
}
