package org.crediteval.io.result.html.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crediteval.io.result.html.chart.Shape.Anchor;
import org.crediteval.io.result.html.chart.Shape.Circle;
import org.crediteval.io.result.html.chart.Shape.Line;
import org.crediteval.io.result.html.chart.Shape.Point;
import org.crediteval.io.result.html.chart.Shape.Polygon;
import org.crediteval.io.result.html.chart.Shape.Rect;
import org.crediteval.io.result.html.chart.Shape.Text;

/**
 * The report's three charts as scenes. Values arrive as doubles for geometry only; every number printed in a chart
 * arrives as ready text from the caller, formatted from exact decimals.
 */
public final class Charts {
    /** Width that fits an A4 portrait page inside 12 mm margins at 96 px per inch (186 mm ≈ 703 px). */
    public static final double PAGE_WIDTH = 700;

    private static final double FONT = 12;
    private static final double SMALL = 10;

    private Charts() {
    }

    /** One bar: a subject's base and bonus, stacked, and the text printed after the bar. */
    public record BarRow(String label, double base, double bonus, String valueLabel) {
    }

    /**
     * Horizontal stacked bars (base, then bonus) on a common scale from 0 to {@code scaleMax}, in the given order,
     * with a dashed line at {@code average}.
     */
    public static Scene totals(List<BarRow> rows, double scaleMax, double average, String averageLabel) {
        List<Shape> s = new ArrayList<>();
        double labelWidth = 40;
        for (BarRow r : rows) labelWidth = Math.max(labelWidth, TextMetrics.width(r.label(), FONT) + 12);
        double left = labelWidth;
        double right = PAGE_WIDTH - 56;
        double top = 40;
        double rowHeight = 20;
        double height = top + rows.size() * rowHeight + 8;
        double scale = scaleMax <= 0 ? 1 : (right - left) / scaleMax;

        // legend
        s.add(new Rect(left, 8, 12, 12, Palette.BASE, null));
        s.add(new Text(left + 16, 18, "基础分", FONT, Anchor.START, Palette.TEXT, false));
        s.add(new Rect(left + 70, 8, 12, 12, Palette.BONUS, null));
        s.add(new Text(left + 86, 18, "附加分", FONT, Anchor.START, Palette.TEXT, false));
        // grid and ticks
        double step = niceStep(scaleMax, 8);
        for (double v = 0; v <= scaleMax + 1e-9; v += step) {
            double x = left + v * scale;
            s.add(new Line(x, top - 4, x, height - 8, Palette.GRID, 0.8, false));
            s.add(new Text(x, top - 7, tick(v), SMALL, Anchor.MIDDLE, Palette.MUTED, false));
        }
        for (int n = 0; n < rows.size(); n++) {
            BarRow r = rows.get(n);
            double y = top + n * rowHeight;
            s.add(new Text(left - 6, y + 14, r.label(), FONT, Anchor.END, Palette.TEXT, false));
            double baseW = Math.max(0, r.base()) * scale;
            double bonusW = Math.max(0, r.bonus()) * scale;
            if (baseW > 0) s.add(new Rect(left, y + 3, baseW, 14, Palette.BASE, null));
            if (bonusW > 0) s.add(new Rect(left + baseW, y + 3, bonusW, 14, Palette.BONUS, null));
            s.add(new Text(left + baseW + bonusW + 4, y + 14, r.valueLabel(), SMALL, Anchor.START, Palette.TEXT, true));
        }
        if (!rows.isEmpty()) {
            double x = left + average * scale;
            s.add(new Line(x, top - 2, x, height - 8, Palette.REFERENCE, 1.2, true));
            s.add(new Text(Math.min(x, right), 18, averageLabel, SMALL, Anchor.END, Palette.MUTED, false));
        }
        return new Scene(PAGE_WIDTH, height, "总分柱状图", s);
    }

    /**
     * A radar of shares (0…1) on {@code axes}, with the {@code reference} shares (e.g. the average of all subjects)
     * as a dashed outline. A null share is drawn at 0.
     */
    public static Scene radar(String title, String subtitle, List<String> axes, List<Double> shares,
            List<Double> reference) {
        double width = 226;
        double height = 214;
        double cx = width / 2;
        double cy = 124;
        double radius = 70;
        int n = axes.size();
        List<Shape> s = new ArrayList<>();
        s.add(new Text(cx, 16, title, FONT + 1, Anchor.MIDDLE, Palette.TEXT, true));
        if (subtitle != null) s.add(new Text(cx, 32, subtitle, SMALL, Anchor.MIDDLE, Palette.MUTED, false));
        for (double ring : new double[] {0.25, 0.5, 0.75, 1.0}) {
            s.add(new Polygon(ring(cx, cy, radius * ring, n), true, null, 0, Palette.GRID, 0.8, false));
        }
        for (int i = 0; i < n; i++) {
            Point end = polar(cx, cy, radius, i, n);
            s.add(new Line(cx, cy, end.x(), end.y(), Palette.GRID, 0.8, false));
            Point label = polar(cx, cy, radius + 12, i, n);
            Anchor anchor = Math.abs(label.x() - cx) < 4 ? Anchor.MIDDLE : label.x() < cx ? Anchor.END : Anchor.START;
            s.add(new Text(label.x(), label.y() + 4, axes.get(i), SMALL, anchor, Palette.MUTED, false));
        }
        if (reference != null && reference.size() == n) {
            s.add(new Polygon(values(cx, cy, radius, reference), true, null, 0, Palette.REFERENCE, 1, true));
        }
        List<Point> points = values(cx, cy, radius, shares);
        s.add(new Polygon(points, true, Palette.SUBJECT, 0.25, Palette.SUBJECT, 1.6, false));
        for (Point p : points) s.add(new Circle(p.x(), p.y(), 2, Palette.SUBJECT, null));
        return new Scene(width, height, title + " 各维度得分率雷达图", s);
    }

