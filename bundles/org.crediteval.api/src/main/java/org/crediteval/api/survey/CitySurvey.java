package org.crediteval.api.survey;

import java.util.List;

/**
 * The responses of one city (as written in the file; a city the questionnaire does not list still gets its counts,
 * all its responses being invalid).
 *
 * @param city      as written
 * @param known     the questionnaire lists the city
 * @param responses every response of the city = valid + invalid + duplicate + late
 * @param valid     responses that count
 * @param invalid   responses with an invalid timestamp or another invalidity
 * @param duplicate responses whose respondent id was seen before
 * @param late      responses submitted after the deadline
 * @param quotas    collected against planned per category, in the questionnaire's order
 * @param questions option shares per question, in the questionnaire's order
 * @param score     null when the city has no valid response (the survey item then falls back to its fact)
 */
public record CitySurvey(String city, boolean known, long responses, long valid, long invalid, long duplicate,
        long late, List<CategoryQuota> quotas, List<QuestionShares> questions, CityScore score) {
    public CitySurvey {
        quotas = List.copyOf(quotas);
        questions = List.copyOf(questions);
    }

    /** Some category has fewer valid responses than planned. */
    public boolean shortfall() {
        return quotas.stream().anyMatch(CategoryQuota::shortfall);
    }
}
