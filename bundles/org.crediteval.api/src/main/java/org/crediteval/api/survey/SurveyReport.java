package org.crediteval.api.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crediteval.api.score.SurveyOutcome;

/**
 * Everything one analysis run found.
 *
 * @param questionnaireId the questionnaire's id
 * @param title           the questionnaire's title
 * @param deadline        the last accepted submission instant as the questionnaire writes it (null: none)
 * @param maxPoints       the points of an index of 1
 * @param cities          one entry per city, in the order of first appearance in the input
 * @param rejected        every excluded response, in input order
 */
public record SurveyReport(String questionnaireId, String title, String deadline, BigDecimal maxPoints,
        List<CitySurvey> cities, List<RejectedResponse> rejected) {
    public SurveyReport {
        cities = List.copyOf(cities);
        rejected = List.copyOf(rejected);
    }

    public Optional<CitySurvey> city(String name) {
        return cities.stream().filter(c -> c.city().equals(name)).findFirst();
    }

    /**
     * The questionnaire outcome of every city that has a score, for
     * {@link org.crediteval.api.score.ScoringEngine#score}, keyed by city (= subject), in report order. The
     * explanation says how many responses were used, the index and the categories present, e.g.
     * {@code 有效问卷 523 份；指数 0.7812；类别：企业人员, 公务员 → 7.8123}.
     */
    public Map<String, SurveyOutcome> outcomes() {
        Map<String, SurveyOutcome> outcomes = new LinkedHashMap<>();
        for (CitySurvey city : cities) {
            CityScore s = city.score();
            if (s == null) continue;
            String categories = s.strata().stream().map(Stratum::category).collect(Collectors.joining(", "));
            String explanation = "有效问卷 " + s.respondents() + " 份；指数 "
                    + s.index().setScale(4, RoundingMode.HALF_UP).toPlainString() + "；类别：" + categories + " → "
                    + s.score().toPlainString();
            outcomes.put(city.city(), new SurveyOutcome(s.score(), explanation));
        }
        return outcomes;
    }
}
