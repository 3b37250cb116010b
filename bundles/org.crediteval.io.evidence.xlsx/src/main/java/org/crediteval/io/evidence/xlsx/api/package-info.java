/**
 * The XLSX evidence template: {@link org.crediteval.io.evidence.xlsx.api.EvidenceTemplate} writes, for any pack, the
 * workbook that departments fill in; the {@code xlsx} {@link org.crediteval.api.evidence.EvidenceImporter} of this
 * bundle reads it back.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.crediteval.io.evidence.xlsx.api;
