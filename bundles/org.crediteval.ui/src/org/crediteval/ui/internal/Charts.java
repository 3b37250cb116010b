package org.crediteval.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import org.crediteval.api.score.DimensionResult;
import org.crediteval.api.score.SubjectResult;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The client's charts with JFreeChart, drawn into images that SWT shows: a radar of one subject's dimensions (share
 * of each dimension's maximum, in %) and the dimensions of every subject side by side (points per dimension,
 * stacked to the total). No AWT window is opened: JFreeChart only draws into a {@link BufferedImage}.
 */
public final class Charts {

    private static final Font FONT = cjkFont();

    private Charts() {
    }

    /** Dimension → share of its maximum in % (0…100, 1 decimal), in the result's order; row key is the subject. */
    public static DefaultCategoryDataset radarData(SubjectResult subject) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DimensionResult d : subject.dimensions()) {
            data.addValue(percent(d.score(), d.max()), subject.subject(), label(d));
        }
        return data;
    }

    /** Per subject (column) the points of each dimension (row), in the result's orders. */
    public static DefaultCategoryDataset comparisonData(List<SubjectResult> subjects) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SubjectResult s : subjects) {
            for (DimensionResult d : s.dimensions()) {
                data.addValue(d.score(), label(d), s.subject());
            }
        }
        return data;
    }

    public static JFreeChart radar(SubjectResult subject, String title) {
        SpiderWebPlot plot = new SpiderWebPlot(radarData(subject));
        plot.setMaxValue(100);
        plot.setLabelFont(FONT);
        plot.setSeriesPaint(0, new Color(0x1f77b4));
        plot.setSeriesOutlineStroke(0, new BasicStroke(2f));
        plot.setWebFilled(true);
        plot.setInteriorGap(0.3);
        plot.setLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return shortLabel(String.valueOf(dataset.getColumnKey(column)));
            }
        });
        JFreeChart chart = new JFreeChart(title, FONT.deriveFont(Font.BOLD, 14f), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public static JFreeChart comparison(List<SubjectResult> subjects, String title, String axis) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(FONT);
        NumberAxis points = new NumberAxis(axis);
        points.setLabelFont(FONT);
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        CategoryPlot plot = new CategoryPlot(comparisonData(subjects), categories, points, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, FONT.deriveFont(Font.BOLD, 14f), plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(FONT.deriveFont(11f));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The chart drawn at the given size, as SWT image data. */
    public static ImageData draw(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(Math.max(width, 50), Math.max(height, 50), BufferedImage.TYPE_INT_RGB, null);
        return imageData(image);
    }

    static ImageData imageData(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) row[x] &= 0xFFFFFF;
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }

    /** A spoke's label: the dimension's id and the start of its name ("4 公共信用信…"). */
    static String shortLabel(String label) {
        return label.codePointCount(0, label.length()) <= 7 ? label
                : label.substring(0, label.offsetByCodePoints(0, 6)) + "…";
    }

    private static String label(DimensionResult d) {
        return d.id() + " " + d.name();
    }

    private static double percent(BigDecimal score, BigDecimal max) {
        if (max == null || max.signum() == 0 || score == null) return 0;
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A font that has the Chinese glyphs (WenQuanYi, Noto CJK …) when one is installed, else the logical SansSerif. */
    private static Font cjkFont() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // images only: no AWT toolkit beside SWT
        }
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            return Arrays.stream(names).filter(n -> n.contains("WenQuanYi") || n.contains("Noto Sans CJK")
                    || n.contains("Noto Sans SC") || n.contains("Source Han") || n.contains("Droid Sans Fallback"))
                    .findFirst().map(n -> new Font(n, Font.PLAIN, 12)).orElse(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        } catch (RuntimeException | Error e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
