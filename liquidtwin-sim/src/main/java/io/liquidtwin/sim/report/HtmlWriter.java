package io.liquidtwin.sim.report;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A small builder of well-formed (XML-parsable) HTML5: every element closed, every text escaped, no scripts and no
 * external references. The document it makes is self-contained: styles inline, charts as inline SVG.
 */
final class HtmlWriter {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:2em auto;\
            max-width:960px;padding:0 1em;color:#222;line-height:1.4}
            h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}
            th:first-child,td:first-child,td.text{text-align:left}
            thead th{background:#f2f2f2}
            figure{margin:1em 0}figcaption{font-size:.9em;color:#555}
            svg,img{max-width:100%;height:auto}
            .meta{color:#555}.notes li{margin:.3em 0}
            """;

    private final StringBuilder sb = new StringBuilder(1 << 20);

    /**
     * Starts the document.
     *
     * @param title the page title (escaped)
     */
    HtmlWriter(String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"LiquidTwin\"/>\n")
                .append("<title>").append(Fmt.html(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }

    /** Appends an element with escaped text content; {@code id} may be null. */
    HtmlWriter element(String tag, String id, String text) {
        open(tag, id, null);
        sb.append(Fmt.html(text));
        return close(tag);
    }

    /** Opens an element with an optional id and class (escaped; null to omit). */
    HtmlWriter open(String tag, String id, String cssClass) {
        sb.append('<').append(tag);
        if (id != null) {
            sb.append(" id=\"").append(Fmt.html(id)).append('"');
        }
        if (cssClass != null) {
            sb.append(" class=\"").append(Fmt.html(cssClass)).append('"');
        }
        sb.append('>');
        return this;
    }

    /** Closes an element. */
    HtmlWriter close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    /** Appends escaped text. */
    HtmlWriter text(String text) {
        sb.append(Fmt.html(text));
        return this;
    }

    /** A bulleted list of escaped items (nothing when empty). */
    HtmlWriter list(String cssClass, List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        open("ul", null, cssClass);
        items.forEach(i -> element("li", null, i));
        return close("ul");
    }

    /** A table: {@code header} cells, then each row's cells; the first cell of each row is left-aligned text. */
    HtmlWriter table(String id, List<String> header, List<List<String>> rows) {
        open("table", id, null).open("thead", null, null).open("tr", null, null);
        header.forEach(h -> element("th", null, h));
        close("tr").close("thead").open("tbody", null, null);
        for (List<String> row : rows) {
            open("tr", null, null);
            row.forEach(c -> element("td", null, c));
            close("tr");
        }
        return close("tbody").close("table");
    }

    /**
     * A figure with a stable id holding the chart as inline SVG, or a placeholder SVG with a message when the chart
     * is null.
     */
    HtmlWriter figure(String id, Chart<?, ?> chart, String caption, String placeholder) {
        open("figure", id, "chart");
        sb.append(chart == null ? placeholderSvg(placeholder) : Svg.inline(chart, id)).append('\n');
        if (caption != null) {
            element("figcaption", null, caption);
        }
        return close("figure");
    }

    /** Appends a chart (or a placeholder) without a figure of its own, for groups of charts under one id. */
    HtmlWriter chart(String prefix, Chart<?, ?> chart, String placeholder) {
        sb.append(chart == null ? placeholderSvg(placeholder) : Svg.inline(chart, prefix)).append('\n');
        return this;
    }

    /** @return a small SVG that only says {@code message}, standing in for a chart with nothing to plot */
    static String placeholderSvg(String message) {
        int w = Charts.WIDTH;
        return "<svg role=\"img\" width=\"" + w + "\" height=\"90\" viewBox=\"0 0 " + w + " 90\">"
                + "<rect x=\"0.5\" y=\"0.5\" width=\"" + (w - 1) + "\" height=\"89\" style=\"fill:#fafafa;stroke:#ccc\"/>"
                + "<text x=\"" + w / 2 + "\" y=\"50\" text-anchor=\"middle\" style=\"font:16px sans-serif;fill:#666\">"
                + Fmt.html(message) + "</text></svg>";
    }

    /** Ends the document. @return the whole document */
    String finish() {
        sb.append("<footer class=\"meta\"><p>Generated by LiquidTwin. Tables beside this file: see the CSV files.")
                .append("</p></footer>\n</body>\n</html>\n");
        return sb.toString();
    }
}
