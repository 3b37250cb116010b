package org.crediteval.survey.internal;

import org.crediteval.model.scheme.AnswerOption;
import org.crediteval.model.scheme.Question;
import org.crediteval.model.scheme.QuestionKind;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.RespondentCategory;
import org.crediteval.model.scheme.SchemeFactory;

/** Hand-made questionnaires for arithmetic edge cases the real one cannot produce. */
final class TinyQuestionnaire {
    private TinyQuestionnaire() {
    }

    /** One city 甲市, one category 全体 (quota 1), one single-choice question whose option 好 is worth num/den. */
    static Questionnaire withOptionValue(int num, int den) {
        SchemeFactory f = SchemeFactory.eINSTANCE;
        Questionnaire q = f.createQuestionnaire();
        q.setId("tiny");
        q.getCities().add("甲市");
        RespondentCategory all = f.createRespondentCategory();
        all.setCode("全体");
        all.setQuota(1);
        q.getCategories().add(all);
        Question question = f.createQuestion();
        question.setNumber(1);
        question.setKind(QuestionKind.SINGLE);
        AnswerOption good = f.createAnswerOption();
        good.setLabel("好");
        good.setNumerator(num);
        good.setDenominator(den);
        question.getOptions().add(good);
        q.getQuestions().add(question);
        return q;
    }
}
