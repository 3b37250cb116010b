package org.crediteval.model.validation;

import java.math.BigDecimal;

import org.crediteval.model.scheme.AnswerOption;
import org.crediteval.model.scheme.Band;
import org.crediteval.model.scheme.CapGroup;
import org.crediteval.model.scheme.Deduction;
import org.crediteval.model.scheme.DeductionRule;
import org.crediteval.model.scheme.Dimension;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.Gate;
import org.crediteval.model.scheme.Indicator;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelDefinition;
import org.crediteval.model.scheme.LevelScore;
import org.crediteval.model.scheme.Question;
import org.crediteval.model.scheme.Questionnaire;
import org.crediteval.model.scheme.RespondentCategory;
import org.crediteval.model.scheme.Rule;
import org.crediteval.model.scheme.Scheme;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** How messages name model elements and numbers: by the ids analysts know ("item 3.2.info_rules"). */
final class Labels {

    private Labels() {
    }

    static String of(EObject o) {
        return switch (o) {
            case null -> "(nothing)";
            case Scheme s -> "scheme " + s.getId();
            case Dimension d -> "dimension " + d.getId();
            case Indicator i -> "indicator " + i.getId();
            case Item i -> "item " + i.getId();
            case Rule r -> "rule of " + of(r.eContainer());
            case Gate g -> "gate of " + of(g.eContainer());
            case Deduction d when d.eContainer() instanceof DeductionRule r -> "deduction of " + of(r.eContainer());
            case Deduction d -> "deduction of " + of(d.eContainer());
            case Band b -> "band ≥ " + num(b.getLowerBound()) + " of " + of(grandParent(b));
            case LevelScore s -> "level " + s.getLevel() + " of " + of(grandParent(s));
            case FactDefinition f -> "fact " + factId(f);
            case LevelDefinition l -> "level " + l.getCode() + " of " + of(l.eContainer());
            case CapGroup g -> "cap group of " + of(g.eContainer());
            case Questionnaire q -> "questionnaire " + q.getId();
            case Question q -> "question " + q.getNumber();
            case AnswerOption a -> "option '" + a.getLabel() + "' of " + of(a.eContainer());
            case RespondentCategory c -> "category " + c.getCode();
            default -> o.eClass().getName();
        };
    }

    private static EObject grandParent(EObject o) {
        return o.eContainer() == null ? null : o.eContainer().eContainer();
    }

    /** A fact's id, or for an unresolved reference the id it names. */
    static String factId(FactDefinition fact) {
        if (fact.eIsProxy()) {
            String fragment = EcoreUtil.getURI(fact).fragment();
            return fragment == null ? EcoreUtil.getURI(fact).toString() : fragment;
        }
        return fact.getId();
    }

    /** 2.50 → "2.5"; exact, never in exponent notation. */
    static String num(BigDecimal value) {
        return value == null ? "(none)" : value.stripTrailingZeros().toPlainString();
    }
}
