package org.crediteval.api.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * The questionnaire score of one city.
 *
 * @param respondents valid responses used
 * @param index       Σ weight × mean over the categories present, 0…1, to 34 significant digits
 * @param score       max points × index, computed exactly and rounded once HALF_UP to 4 places
 * @param strata      the categories present, in the questionnaire's order
 */
public record CityScore(long respondents, BigDecimal index, BigDecimal score, List<Stratum> strata) {
    public CityScore {
        strata = List.copyOf(strata);
    }
}
