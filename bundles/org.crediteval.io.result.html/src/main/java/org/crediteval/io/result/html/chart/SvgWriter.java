package org.crediteval.io.result.html.chart;

import java.util.Locale;
import org.crediteval.io.result.html.chart.Shape.Circle;
import org.crediteval.io.result.html.chart.Shape.Line;
import org.crediteval.io.result.html.chart.Shape.Point;
import org.crediteval.io.result.html.chart.Shape.Polygon;
import org.crediteval.io.result.html.chart.Shape.Rect;
import org.crediteval.io.result.html.chart.Shape.Text;

/**
 * A scene as inline SVG for an HTML5 document. No namespace declaration (the HTML parser puts {@code <svg>} in the
 * SVG namespace itself), so the file holds no URL at all; no script, no external reference.
 */
public final class SvgWriter {
    private SvgWriter() {
    }

    public static String svg(Scene scene) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<svg class=\"chart\" viewBox=\"0 0 ").append(n(scene.width())).append(' ').append(n(scene.height()))
                .append("\" width=\"").append(n(scene.width())).append("\" height=\"").append(n(scene.height()))
                .append("\" role=\"img\" aria-label=\"").append(escape(scene.title())).append("\">");
        for (Shape shape : scene.shapes()) {
            switch (shape) {
                case Rect r -> {
                    b.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                            .append(n(r.width())).append("\" height=\"").append(n(r.height())).append('"');
                    paint(b, r.fill(), 1, r.stroke(), r.stroke() == null ? 0 : 0.6, false);
                    b.append("/>");
                }
                case Line l -> {
                    b.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1())).append("\" x2=\"")
                            .append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append('"');
                    paint(b, null, 1, l.stroke(), l.strokeWidth(), l.dashed());
                    b.append("/>");
                }
                case Polygon p -> {
                    b.append(p.closed() ? "<polygon" : "<polyline").append(" points=\"");
                    for (int i = 0; i < p.points().size(); i++) {
                        Point pt = p.points().get(i);
                        if (i > 0) b.append(' ');
                        b.append(n(pt.x())).append(',').append(n(pt.y()));
                    }
                    b.append('"');
                    paint(b, p.fill(), p.fillOpacity(), p.stroke(), p.strokeWidth(), p.dashed());
                    b.append("/>");
                }
                case Circle c -> {
                    b.append("<circle cx=\"").append(n(c.cx())).append("\" cy=\"").append(n(c.cy())).append("\" r=\"")
                            .append(n(c.r())).append('"');
                    paint(b, c.fill(), 1, c.stroke(), c.stroke() == null ? 0 : 1, false);
                    b.append("/>");
                }
                case Text t -> {
                    b.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y())).append("\" font-size=\"")
                            .append(n(t.size())).append('"');
                    if (t.anchor() == Shape.Anchor.MIDDLE) b.append(" text-anchor=\"middle\"");
                    if (t.anchor() == Shape.Anchor.END) b.append(" text-anchor=\"end\"");
                    if (t.bold()) b.append(" font-weight=\"bold\"");
                    b.append(" fill=\"").append(t.color() == null ? Palette.TEXT : t.color()).append("\">")
                            .append(escape(t.text())).append("</text>");
                }
            }
        }
        return b.append("</svg>").toString();
    }

    private static void paint(StringBuilder b, String fill, double fillOpacity, String stroke, double strokeWidth,
            boolean dashed) {
        b.append(" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (fill != null && fillOpacity < 1) b.append(" fill-opacity=\"").append(n(fillOpacity)).append('"');
        if (stroke != null && strokeWidth > 0) {
            b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
            if (dashed) b.append(" stroke-dasharray=\"4 3\"");
        }
    }

    /** Coordinates with at most two decimals; geometry only, never a score. */
    static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Text for element content and attribute values. */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters have no place in HTML text; keep tab and line breaks
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') b.append('\uFFFD');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
