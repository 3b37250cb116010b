package org.crediteval.api.survey;

import java.util.List;

/** The option shares of one question of one city, options in the questionnaire's order. */
public record QuestionShares(int number, String text, List<OptionShare> options) {
    public QuestionShares {
        options = List.copyOf(options);
    }
}
