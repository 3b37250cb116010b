package org.crediteval.api.score;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a score result in one format. Register as a service with {@link #FORMAT} (e.g. {@code json}). The
 * caller owns the stream and makes the write atomic (temp file, then move), so an exporter just writes.
 */
@ConsumerType
public interface ResultExporter {
    String FORMAT = "crediteval.format";

    void write(ScoreResult result, OutputStream out) throws IOException;
}
