package org.crediteval.api.survey;

import java.math.BigDecimal;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.Scheme;
import org.crediteval.model.scheme.SurveyRule;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Classifies responses (duplicate, invalid timestamp, late, otherwise invalid, valid), counts quotas and option
 * shares, and scores each city by the questionnaire's option values, categories and quotas.
 */
@ProviderType
public interface SurveyAnalyzer {

    /**
     * @param questionnaire the questionnaire the responses answer; treated as read-only
     * @param maxPoints     the points a city gets for an index of 1 (the survey rule's max, 10 for gd-2017 10.1)
     */
    SurveyAccumulator start(Questionnaire questionnaire, BigDecimal maxPoints);

    /**
     * Starts a run for the scheme's questionnaire, scored out of the max of the survey rule that uses it.
     *
     * @throws IllegalArgumentException the scheme has no questionnaire or no survey rule
     */
    default SurveyAccumulator start(Scheme scheme) {
        Questionnaire questionnaire = scheme.getQuestionnaire();
        if (questionnaire == null) throw new IllegalArgumentException("pack " + scheme.getId() + " has no questionnaire");
        return start(questionnaire, maxPoints(scheme));
    }

    /**
     * The max of the scheme's survey rule: the one that names the scheme's questionnaire, else the only one.
     *
     * @throws IllegalArgumentException no survey rule
     */
    static BigDecimal maxPoints(Scheme scheme) {
        SurveyRule found = null;
        for (Dimension d : scheme.getDimensions()) {
            for (Indicator i : d.getIndicators()) {
                for (Item item : i.getItems()) {
                    if (item.getRule() instanceof SurveyRule r
                            && (found == null || r.getQuestionnaire() == scheme.getQuestionnaire())) {
                        found = r;
                    }
                }
            }
        }
        if (found == null) throw new IllegalArgumentException("pack " + scheme.getId() + " has no survey rule");
        return found.getMax();
    }
}
