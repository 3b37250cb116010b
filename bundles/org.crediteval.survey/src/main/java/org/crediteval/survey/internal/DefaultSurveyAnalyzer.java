package org.crediteval.survey.internal;

import java.math.BigDecimal;
import org.crediteval.api.survey.SurveyAccumulator;
import org.crediteval.api.survey.SurveyAnalyzer;
import org.crediteval.model.scheme.Questionnaire;
import org.osgi.service.component.annotations.Component;

/** Stateless: each {@link #start} is an independent run. */
@Component(service = SurveyAnalyzer.class)
public class DefaultSurveyAnalyzer implements SurveyAnalyzer {
    @Override
    public SurveyAccumulator start(Questionnaire questionnaire, BigDecimal maxPoints) {
        if (maxPoints == null || maxPoints.signum() < 0) throw new IllegalArgumentException("max points must be ≥ 0");
        return new AnalysisRun(new CompiledQuestionnaire(questionnaire), maxPoints);
    }
}