    /** One heat-map column: its label and the group it belongs to (the dimension), shown above. */
    public record HeatColumn(String label, String group) {
    }

    /**
     * A grid of shares: rows × columns, each cell coloured by its share (null: no data, grey) and printed with
     * its label; columns grouped under their group's name.
     */
    public static Scene heatmap(List<String> rows, List<HeatColumn> columns, Double[][] shares, String[][] labels) {
        List<Shape> s = new ArrayList<>();
        double labelWidth = 40;
        for (String r : rows) labelWidth = Math.max(labelWidth, TextMetrics.width(r, SMALL + 1) + 10);
        double cell = Math.min(34, (PAGE_WIDTH - labelWidth) / Math.max(1, columns.size()));
        double cellHeight = 17;
        double top = 40;
        double cellFont = Math.min(9, cell / 3.2);
        // dimension bands and column ids
        int start = 0;
        boolean shade = false;
        for (int c = 1; c <= columns.size(); c++) {
            if (c == columns.size() || !columns.get(c).group().equals(columns.get(start).group())) {
                double x = labelWidth + start * cell;
                double w = (c - start) * cell;
                s.add(new Rect(x, 4, w, 16, shade ? "#e8eef5" : "#f5f7fa", null));
                String group = TextMetrics.fit(columns.get(start).group(), SMALL, w - 4);
                s.add(new Text(x + w / 2, 16, group, SMALL, Anchor.MIDDLE, Palette.TEXT, true));
                shade = !shade;
                start = c;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            s.add(new Text(labelWidth + c * cell + cell / 2, top - 6, columns.get(c).label(), Math.min(SMALL, cell / 2.6),
                    Anchor.MIDDLE, Palette.MUTED, false));
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * cellHeight;
            s.add(new Text(labelWidth - 6, y + 12.5, rows.get(r), SMALL + 1, Anchor.END, Palette.TEXT, false));
            for (int c = 0; c < columns.size(); c++) {
                Double share = shares[r][c];
                String fill = share == null ? Palette.NONE : Palette.heat(share);
                double x = labelWidth + c * cell;
                s.add(new Rect(x, y, cell, cellHeight, fill, "#ffffff"));
                String label = labels[r][c];
                if (label != null && !label.isEmpty()) {
                    s.add(new Text(x + cell / 2, y + 12, label, cellFont, Anchor.MIDDLE, Palette.textOn(fill), false));
                }
            }
        }
        // colour scale
        double legendY = top + rows.size() * cellHeight + 14;
        double legendX = labelWidth;
        s.add(new Text(legendX, legendY + 10, "得分率", SMALL, Anchor.START, Palette.TEXT, false));
        double barX = legendX + 44;
        for (int i = 0; i < 20; i++) {
            s.add(new Rect(barX + i * 8, legendY, 8, 12, Palette.heat(i / 19.0), null));
        }
        s.add(new Text(barX, legendY + 24, "0%", SMALL, Anchor.START, Palette.MUTED, false));
        s.add(new Text(barX + 80, legendY + 24, "50%", SMALL, Anchor.MIDDLE, Palette.MUTED, false));
        s.add(new Text(barX + 160, legendY + 24, "100%", SMALL, Anchor.END, Palette.MUTED, false));
        double width = Math.max(labelWidth + columns.size() * cell, barX + 170);
        return new Scene(Math.ceil(width), legendY + 30, "指标得分率热力图", s);
    }

    private static List<Point> ring(double cx, double cy, double r, int n) {
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) points.add(polar(cx, cy, r, i, n));
        return points;
    }

    private static List<Point> values(double cx, double cy, double radius, List<Double> shares) {
        List<Point> points = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            Double v = shares.get(i);
            double share = v == null ? 0 : Math.max(0, Math.min(1, v));
            points.add(polar(cx, cy, radius * share, i, shares.size()));
        }
        return points;
    }

    /** Axis {@code i} of {@code n}, the first pointing up, clockwise. */
    private static Point polar(double cx, double cy, double r, int i, int n) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
        return new Point(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
    }

    /** A round step (1, 2 or 5 × 10^k) giving at most {@code maxTicks} intervals. */
    static double niceStep(double max, int maxTicks) {
        if (max <= 0) return 1;
        double raw = max / maxTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) return m * magnitude;
        }
        return 10 * magnitude;
    }

    private static String tick(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
