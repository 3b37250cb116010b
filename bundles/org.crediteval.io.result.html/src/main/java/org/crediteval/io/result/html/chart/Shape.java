package org.crediteval.io.result.html.chart;

import java.util.List;

/**
 * What a scene is made of. Colours are {@code #rrggbb} or null for none. Coordinates are pixels, y down; a text's
 * {@code y} is its baseline.
 */
public sealed interface Shape {

    record Rect(double x, double y, double width, double height, String fill, String stroke) implements Shape {
    }

    record Line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, boolean dashed)
            implements Shape {
    }

    /** A polygon ({@code closed}) or a polyline; {@code fillOpacity} applies to {@code fill}. */
    record Polygon(List<Point> points, boolean closed, String fill, double fillOpacity, String stroke,
            double strokeWidth, boolean dashed) implements Shape {
        public Polygon {
            points = List.copyOf(points);
        }
    }

    record Circle(double cx, double cy, double r, String fill, String stroke) implements Shape {
    }

    record Text(double x, double y, String text, double size, Anchor anchor, String color, boolean bold)
            implements Shape {
    }

    record Point(double x, double y) {
    }

    enum Anchor { START, MIDDLE, END }
}
