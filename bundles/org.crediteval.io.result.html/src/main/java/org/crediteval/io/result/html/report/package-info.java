/**
 * The analyst report as data: ranking, charts (as {@link org.crediteval.io.result.html.chart.Scene}s), indicator
 * legend and points at stake, assembled once from a score result by
 * {@link org.crediteval.io.result.html.report.ReportBuilder} and then written by the HTML exporter and drawn by the
 * PDF exporter. Every number is kept as an exact decimal; {@link org.crediteval.io.result.html.report.Numbers}
 * formats them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.io.result.html.report;
