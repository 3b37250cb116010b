package org.crediteval.model.rules;

import static org.crediteval.model.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.crediteval.model.Fixtures;
import org.crediteval.model.scheme.BandsRule;
import org.crediteval.model.scheme.FactDefinition;
import org.crediteval.model.scheme.GateCondition;
import org.crediteval.model.scheme.Item;
import org.crediteval.model.scheme.LevelRule;
import org.crediteval.model.scheme.PerUnitRule;
import org.crediteval.model.scheme.SchemeFactory;
import org.junit.jupiter.api.Test;

class RuleMaximaTest {

    private final Fixtures fx = new Fixtures();

    @Test
    void ruleMaximumOfEachKind() {
        assertMax("1", fx.check);
        assertMax("2", fx.perUnit);
        assertMax("2", fx.ratio);
        assertMax("1", fx.bands);
        assertMax("2", fx.level);
        assertMax("1", fx.stepDown);
        assertMax("1", fx.deduction);
        assertMax("1", fx.discretionary);
        assertMax("0.5", fx.external);
        assertMax("0.5", fx.survey);
    }

    @Test
    void uncappedPerUnitHasNoRuleMaximum() {
        ((PerUnitRule) fx.perUnit.getRule()).setCap(null);
        assertEquals(Optional.empty(), RuleMaxima.ruleMax(fx.perUnit.getRule()));
    }

    @Test
    void bandsTakeTheLargestBandPoints() {
        ((BandsRule) fx.bands.getRule()).getBands().get(1).setPoints(dec("1.5"));
        assertMax("1.5", fx.bands);
    }

    @Test
    void levelScoredByAnExpertCountsThePointsFactMax() {
        fx.fact("f.expert").setMax(dec("3"));
        assertMax("3", fx.level);
    }

    @Test
    void itemMaximumIsTheSmallestOfRuleCapGroupAndIndicator() {
        assertEquals(dec("2"), RuleMaxima.itemMax(fx.perUnit));
        fx.capGroup.setMax(dec("1.5"));
        assertEquals(dec("1.5"), RuleMaxima.itemMax(fx.perUnit));
        fx.i11.setMax(dec("1.2"));
        assertEquals(dec("1.2"), RuleMaxima.itemMax(fx.perUnit));
    }

    @Test
    void uncappedItemIsBoundedByCapGroupThenIndicator() {
        ((PerUnitRule) fx.perUnit.getRule()).setCap(null);
        assertEquals(dec("3"), RuleMaxima.itemMax(fx.perUnit));
        fx.capGroup.getItems().remove(fx.perUnit);
        assertEquals(dec("6"), RuleMaxima.itemMax(fx.perUnit));
    }

    @Test
    void uncappedItemOutsideAnyIndicatorHasNoMaximum() {
        PerUnitRule rule = SchemeFactory.eINSTANCE.createPerUnitRule();
        Item loose = SchemeFactory.eINSTANCE.createItem();
        loose.setId("loose");
        loose.setRule(rule);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleMaxima.itemMax(loose));
        assertTrue(e.getMessage().contains("loose"));
    }

    @Test
    void factsOfRatioItemAreActualTargetThenGatesThenDeductions() {
        fx.ratio.getGates().add(Fixtures.gate(fx.fact("f.gate"), GateCondition.TRUE));
        assertEquals(List.of("f.done", "f.plan", "f.gate", "f.revoked"), ids(RuleMaxima.factsOf(fx.ratio)));
    }

    @Test
    void factsOfLevelItemAreTheFactThenPointsFacts() {
        assertEquals(List.of("f.level", "f.expert"), ids(RuleMaxima.factsOf(fx.level)));
    }

    @Test
    void factsOfDeductionRuleAreItsDeductionsFacts() {
        assertEquals(List.of("f.absences"), ids(RuleMaxima.factsOf(fx.deduction)));
        assertEquals(List.of("f.cover", "f.gate"), ids(RuleMaxima.factsOf(fx.stepDown)));
        assertEquals(List.of("f.survey"), ids(RuleMaxima.factsOf(fx.survey)));
    }

    @Test
    void aFactReadTwiceIsListedOnce() {
        ((LevelRule) fx.level.getRule()).getScores().get(2).setPointsFact(fx.fact("f.expert"));
        fx.level.getGates().add(Fixtures.gate(fx.fact("f.level"), GateCondition.TRUE));
        assertEquals(List.of("f.level", "f.expert"), ids(RuleMaxima.factsOf(fx.level)));
    }

    private static void assertMax(String expected, Item item) {
        BigDecimal max = RuleMaxima.ruleMax(item.getRule()).orElseThrow();
        assertEquals(0, dec(expected).compareTo(max), item.getId() + ": " + max);
    }

    private static List<String> ids(List<FactDefinition> facts) {
        return facts.stream().map(FactDefinition::getId).toList();
    }
}
