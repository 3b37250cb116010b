package org.crediteval.api.score;

import java.math.BigDecimal;

/**
 * The questionnaire result of one subject, computed elsewhere, ready to stand in for a survey item.
 *
 * @param score       already rounded as the pack's questionnaire rules say
 * @param explanation respondents used, index and categories present
 */
public record SurveyOutcome(BigDecimal score, String explanation) {
}
