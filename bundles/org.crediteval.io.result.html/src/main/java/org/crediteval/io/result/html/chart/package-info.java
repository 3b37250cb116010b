/**
 * Charts as plain scenes: a {@link org.crediteval.io.result.html.chart.Scene} is a list of rectangles, lines,
 * polygons, circles and texts in pixel coordinates, built by {@link org.crediteval.io.result.html.chart.Charts}
 * (bar chart of totals, radar of dimension percentages, heat map of indicator percentages). The HTML exporter
 * writes a scene as inline SVG ({@link org.crediteval.io.result.html.chart.SvgWriter}); the PDF exporter draws the
 * same scene with its PDF library, so both reports show the same picture.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.io.result.html.chart;
