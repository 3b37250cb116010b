package org.crediteval.api.survey;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a survey report in one format. Register as a service with {@link #FORMAT} ({@code table}, {@code json},
 * {@code xlsx}). The caller owns the stream and makes the write atomic (temp file, then move).
 */
@ConsumerType
public interface SurveyReportExporter {
    String FORMAT = "crediteval.format";

    void write(SurveyReport report, OutputStream out) throws IOException;
}
