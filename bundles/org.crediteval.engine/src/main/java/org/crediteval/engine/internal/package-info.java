/**
 * The scoring engine (private). Flow of one run: {@link org.crediteval.engine.internal.DefaultScoringEngine}
 * compiles the scheme into a {@link org.crediteval.engine.internal.ScoringPlan} (arrays of dimension, indicator
 * and item plans; facts as {@link org.crediteval.engine.internal.FactRef}s with their array positions; one
 * {@link org.crediteval.engine.internal.RuleEvaluator} per item, one class per rule kind, holding the parts of
 * its explanations that depend on the model only), the {@link org.crediteval.engine.internal.EvidenceBinder}
 * types every raw fact (or refuses the evidence with every problem), then per subject
 * {@link org.crediteval.engine.internal.SubjectScorer} walks the plan, {@link org.crediteval.engine.internal.ItemScorer}
 * handles missing facts, gates, deductions and the item maximum around the rule, and
 * {@link org.crediteval.engine.internal.IndicatorScorer} applies cap groups and the indicator max. One
 * {@link org.crediteval.engine.internal.FactReader} and one {@link org.crediteval.engine.internal.SubjectLog}
 * serve the whole run, so that what is built per subject is the typed facts and the result itself.
 */
package org.crediteval.engine.internal;
