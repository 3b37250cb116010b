package org.crediteval.api.survey;

import java.math.BigDecimal;

/**
 * One weighting category present among a city's valid responses (a respondent is weighted in the first of its
 * categories in the questionnaire's order).
 *
 * @param category    the category code
 * @param respondents valid responses weighted in it
 * @param mean        the mean respondent score, to 34 significant digits (for display; the score is computed
 *                    from exact fractions)
 * @param weight      quota of the category / sum of the quotas of the categories present, to 34 significant digits
 */
public record Stratum(String category, long respondents, BigDecimal mean, BigDecimal weight) {
}
