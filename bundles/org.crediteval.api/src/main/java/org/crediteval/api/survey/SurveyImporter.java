package org.crediteval.api.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.crediteval.model.scheme.Questionnaire;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads survey responses in one file format and streams them, so that a file of any size goes through in constant
 * memory. Register as a service with {@link #FORMAT} (e.g. {@code csv}) and {@link #EXTENSIONS} (file-name endings
 * without the dot); a caller picks the importer by the file's ending.
 *
 * <p>The importer maps columns to questions by question number ({@code q7}, or the platform header
 * {@code 7. 您是否知道…}) and checks that the file has every column the questionnaire needs; it does not judge
 * answers, cities, categories or times: that is the analyzer's work.
 */
@ConsumerType
public interface SurveyImporter {
    String FORMAT = "crediteval.format";
    String EXTENSIONS = "crediteval.extensions";

    /**
     * @param file          the file to read
     * @param questionnaire the questionnaire the file answers (its questions define the columns)
     * @param sink          receives every response in file order, blank rows skipped
     * @return what was read
     * @throws SurveyFormatException the file cannot be read as a survey (responses already handed to the sink
     *                               must then be thrown away)
     */
    SurveyFileSummary read(Path file, Questionnaire questionnaire, Consumer<? super SurveyResponse> sink)
            throws IOException, SurveyFormatException;
}
