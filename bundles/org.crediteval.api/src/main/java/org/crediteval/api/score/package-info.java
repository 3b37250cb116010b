/**
 * Scoring: the engine service, the result tree it produces (the shape of {@code score-result.schema.json}) and
 * the exporter service that writes a result in one format.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.api.score;
