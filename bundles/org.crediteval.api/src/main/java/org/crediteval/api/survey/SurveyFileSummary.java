package org.crediteval.api.survey;

import java.util.List;

/**
 * What an importer read from one file.
 *
 * @param file           the file as the caller named it
 * @param layout         which header layout the file had
 * @param responses      how many responses were handed to the sink
 * @param ignoredColumns platform-export columns that are neither a question nor a response field (答题时长, IP …),
 *                       in file order; always empty for the {@link Layout#COLUMNS} layout, which rejects them
 */
public record SurveyFileSummary(String file, Layout layout, long responses, List<String> ignoredColumns) {
    public SurveyFileSummary {
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public enum Layout {
        /** The survey CSV columns of {@code formats.md}: {@code respondent_id,city,categories,submitted_at,q1…}. */
        COLUMNS,
        /** A questionnaire-platform export: question columns headed by their text, {@code 1. 您是否听说过…}. */
        PLATFORM
    }
}
