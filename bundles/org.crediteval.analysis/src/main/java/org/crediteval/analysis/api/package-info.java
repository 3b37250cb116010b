/**
 * Analyses over a rule pack and its results, for the people who collect evidence and the people who read the
 * scores: the fact catalogue (what every fact means, who provides it, what it is worth), department task lists
 * (分工表) and points at stake (items below their maximum, ranked by the points still obtainable).
 *
 * <p>Pure logic: no files, no formats. The {@link org.crediteval.analysis.api.Analysis} service is what the CLI
 * ({@code tasks}, {@code gaps}), the report exporters and the XLSX template generator call.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.analysis.api;
