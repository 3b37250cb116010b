package org.crediteval.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.crediteval.api.pack.RulePack;
import org.crediteval.api.survey.SurveyFormatException;
import org.crediteval.api.survey.SurveyReport;

/**
 * The satisfaction survey the analyst opened: its responses streamed through the installed {@code SurveyImporter}
 * (by file extension) into one {@code SurveyAnalyzer} run of a pack's questionnaire. A DS service; the survey part
 * listens to {@link #TOPIC_SURVEY}. Blocking: call {@link #open} from a Job.
 */
public interface SurveySession {

    /** Posted when a survey was opened (data: the {@link Opened}). */
    String TOPIC_SURVEY = "org/crediteval/ui/session/survey";

    /** An analysed survey file. */
    record Opened(Path file, RulePack pack, SurveyReport report) {
    }

    /** The last opened survey. */
    Optional<Opened> current();

    /**
     * Reads and analyses a survey file against the questionnaire of {@code pack} (null: the pack of the open
     * evidence when it has a questionnaire, else the first installed pack that has one).
     *
     * @throws SurveyFormatException the file cannot be read as a survey (not CSV/XLSX, columns missing)
     * @throws IllegalArgumentException no installed pack has a questionnaire
     */
    Opened open(Path file, RulePack pack) throws IOException, SurveyFormatException;
}
