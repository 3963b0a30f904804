package io.liquidtwin.physics.fluid;

import com.fasterxml.jackson.databind.JsonNode;
import io.liquidtwin.physics.Range;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a dielectric-fluid catalogue (the YAML schema documented at the top of
 * {@code dielectric-fluids.yaml}) into {@link Fluid} implementations. Every record is validated completely; the first
 * problem found throws a {@link DielectricCatalogueException} naming source, line, fluid id and field.
 */
final class DielectricCatalogueReader {

    private static final double ZERO_CELSIUS_K = 273.15;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Set<String> ROOT_FIELDS = Set.of("catalogueVersion", "fluids");
    private static final List<String> LIQUID_FIELDS = List.of("id", "name", "phase", "notes", "temperatureRangeC",
            "pressureRangeKpa", "densityKgM3", "specificHeatJKgK", "viscosityMpaS", "conductivityWMK");
    private static final List<String> TWO_PHASE_FIELDS = List.of("molarMassGMol", "criticalTemperatureC",
            "criticalPressureKpa", "saturationRangeC", "saturationPressureKpa", "latentHeatKjKg", "surfaceTensionMnM");
    private static final Set<String> RANGE_FIELDS = Set.of("min", "max");
    private static final Set<String> POINT_FIELDS = Set.of("temperatureC", "value");

    private DielectricCatalogueReader() {
    }

    /** @return the catalogue's fluids by id, in file order */
    static Map<String, Fluid> read(byte[] yaml, String source) {
        DielectricYamlDocument doc = DielectricYamlDocument.parse(yaml, source);
        Rec top = new Rec(doc, source, null, "");
        JsonNode root = doc.root();
        if (root == null || !root.isObject()) {
            throw top.error("", "", "the catalogue must be a mapping with a 'fluids' list");
        }
        top.onlyKnown(root, ROOT_FIELDS, "", "/");
        JsonNode version = root.get("catalogueVersion");
        if (version != null && !(version.isIntegralNumber() && version.asInt() == 1)) {
            throw top.error("catalogueVersion", "/catalogueVersion", "only version 1 is understood, got " + version);
        }
        JsonNode fluids = top.required(root, "fluids", "", "");
        if (!fluids.isArray() || fluids.isEmpty()) {
            throw top.error("fluids", "/fluids", "must be a non-empty list of fluid records");
        }
        Map<String, Fluid> out = new LinkedHashMap<>();
        for (int i = 0; i < fluids.size(); i++) {
            Rec rec = new Rec(doc, source, "#" + (i + 1) + " (no id)", "/fluids/" + i);
            Fluid fluid = rec.fluid(fluids.get(i));
            if (out.putIfAbsent(rec.id, fluid) != null) {
                throw rec.error("id", "/id", "duplicate id; ids must be unique within a catalogue");
            }
        }
        return out;
    }

    /** Validation context of one record: where errors point. */
    private static final class Rec {
        private final DielectricYamlDocument doc;
        private final String source;
        private final String base;
        private String id;

        Rec(DielectricYamlDocument doc, String source, String id, String base) {
            this.doc = doc;
            this.source = source;
            this.id = id;
            this.base = base;
        }

        DielectricCatalogueException error(String field, String pointer, String problem) {
            return new DielectricCatalogueException(source, id, field, doc.lineOf(base + pointer), problem, null);
        }

        Fluid fluid(JsonNode node) {
            if (node == null || !node.isObject()) {
                throw error("", "", "a fluid record must be a mapping");
            }
            String rawId = text(node, "id");
            if (!ID.matcher(rawId).matches()) {
                throw error("id", "/id", "must match " + ID.pattern() + ", got '" + rawId + "'");
            }
            id = rawId;
            String name = text(node, "name");
            String phase = text(node, "phase");
            boolean twoPhase = switch (phase) {
                case "two-phase" -> true;
                case "single-phase" -> false;
                default -> throw error("phase", "/phase", "must be single-phase or two-phase, got '" + phase + "'");
            };
            List<String> known = new ArrayList<>(LIQUID_FIELDS);
            if (twoPhase) {
                known.addAll(TWO_PHASE_FIELDS);
            } else {
                for (String f : TWO_PHASE_FIELDS) {
                    if (node.has(f)) {
                        throw error(f, "/" + f, "only applies to two-phase fluids (phase is single-phase)");
                    }
                }
            }
            onlyKnown(node, Set.copyOf(known), "", "/");
            String model = name + " (dielectric catalogue '" + id + "')";
            double[] tRange = range(node, "temperatureRangeC", -ZERO_CELSIUS_K);
            double[] pRange = range(node, "pressureRangeKpa", 0);
            Range temperature = new Range("temperature", k(tRange[0]), k(tRange[1]), "K", model);
            Range pressure = new Range("pressure", pRange[0] * 1e3, pRange[1] * 1e3, "Pa", model);
            DielectricLiquid liquid = new DielectricLiquid(name, temperature, pressure,
                    table(node, "densityKgM3", 1, temperature, true),
                    table(node, "specificHeatJKgK", 1, temperature, true),
                    table(node, "viscosityMpaS", 1e-3, temperature, false),
                    table(node, "conductivityWMK", 1, temperature, true));
            if (!twoPhase) {
                return new DielectricSinglePhaseFluid(id, liquid);
            }
            return new DielectricTwoPhaseFluid(id, liquid, saturation(node, name, tRange));
        }

