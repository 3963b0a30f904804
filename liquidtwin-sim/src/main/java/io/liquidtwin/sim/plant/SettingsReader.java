package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code electrical:} and {@code controls:} sections (everything has a default). */
final class SettingsReader {

    /** Default loading of the electrical chain at design IT power (rated = IT / 0.8); assumed, typical sizing. */
    static final double DESIGN_LOADING = 0.8;

    // Default efficiency curves: assumed typical values (see docs/plant-format.md, "electrical").
    private static final List<EfficiencyPoint> TRANSFORMER = List.of(new EfficiencyPoint(0.25, 0.985),
            new EfficiencyPoint(0.5, 0.99), new EfficiencyPoint(0.75, 0.99), new EfficiencyPoint(1.0, 0.988));
    private static final List<EfficiencyPoint> UPS = List.of(new EfficiencyPoint(0.25, 0.93),
            new EfficiencyPoint(0.5, 0.955), new EfficiencyPoint(0.75, 0.96), new EfficiencyPoint(1.0, 0.96));
    private static final List<EfficiencyPoint> PDU = List.of(new EfficiencyPoint(0.25, 0.985),
            new EfficiencyPoint(0.5, 0.99), new EfficiencyPoint(1.0, 0.99));

    private SettingsReader() {
    }

    /** @return a function from total design IT power (W) to the electrical chain */
    static DoubleFunction<Electrical> electrical(Fields f) {
        if (f == null) {
            return it -> new Electrical(new EfficiencyCurve(it / DESIGN_LOADING, TRANSFORMER),
                    new EfficiencyCurve(it / DESIGN_LOADING, UPS), new EfficiencyCurve(it / DESIGN_LOADING, PDU), 0, 0);
        }
        DoubleFunction<EfficiencyCurve> transformer = curve(f, "transformer", TRANSFORMER);
        DoubleFunction<EfficiencyCurve> ups = curve(f, "ups", UPS);
        DoubleFunction<EfficiencyCurve> pdu = curve(f, "pdu", PDU);
        double lighting = f.number("lightingKw", Unit.KW, Limits.between(0, 1e5), 0);
        double other = f.number("otherLoadsKw", Unit.KW, Limits.between(0, 1e6), 0);
        f.finish();
        return it -> new Electrical(transformer.apply(it), ups.apply(it), pdu.apply(it), lighting, other);
    }

    private static DoubleFunction<EfficiencyCurve> curve(Fields parent, String key, List<EfficiencyPoint> dflt) {
        Fields f = parent.child(key, "ratedKw and efficiency (a number or a list of {loadFraction, efficiency})");
        if (f == null) {
            return it -> new EfficiencyCurve(it / DESIGN_LOADING, dflt);
        }
        double rated = f.optionalNumber("ratedKw", Unit.KW, Limits.positive(1e7));
        List<EfficiencyPoint> points = dflt;
        Fields.Found eff = f.find("efficiency");
        if (eff != null && eff.value() instanceof ScalarNode) {
            double e = f.userNumber(eff, Unit.NONE);
            if (!Double.isNaN(e) && !Limits.EFFICIENCY.contains(e)) {
                f.problems().error(eff.origin(), Fmt.num(e) + " is out of range: expected an efficiency > 0 and ≤ 1");
                f.fail();
            }
            points = List.of(new EfficiencyPoint(1.0, e));
        } else if (eff != null) {
            points = new ArrayList<>();
            double last = 0;
            for (Fields.Found p : f.list(eff, "{loadFraction, efficiency} points")) {
                Fields pf = Fields.of(f.problems(), p.origin(), p.value(), "a point {loadFraction, efficiency}");
                double x = pf.number("loadFraction", Unit.NONE, Limits.positive(2));
                double e = pf.number("efficiency", Unit.NONE, Limits.EFFICIENCY);
                pf.finish();
                if (pf.failed()) {
                    f.fail();
                } else if (x <= last) {
                    f.problems().error(p.origin(), "loadFraction " + Fmt.num(x) + " must be above the previous "
                            + "point's " + Fmt.num(last));
                    f.fail();
                }
                last = Math.max(last, Double.isNaN(x) ? last : x);
                points.add(new EfficiencyPoint(x, e));
            }
            if (points.isEmpty()) {
                f.problems().error(eff.origin(), "give at least one {loadFraction, efficiency} point");
                f.fail();
                points = dflt;
            }
        }
        f.finish();
        List<EfficiencyPoint> pts = List.copyOf(points);
        return it -> new EfficiencyCurve(Double.isNaN(rated) ? it / DESIGN_LOADING : rated, pts);
    }

    /** @return the controller settings, defaults for everything not given */
    static Controls controls(Fields f) {
        if (f == null) {
            return new Controls(15, new PiGains(0.05, 120), new PiGains(0.005e-3, 30), new PiGains(0.005e-3, 30),
                    new PiGains(0.1, 300), 100e3, 1, 2, 300);
        }
        double interval = f.number("controlIntervalS", Unit.SECOND, Limits.positive(3600), 15);
        PiGains cduTemp = pi(f, "cduSupplyTempPi", false, 0.05, 120);
        PiGains cduPump = pi(f, "cduPumpPi", true, 0.005, 30);
        PiGains facilityPump = pi(f, "facilityPumpPi", true, 0.005, 30);
        PiGains rejection = pi(f, "heatRejectionPi", false, 0.1, 300);
        double dp = f.number("facilityDpSetpointKpa", Unit.KPA, Limits.positive(2000), 100);
        double up = f.number("stageUpK", Unit.KELVIN, Limits.positive(20), 1);
        double down = f.number("stageDownK", Unit.KELVIN, Limits.positive(20), 2);
        double delay = f.number("stageDelayS", Unit.SECOND, Limits.between(0, 86_400), 300);
        f.finish();
        return new Controls(interval, cduTemp, cduPump, facilityPump, rejection, dp, up, down, delay);
    }

    private static PiGains pi(Fields parent, String key, boolean pressure, double kp, double ti) {
        String kpKey = pressure ? "kpPerKpa" : "kpPerK";
        Unit unit = pressure ? Unit.PER_KPA : Unit.PER_K;
        Fields f = parent.child(key, kpKey + " and tiS");
        if (f == null) {
            return new PiGains(unit.toSi(kp), ti);
        }
        double p = f.number(kpKey, unit, Limits.positive(100), kp);
        double i = f.number("tiS", Unit.SECOND, Limits.positive(86_400), ti);
        f.finish();
        return new PiGains(p, i);
    }
}
