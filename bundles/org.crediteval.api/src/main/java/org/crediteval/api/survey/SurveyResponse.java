package org.crediteval.api.survey;

import java.util.List;
import org.crediteval.api.evidence.Location;

/**
 * One questionnaire response exactly as a file gave it, before any validity check. Every text is trimmed; a cell
 * the file leaves empty is {@code ""}, never null.
 *
 * <p>The lists are not copied (an importer makes one per row, a million times per file): the importer hands over
 * lists nobody else holds, and nobody may change them.
 *
 * @param respondentId the respondent's id (duplicates are found by it)
 * @param city         the city as written (the subject name of the evidence files)
 * @param categories   respondent categories as written, several separated by {@code |}
 * @param submittedAt  submission time as written: ISO-8601, no offset meaning Beijing time
 * @param answers      one raw answer per question, in the order of {@code Questionnaire.getQuestions()}; the
 *                     options of a multi-select answer are separated by {@code |}
 * @param location     where the response was read: file and line (CSV, where the record starts) or sheet row
 * @param problems     what was wrong with the row itself (e.g. more fields than the header); a response with
 *                     problems is counted invalid with them as its reason
 */
public record SurveyResponse(String respondentId, String city, String categories, String submittedAt,
        List<String> answers, Location location, List<String> problems) {

    /** The separator of multi-select values ({@code categories}, multi-select answers). */
    public static final char MULTI_SEPARATOR = '|';

    public SurveyResponse {
        if (problems == null) problems = List.of();
    }
}
