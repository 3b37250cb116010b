package org.crediteval.io.evidence.xlsx.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.crediteval.api.evidence.Evidence;
import org.crediteval.model.scheme.Scheme;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes the XLSX evidence template of a pack: one sheet per dimension (named {@code 4 公共信用信息共享}), one row per
 * fact with its Chinese label, type, allowed values (drop-down lists for 是/否 and levels, range checks for numbers),
 * maximum points and responsible units, then a value, source and note column per subject, and a hidden column
 * A with the fact id. Filled in and read by the {@code xlsx} evidence importer, it gives the same evidence as the
 * CSV with the same values.
 */
@ProviderType
public interface EvidenceTemplate {

    /**
     * @param subjects the subjects to make columns for, in this order (e.g. 茂名市, 湛江市); empty gives one column
     *                 whose name the user types
     * @param prefill  evidence to fill in (its subjects are added after {@code subjects}), or null for a blank
     *                 template
     * @throws IllegalArgumentException when {@code prefill} names a fact the scheme does not define
     */
    void write(Scheme scheme, List<String> subjects, Evidence prefill, OutputStream out) throws IOException;
}
