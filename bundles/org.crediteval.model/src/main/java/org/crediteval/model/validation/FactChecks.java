package org.crediteval.model.validation;

import java.util.Optional;

import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.FactType;
import org.crediteval.model.scheme.LevelDefinition;

/** A fact definition on its own: a points fact has a max, a level fact has levels, a default parses. */
final class FactChecks {

    private FactChecks() {
    }

    static void check(FactDefinition fact, Report report) {
        if (fact.getType() == FactType.POINTS && fact.getMax() == null) {
            report.error(SchemeValidator.POINTS_FACT_WITHOUT_MAX, fact, "a points fact needs a max (its scores run 0…max)");
        }
        SchemeChecks.nonNegative(report, fact, "max", fact.getMax());
        if (fact.getType() == FactType.LEVEL && fact.getLevels().isEmpty()) {
            report.error(SchemeValidator.LEVEL_FACT_WITHOUT_LEVELS, fact, "a level fact needs its level codes");
        }
        SchemeChecks.unique(report, "level code", fact.getLevels(), LevelDefinition::getCode);
        if (fact.isOptional()) {
            if (fact.getDefaultValue() == null) {
                report.error(SchemeValidator.BAD_DEFAULT_VALUE, fact, "an optional fact needs a defaultValue");
            } else {
                Optional<String> problem = FactValues.problem(fact, fact.getDefaultValue());
                problem.ifPresent(p -> report.error(SchemeValidator.BAD_DEFAULT_VALUE, fact,
                        "defaultValue '" + fact.getDefaultValue() + "' " + p));
            }
        }
    }
}
