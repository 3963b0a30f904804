package io.liquidtwin.server.web.schematic;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Schematic} as a standalone SVG document. Every unit is a
 * {@code <g class="unit" data-unit data-kind>} with a {@code <title>}; every live value is a
 * {@code <text class="value" data-channel data-unit>} holding "–" (or, given readings, the formatted value). Groups
 * carry {@code data-count} and {@code data-members}; aggregated values carry {@code data-agg} and
 * {@code data-channels} (space-separated).
 */
final class SvgWriter {

    static final String PLACEHOLDER = "–";
    private static final String STYLE = """
            .schematic{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:11px}
            .schematic .body{fill:#ffffff;stroke:#52606d;stroke-width:1.2}
            .schematic [data-kind=loop] .body{fill:#eef4fb;stroke:#3e7cb1}
            .schematic [data-kind=cdu] .body{fill:#f3f0fa}
            .schematic [data-kind=tank] .body,.schematic [data-kind=rack] .body{fill:#fdf6ec}
            .schematic [data-kind=dry-cooler] .body,.schematic [data-kind=tower] .body,
            .schematic [data-kind=chiller] .body,.schematic [data-kind=heat-reuse] .body{fill:#ecf8f1}
            .schematic .name{font-weight:600;font-size:12px;fill:#1f2933}
            .schematic .label,.schematic .unit-label{fill:#616e7c}
            .schematic .value{font-weight:600;fill:#102a43;text-anchor:end}
            .schematic .badge rect{fill:#3e7cb1}
            .schematic .badge text{fill:#ffffff;font-weight:700;text-anchor:middle}
            .schematic .pipe{fill:none;stroke-width:3}
            .schematic .pipe.facility{stroke:#2f80ed}
            .schematic .pipe.technology{stroke:#f2994a}
            .schematic .plant-name{font-size:16px;font-weight:700;fill:#1f2933}
            """;

    private SvgWriter() {
    }

    /**
     * @param readings channel readings to fill in, or null to leave every value as "–"
     */
    static String write(Schematic s, Map<String, Double> readings) {
        StringBuilder b = new StringBuilder(16_384 + s.units().size() * 1_024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"schematic\" width=\"").append(s.width())
                .append("\" height=\"").append(s.height()).append("\" viewBox=\"0 0 ").append(s.width()).append(' ')
                .append(s.height()).append("\" data-plant=\"").append(Xml.escape(s.plant())).append("\">\n");
        b.append("<title>").append(Xml.escape("Plant " + s.plant())).append("</title>\n");
        b.append("<style>\n").append(STYLE).append("</style>\n");
        header(b, s, readings);
        b.append("<g class=\"pipes\">\n");
        for (Pipe p : s.pipes()) {
            b.append("<polyline class=\"pipe ").append(p.facility() ? "facility" : "technology")
                    .append("\" data-loop=\"").append(Xml.escape(p.loopId())).append("\" points=\"");
            List<Integer> pts = p.points();
            for (int i = 0; i < pts.size(); i += 2) {
                b.append(i == 0 ? "" : " ").append(pts.get(i)).append(',').append(pts.get(i + 1));
            }
            b.append("\"/>\n");
        }
        b.append("</g>\n<g class=\"units\">\n");
        for (Box u : s.units()) {
            unit(b, u, readings);
        }
        b.append("</g>\n</svg>\n");
        return b.toString();
    }

    private static void header(StringBuilder b, Schematic s, Map<String, Double> readings) {
        b.append("<g class=\"header\">\n<text class=\"plant-name\" x=\"").append(Layout.HR_X).append("\" y=\"30\">")
                .append(Xml.escape(s.plant())).append("</text>\n");
        int x = Layout.CDU_X;
        for (Slot slot : s.plantValues()) {
            b.append("<text class=\"label\" x=\"").append(x).append("\" y=\"30\">").append(Xml.escape(slot.label()))
                    .append("</text>\n");
            value(b, slot, x + 110, 30, readings);
            b.append("<text class=\"unit-label\" x=\"").append(x + 114).append("\" y=\"30\">")
                    .append(Xml.escape(slot.unit())).append("</text>\n");
            x += 180;
        }
        b.append("</g>\n");
    }

    private static void unit(StringBuilder b, Box u, Map<String, Double> readings) {
        b.append("<g class=\"unit\" data-unit=\"").append(Xml.escape(u.id())).append("\" data-kind=\"")
                .append(u.kind().attribute()).append("\" data-loop=\"").append(Xml.escape(u.loopId())).append('"');
        if (u.group()) {
            b.append(" data-count=\"").append(u.members().size()).append("\" data-members=\"")
                    .append(Xml.escape(String.join(" ", u.members()))).append('"');
        }
        b.append(">\n<title>").append(Xml.escape(u.title())).append("</title>\n");
        b.append("<rect class=\"body\" x=\"").append(u.x()).append("\" y=\"").append(u.y()).append("\" width=\"")
                .append(u.w()).append("\" height=\"").append(u.h()).append("\" rx=\"6\"/>\n");
        b.append("<text class=\"name\" x=\"").append(u.x() + 8).append("\" y=\"").append(u.y() + 17).append("\">")
                .append(Xml.escape(u.label())).append("</text>\n");
        if (u.group()) {
            int bw = Layout.badgeWidth(u.members().size());
            int bx = u.x() + u.w() - bw - 6;
            b.append("<g class=\"badge\"><rect x=\"").append(bx).append("\" y=\"").append(u.y() + 5)
                    .append("\" width=\"").append(bw).append("\" height=\"16\" rx=\"8\"/>")
                    .append("<text text-anchor=\"middle\" x=\"")
                    .append(bx + bw / 2).append("\" y=\"").append(u.y() + 17).append("\">").append(u.members().size())
                    .append("×</text></g>\n");
        }
        int y = u.y() + 34;
        for (Slot slot : u.slots()) {
            b.append("<text class=\"label\" x=\"").append(u.x() + 8).append("\" y=\"").append(y).append("\">")
                    .append(Xml.escape(slot.label())).append("</text>\n");
            int right = u.x() + u.w() - 36;
            value(b, slot, right, y, readings);
            b.append("<text class=\"unit-label\" x=\"").append(right + 4).append("\" y=\"").append(y).append("\">")
                    .append(Xml.escape(slot.unit())).append("</text>\n");
            y += 15;
        }
        b.append("</g>\n");
    }

    private static void value(StringBuilder b, Slot slot, int x, int y, Map<String, Double> readings) {
        b.append("<text class=\"value\" text-anchor=\"end\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" data-channel=\"")
                .append(Xml.escape(slot.channel())).append("\" data-unit=\"").append(Xml.escape(slot.unit()))
                .append('"');
        if (slot.aggregate() != Aggregate.NONE) {
            b.append(" data-agg=\"").append(slot.aggregate().attribute()).append("\" data-channels=\"")
                    .append(Xml.escape(String.join(" ", slot.channels()))).append('"');
        }
        b.append('>').append(readings == null ? PLACEHOLDER : format(slot.aggregate().apply(slot.channels(),
                readings))).append("</text>\n");
    }

    /** @return a reading for display: 3 significant-ish digits, "–" when missing */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return PLACEHOLDER;
        }
        double a = Math.abs(v);
        if (a < 0.005) {
            return "0.00"; // and never "-0.00"
        }
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
