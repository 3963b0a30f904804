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
        Matcher m = IDS.matcher(s);
        s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + prefix + "-" + r.group(2)));
        s = s.strip();
        if (!s.startsWith("<svg") || s.contains("NaN") || s.contains("Infinity")) {
            throw new IOException("unexpected SVG from the chart renderer");
        }
        return s.replaceFirst("<svg", "<svg role=\"img\"");
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
