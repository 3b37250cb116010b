/**
 * The scoring engine (private). Flow of one run: {@link org.crediteval.engine.internal.DefaultScoringEngine}
 * builds a {@link org.crediteval.engine.internal.ScoringPlan} from the scheme, the
 * {@link org.crediteval.engine.internal.EvidenceBinder} types every raw fact (or refuses the evidence with every
 * problem), then per subject {@link org.crediteval.engine.internal.SubjectScorer} walks dimensions and
 * indicators, {@link org.crediteval.engine.internal.ItemScorer} handles missing facts, gates and deductions
 * around {@link org.crediteval.engine.internal.RuleEvaluator} (one method per rule kind), and
 * {@link org.crediteval.engine.internal.IndicatorScorer} applies cap groups and the indicator max.
 */
package org.crediteval.engine.internal;
