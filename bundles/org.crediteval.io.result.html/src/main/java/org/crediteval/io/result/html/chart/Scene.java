package org.crediteval.io.result.html.chart;

import java.util.List;

/**
 * A finished chart: shapes drawn in order (later on top) on a {@code width × height} pixel canvas, y pointing
 * down. {@code title} is the chart's accessible name.
 */
public record Scene(double width, double height, String title, List<Shape> shapes) {
    public Scene {
        shapes = List.copyOf(shapes);
    }
}
