package org.crediteval.model.validation;

import org.crediteval.model.scheme.AnswerOption;
import org.crediteval.model.scheme.Question;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.RespondentCategory;

/** The questionnaire: numbering, categories and quotas, and the answer values of each option. */
final class SurveyChecks {

    private SurveyChecks() {
    }

    static void check(Questionnaire questionnaire, Report report) {
        SchemeChecks.unique(report, "question number", questionnaire.getQuestions(), Question::getNumber);
        SchemeChecks.unique(report, "category code", questionnaire.getCategories(), RespondentCategory::getCode);
    }

    static void check(Question question, Report report) {
        if (question.getOptions().isEmpty()) {
            report.error(SchemeValidator.EMPTY_OPTIONS, question, "has no answer options");
        }
    }

    /** An option's value numerator/denominator must be a number in 0…1. */
    static void check(AnswerOption option, Report report) {
        if (option.getDenominator() <= 0) {
            report.error(SchemeValidator.BAD_OPTION_VALUE, option, "denominator is " + option.getDenominator()
                    + ", must be > 0");
        } else if (option.getNumerator() < 0 || option.getNumerator() > option.getDenominator()) {
            report.error(SchemeValidator.BAD_OPTION_VALUE, option, "value " + option.getNumerator() + "/"
                    + option.getDenominator() + " is outside 0…1");
        }
    }

    static void check(RespondentCategory category, Report report) {
        if (category.getQuota() <= 0) {
            report.error(SchemeValidator.BAD_QUOTA, category, "quota is " + category.getQuota() + ", must be > 0");
        }
    }
}