        private DielectricSaturation saturation(JsonNode node, String name, double[] liquidRangeC) {
            double molarMass = positive(required(node, "molarMassGMol", "", ""), "molarMassGMol", "/molarMassGMol");
            double tcC = number(required(node, "criticalTemperatureC", "", ""), "criticalTemperatureC",
                    "/criticalTemperatureC");
            double pc = positive(required(node, "criticalPressureKpa", "", ""), "criticalPressureKpa",
                    "/criticalPressureKpa");
            double[] sat = range(node, "saturationRangeC", -ZERO_CELSIUS_K);
            if (sat[0] < liquidRangeC[0] || sat[1] > liquidRangeC[1]) {
                throw error("saturationRangeC", "/saturationRangeC", "must lie inside temperatureRangeC ["
                        + fmt(liquidRangeC[0]) + ", " + fmt(liquidRangeC[1]) + "] °C");
            }
            if (!(tcC > sat[1])) {
                throw error("criticalTemperatureC", "/criticalTemperatureC", "must exceed the saturation range's max "
                        + fmt(sat[1]) + " °C, got " + fmt(tcC));
            }
            double tcK = k(tcC);
            double[][] pts = points(node, "saturationPressureKpa", 2, tcC);
            for (int i = 1; i < pts[1].length; i++) {
                if (!(pts[1][i] > pts[1][i - 1])) {
                    throw error("saturationPressureKpa[" + i + "].value", "/saturationPressureKpa/" + i + "/value",
                            "saturation pressure must increase with temperature (non-monotonic points): "
                                    + fmt(pts[1][i]) + " kPa after " + fmt(pts[1][i - 1]) + " kPa");
                }
            }
            double[] tK = new double[pts[0].length];
            double[] pPa = new double[pts[0].length];
            for (int i = 0; i < tK.length; i++) {
                tK[i] = k(pts[0][i]);
                pPa[i] = pts[1][i] * 1e3;
            }
            DielectricAntoineFit fit = DielectricAntoineFit.fit(tK, pPa);
            if (!(fit.b() > 0) || !fit.regularAt(k(sat[0])) || !Double.isFinite(fit.a())) {
                throw error("saturationPressureKpa", "/saturationPressureKpa",
                        "the points cannot be fitted with ln p = A - B/(T + C) increasing over saturationRangeC");
            }
            String model = name + " (dielectric catalogue '" + id + "', saturation)";
            Range satT = new Range("saturation temperature", k(sat[0]), k(sat[1]), "K", model);
            Range satP = new Range("saturation pressure", fit.pressurePa(satT.min()), fit.pressurePa(satT.max()),
                    "Pa", model);
            double[][] latent = points(node, "latentHeatKjKg", 0, tcC);
            double[][] sigma = points(node, "surfaceTensionMnM", 1, tcC);
            double[] sigmaTK = new double[sigma[0].length];
            double[] sigmaNM = new double[sigma[0].length];
            for (int i = 0; i < sigmaTK.length; i++) {
                sigmaTK[i] = k(sigma[0][i]);
                sigmaNM[i] = sigma[1][i] * 1e-3;
            }
            return new DielectricSaturation(satT, satP, fit, k(latent[0][0]), latent[1][0] * 1e3, tcK, pc * 1e3,
                    molarMass * 1e-3, DielectricSaturation.fitSigma0(sigmaTK, sigmaNM, tcK));
        }

        /** A property table; checks that the extended end segments stay positive over the declared range. */
        private DielectricTable table(JsonNode node, String name, double scale, Range range, boolean linear) {
            double[][] pts = points(node, name, 2, Double.POSITIVE_INFINITY);
            double[] tK = new double[pts[0].length];
            double[] v = new double[pts[0].length];
            for (int i = 0; i < tK.length; i++) {
                tK[i] = k(pts[0][i]);
                v[i] = pts[1][i] * scale;
            }
            DielectricTable table = new DielectricTable(tK, v);
            for (double end : new double[] {range.min(), range.max()}) {
                double at = linear ? table.linear(end) : table.andrade(end);
                if (!(at > 0) || !Double.isFinite(at)) {
                    throw error(name, "/" + name, "extended to " + fmt(end - ZERO_CELSIUS_K)
                            + " °C (temperatureRangeC) the value is " + fmt(at / scale)
                            + "; add a point there or narrow the range");
                }
            }
            return table;
        }

