package org.crediteval.engine.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crediteval.model.rules.RuleMaxima;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.Rule;
import org.crediteval.model.scheme.SurveyRule;

/**
 * The facts an item always needs: every fact it reads ({@link RuleMaxima#factsOf}, the model's one definition)
 * except a level's {@code pointsFact}, needed only in its branch, and a survey's fallback fact, needed only when
 * the run has no questionnaire outcome for the subject; the rule evaluator reads those two itself.
 */
final class RuleFacts {
    private RuleFacts() {
    }

    static List<FactDefinition> required(Item item) {
        Set<FactDefinition> branchOnly = branchOnly(item.getRule());
        return RuleMaxima.factsOf(item).stream().filter(f -> !branchOnly.contains(f)).toList();
    }

    private static Set<FactDefinition> branchOnly(Rule rule) {
        return switch (rule) {
            case LevelRule r -> r.getScores().stream().map(LevelScore::getPointsFact).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            case SurveyRule r -> r.getFallbackFact() == null ? Set.of() : Set.of(r.getFallbackFact());
            default -> Set.of();
        };
    }
}
