package org.crediteval.io.result.pdf.internal;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.crediteval.io.result.html.chart.Scene;
import org.crediteval.io.result.html.chart.Shape;
import org.crediteval.io.result.html.chart.Shape.Circle;
import org.crediteval.io.result.html.chart.Shape.Line;
import org.crediteval.io.result.html.chart.Shape.Point;
import org.crediteval.io.result.html.chart.Shape.Polygon;
import org.crediteval.io.result.html.chart.Shape.Rect;
import org.crediteval.io.result.html.chart.Shape.Text;

/** Draws a chart {@link Scene} (pixels, y down) at a place on the page, scaled: the HTML's SVG, in PDF vectors. */
final class SceneDrawer {
    /** Bézier control distance for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private SceneDrawer() {
    }

    /** A path under construction; colours and widths must be set before it starts (PDF forbids them inside). */
    private interface PathBuilder {
        void build() throws IOException;
    }

    /** Draws {@code scene} with its top-left at ({@code left}, {@code top}) from the page's top-left. */
    static void draw(PdfPages pages, Scene scene, float left, float top, float scale) throws IOException {
        PDPageContentStream cs = pages.stream();
        for (Shape shape : scene.shapes()) {
            switch (shape) {
                case Rect r -> paint(cs, r.fill(), 1, r.stroke(), 0.6f * scale, false, true, () -> cs.addRect(
                        x(left, r.x(), scale), PdfPages.pdfY(top + (float) (r.y() + r.height()) * scale),
                        (float) r.width() * scale, (float) r.height() * scale));
                case Line l -> paint(cs, null, 1, l.stroke(), (float) l.strokeWidth() * scale, l.dashed(), false, () -> {
                    cs.moveTo(x(left, l.x1(), scale), y(top, l.y1(), scale));
                    cs.lineTo(x(left, l.x2(), scale), y(top, l.y2(), scale));
                });
                case Polygon p -> {
                    if (p.points().isEmpty()) break;
                    paint(cs, p.fill(), p.fillOpacity(), null, 0, false, true, () -> path(cs, p.points(), true, left, top, scale));
                    paint(cs, null, 1, p.stroke(), (float) p.strokeWidth() * scale, p.dashed(), false,
                            () -> path(cs, p.points(), p.closed(), left, top, scale));
                }
                case Circle c -> paint(cs, c.fill(), 1, c.stroke(), scale, false, true, () -> {
                    float cx = x(left, c.cx(), scale);
                    float cy = y(top, c.cy(), scale);
                    float r = (float) c.r() * scale;
                    float k = r * KAPPA;
                    cs.moveTo(cx + r, cy);
                    cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
                    cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
                    cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
                    cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
                    cs.closePath();
                });
                case Text t -> {
                    float size = (float) t.size() * scale;
                    float w = pages.width(t.text(), size);
                    float x = x(left, t.x(), scale);
                    if (t.anchor() == Shape.Anchor.MIDDLE) x -= w / 2;
                    if (t.anchor() == Shape.Anchor.END) x -= w;
                    pages.text(t.text(), x, top + (float) t.y() * scale, size, PdfPages.rgb(t.color()), t.bold());
                }
            }
        }
    }

    private static void path(PDPageContentStream cs, List<Point> points, boolean close, float left, float top,
            float scale) throws IOException {
        cs.moveTo(x(left, points.get(0).x(), scale), y(top, points.get(0).y(), scale));
        for (int i = 1; i < points.size(); i++) cs.lineTo(x(left, points.get(i).x(), scale), y(top, points.get(i).y(), scale));
        if (close) cs.closePath();
    }

    /** Sets up colours, opacity and dash, builds the path, then fills and/or strokes it; nothing when invisible. */
    private static void paint(PDPageContentStream cs, String fill, double fillOpacity, String stroke, float width,
            boolean dashed, boolean closedShape, PathBuilder path) throws IOException {
        boolean doFill = fill != null && closedShape;
        boolean doStroke = stroke != null && width > 0;
        if (!doFill && !doStroke) return;
        cs.saveGraphicsState();
        if (doFill) {
            float[] c = PdfPages.rgb(fill);
            cs.setNonStrokingColor(c[0], c[1], c[2]);
            if (fillOpacity < 1) {
                PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
                alpha.setNonStrokingAlphaConstant((float) fillOpacity);
                cs.setGraphicsStateParameters(alpha);
            }
        }
        if (doStroke) {
            float[] c = PdfPages.rgb(stroke);
            cs.setStrokingColor(c[0], c[1], c[2]);
            cs.setLineWidth(width);
            if (dashed) cs.setLineDashPattern(new float[] {4 * width / 1.2f, 3 * width / 1.2f}, 0);
        }
        path.build();
        if (doFill && doStroke) cs.fillAndStroke();
        else if (doFill) cs.fill();
        else cs.stroke();
        cs.restoreGraphicsState();
    }

    private static float x(float left, double x, float scale) {
        return left + (float) x * scale;
    }

    private static float y(float top, double y, float scale) {
        return PdfPages.pdfY(top + (float) y * scale);
    }
}
