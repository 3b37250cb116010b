package org.crediteval.api.survey;

import java.math.BigDecimal;

/**
 * How often one option was chosen among a city's valid responses.
 *
 * @param label the option as the questionnaire writes it
 * @param count valid responses choosing it
 * @param share count / valid responses, HALF_UP to 4 places (for a multi-select question the shares add up to more
 *              than 1); null when the city has no valid response
 */
public record OptionShare(String label, long count, BigDecimal share) {
}
