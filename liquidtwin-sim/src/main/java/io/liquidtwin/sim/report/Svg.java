package io.liquidtwin.sim.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders an XChart chart as markup to inline in the report: an {@code <svg>} element (VectorGraphics2D, the library
 * XChart's own vector encoder uses) or, if that fails, an {@code <img>} with a base64 PNG data URI.
 */
final class Svg {

    private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>|<!DOCTYPE[^>]*>");
    private static final Pattern NAMESPACES = Pattern.compile("\\s+xmlns(:xlink)?=\"[^\"]*\"");
    private static final Pattern LONG_DECIMALS = Pattern.compile("(\\d\\.\\d{2})\\d+");
    private static final Pattern IDS = Pattern.compile("(id=\"|url\\(#|href=\"#)([A-Za-z_][\\w.-]*)");
    private static final Pattern PATH_DATA = Pattern.compile(" d=\"[^\"]*\"");
    private static final Pattern ONE_DECIMAL = Pattern.compile("(\\d\\.\\d)\\d+");
    private static final Pattern LINE = Pattern.compile(
            "<line style=\"([^\"]*)\" x1=\"([^\"]*)\" x2=\"([^\"]*)\" y1=\"([^\"]*)\" y2=\"([^\"]*)\"/>");

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Svg() {
    }

    /** Makes sure AWT will start headless unless the caller chose otherwise; call before any chart is built. */
    static void ensureHeadless() {
        // the static initialiser does the work
    }

    /**
     * @param chart  the chart
     * @param prefix prefix for the ids inside the SVG (clip paths), unique in the document
     * @return an {@code <svg>} element, or an {@code <img>} element if vector rendering failed
     */
    static String inline(Chart<?, ?> chart, String prefix) {
        try {
            return svg(chart, prefix);
        } catch (RuntimeException | IOException | LinkageError e) {
            return png(chart);
        }
    }

    static String svg(Chart<?, ?> chart, String prefix) throws IOException {
        int w = chart.getWidth();
        int h = chart.getHeight();
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g, w, h);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, w, h)).writeTo(out);
        String s = out.toString(StandardCharsets.UTF_8);
        s = PROLOG.matcher(s).replaceAll("");
        s = NAMESPACES.matcher(s).replaceAll("");
        s = LONG_DECIMALS.matcher(s).replaceAll("$1");
        s = PATH_DATA.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
                ONE_DECIMAL.matcher(r.group()).replaceAll("$1")));
        s = polylines(s);
        Matcher m = IDS.matcher(s);
        s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + prefix + "-" + r.group(2)));
        s = s.strip();
        if (!s.startsWith("<svg") || s.contains("NaN") || s.contains("Infinity")) {
            throw new IOException("unexpected SVG from the chart renderer");
        }
        return s.replaceFirst("<svg", "<svg role=\"img\"");
    }

    /**
     * Joins runs of {@code <line>} elements (XChart draws a series one segment at a time) that share a style and
     * continue where the previous one ended into one {@code <polyline>}; the picture is unchanged, the file ~6× smaller.
     */
    static String polylines(String svg) {
        Matcher m = LINE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        StringBuilder points = new StringBuilder();
        String style = null;
        String endX = null;
        String endY = null;
        int last = 0;
        int segments = 0;
        while (m.find()) {
            boolean adjacent = style != null && svg.substring(last, m.start()).isBlank();
            if (adjacent && style.equals(m.group(1)) && endX.equals(m.group(2)) && endY.equals(m.group(4))) {
                points.append(' ').append(m.group(3)).append(',').append(m.group(5));
                segments++;
            } else {
                flush(out, style, points, segments);
                out.append(svg, last, m.start());
                style = m.group(1);
                points.setLength(0);
                points.append(m.group(2)).append(',').append(m.group(4)).append(' ').append(m.group(3)).append(',')
                        .append(m.group(5));
                segments = 1;
            }
            endX = m.group(3);
            endY = m.group(5);
            last = m.end();
        }
        flush(out, style, points, segments);
        return out.append(svg, last, svg.length()).toString();
    }

    private static void flush(StringBuilder out, String style, StringBuilder points, int segments) {
        if (style == null) {
            return;
        }
        if (segments == 1) {
            String[] p = points.toString().split("[ ,]");
            out.append("<line style=\"").append(style).append("\" x1=\"").append(p[0]).append("\" x2=\"").append(p[2])
                    .append("\" y1=\"").append(p[1]).append("\" y2=\"").append(p[3]).append("\"/>");
        } else {
            out.append("<polyline style=\"").append(style).append("\" points=\"").append(points).append("\"/>");
        }
    }

    static String png(Chart<?, ?> chart) {
        BufferedImage img = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a chart as PNG", e);
        }
        return "<img alt=\"" + Fmt.html(chart.getTitle()) + "\" width=\"" + chart.getWidth() + "\" height=\""
                + chart.getHeight() + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(out.toByteArray()) + "\"/>";
    }
}
