package org.crediteval.api.evidence;

import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads evidence in one file format. Register as a service with {@link #FORMAT} (e.g. {@code csv}) and
 * {@link #EXTENSIONS} (file-name endings without the dot); the CLI picks the importer by the file's ending.
 * An importer checks only the file's own syntax (columns, quoting, duplicates); fact types are checked later
 * against the pack.
 */
@ConsumerType
public interface EvidenceImporter {
    String FORMAT = "crediteval.format";
    String EXTENSIONS = "crediteval.extensions";

    Evidence read(Path file) throws IOException, EvidenceException;
}