        /**
         * Points {temperatureC, value}: minCount 0 means a single point object instead of a list. Values positive,
         * temperatures strictly increasing and below maxC.
         */
        private double[][] points(JsonNode node, String name, int minCount, double maxC) {
            JsonNode list = required(node, name, "", "");
            if (minCount == 0) {
                double[] p = point(list, name, "/" + name, maxC);
                return new double[][] {{p[0]}, {p[1]}};
            }
            if (!list.isArray() || list.size() < minCount) {
                throw error(name, "/" + name, "must be a list of at least " + minCount
                        + " points {temperatureC, value}, got " + (list.isArray() ? list.size() + " point(s)" : list));
            }
            double[][] out = new double[2][list.size()];
            for (int i = 0; i < list.size(); i++) {
                double[] p = point(list.get(i), name + "[" + i + "]", "/" + name + "/" + i, maxC);
                if (i > 0 && !(p[0] > out[0][i - 1])) {
                    throw error(name + "[" + i + "].temperatureC", "/" + name + "/" + i + "/temperatureC",
                            "temperatures must increase strictly (non-monotonic points): " + fmt(p[0])
                                    + " °C after " + fmt(out[0][i - 1]) + " °C");
                }
                out[0][i] = p[0];
                out[1][i] = p[1];
            }
            return out;
        }

        private double[] point(JsonNode p, String field, String ptr, double maxC) {
            if (!p.isObject()) {
                throw error(field, ptr, "must be a mapping {temperatureC, value}");
            }
            onlyKnown(p, POINT_FIELDS, field + ".", ptr + "/");
            double t = number(required(p, "temperatureC", field + ".", ptr + "/"), field + ".temperatureC",
                    ptr + "/temperatureC");
            if (!(t > -ZERO_CELSIUS_K) || !(t < maxC)) {
                throw error(field + ".temperatureC", ptr + "/temperatureC", "must be above absolute zero"
                        + (maxC < Double.POSITIVE_INFINITY ? " and below the critical temperature " + fmt(maxC)
                        + " °C" : "") + ", got " + fmt(t));
            }
            double v = positive(required(p, "value", field + ".", ptr + "/"), field + ".value", ptr + "/value");
            return new double[] {t, v};
        }

        /** A {min, max} range with min &lt; max and min above lowest. */
        private double[] range(JsonNode node, String name, double lowest) {
            JsonNode r = required(node, name, "", "");
            if (!r.isObject()) {
                throw error(name, "/" + name, "must be a mapping {min, max}");
            }
            onlyKnown(r, RANGE_FIELDS, name + ".", "/" + name + "/");
            double min = number(required(r, "min", name + ".", "/" + name + "/"), name + ".min", "/" + name + "/min");
            double max = number(required(r, "max", name + ".", "/" + name + "/"), name + ".max", "/" + name + "/max");
            if (!(min > lowest)) {
                throw error(name + ".min", "/" + name + "/min", "must be > " + fmt(lowest) + ", got " + fmt(min));
            }
            if (!(min < max)) {
                throw error(name, "/" + name, "min must be < max, got min " + fmt(min) + " >= max " + fmt(max));
            }
            return new double[] {min, max};
        }

        JsonNode required(JsonNode obj, String name, String fieldPrefix, String ptrPrefix) {
            JsonNode n = obj.get(name);
            if (n == null || n.isNull()) {
                throw error(fieldPrefix + name, ptrPrefix.isEmpty() ? "" : ptrPrefix.substring(0,
                        ptrPrefix.length() - 1), "missing (required)");
            }
            return n;
        }

        private String text(JsonNode obj, String name) {
            JsonNode n = required(obj, name, "", "");
            if (!n.isTextual() || n.asText().isBlank()) {
                throw error(name, "/" + name, "must be a non-empty string, got " + n);
            }
            return n.asText().strip();
        }

        private double number(JsonNode n, String field, String ptr) {
            if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
                throw error(field, ptr, "must be a finite number, got " + n);
            }
            return n.asDouble();
        }

        private double positive(JsonNode n, String field, String ptr) {
            double v = number(n, field, ptr);
            if (!(v > 0)) {
                throw error(field, ptr, "must be a positive number, got " + fmt(v));
            }
            return v;
        }

        void onlyKnown(JsonNode obj, Set<String> known, String fieldPrefix, String ptrPrefix) {
            for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!known.contains(f)) {
                    throw error(fieldPrefix + f, ptrPrefix + f, "unknown field; known fields: "
                            + known.stream().sorted().toList());
                }
            }
        }
    }

    private static double k(double celsius) {
        return celsius + ZERO_CELSIUS_K;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
                .replaceAll("\\.(e|$)", "$1");
    }
}
